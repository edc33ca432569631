// The event runtime's Office access: the send guard and the compose-event handlers (src/events/)
// read the email, keep their records in its session data, put a notice on it, ask which Mailbox
// features exist and register themselves only through this adapter, so src/office/ stays the only
// code that touches Office. Written for the event runtime: classic Outlook on Windows runs it as a
// plain ES2016 script (no imports, no Office.onReady).
import { blockedMarkKey, composeMarkKey } from '../domain/sendGuardProtocol';
import { officeAsync } from './officeAsync';
import { paneStorage } from './paneStorage';
import type { KeyValueStore } from './host';

/** The Office.js object the handler is given (the event runtime's global, or a test's fake). */
export type OfficeApi = typeof Office;

/** What the handlers read from the email; missing parts are undefined, never thrown. */
export interface ComposeHeaders {
  to: string[];
  cc: string[];
  bcc: string[];
  from?: string;
  subject?: string;
  /** The session-data value under `composeMarkKey`, where the pane left one. */
  mark?: string;
  /** The session-data value under `blockedMarkKey`, where the guard blocked this email before. */
  blocked?: string;
}

export interface OutgoingEmail extends ComposeHeaders {
  bodyText: string;
}

export interface SendGuardOffice {
  /** To, Cc and the body are required (a failure rejects); the rest are read where Outlook has them. */
  read(): Promise<OutgoingEmail>;
  /** The same without the body (the compose events need no more). */
  readHeaders(): Promise<ComposeHeaders>;
  /** The pane's local storage (browser runtimes only; undefined where there is none). */
  storage(): KeyValueStore | undefined;
  /** Mailbox 1.14: the button that opens the pane, with `contextData` (SmartAlertsEventCompletedOptions). */
  supportsSendAnyway(): boolean;
  /**
   * The `sendModeOverride` value for a prompt the user may override (Send Anyway), or undefined where
   * this Outlook has none (before Mailbox 1.14, or no MailboxEnums.SendModeOverride.PromptUser).
   */
  promptUser(): unknown;
  /**
   * `errorMessageMarkdown` (Mailbox 1.15, "SmartAlertsEventCompletedOptions"): released on the web,
   * new Outlook and classic Outlook on Windows; only in preview on Mac, so never used there.
   */
  supportsMarkdown(): boolean;
  /** Writes a session-data value on this email; false on any failure or time-out, never a throw. */
  remember(key: string, value: string): Promise<boolean>;
  /** Adds or replaces an informational notification (Mailbox 1.3, "Create notifications for your Outlook add-in"). */
  notify(key: string, message: string): Promise<boolean>;
  /** Whether the email carries this notification now (getAllAsync); undefined when Outlook did not say. */
  hasNotice(key: string): Promise<boolean | undefined>;
  /** Removes the notification; false when Outlook refused. */
  removeNotice(key: string): Promise<boolean>;
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

// Stryker disable next-line ArrayDeclaration,MethodExpression: an empty or missing address is never a NAS address
const addresses = (list: Office.EmailAddressDetails[] | undefined) => (list ?? []).map((r) => r.emailAddress).filter(Boolean);

/** The notification's icon: an image resource id in manifest.xml (test/manifest/eventsScript.test.ts checks it). */
export const noticeIconResid = 'Icon.16';

export function sendGuardOffice(office: OfficeApi, callTimeoutMs: number): SendGuardOffice {
  const read = <T>(start: (cb: Callback<T>) => void): Promise<T> =>
    // Stryker disable next-line LogicalOperator,StringLiteral,ArrowFunction: the error is never read; any failure allows the send
    officeAsync(start, (reason) => new Error(reason ?? 'failed'), { office, timeoutMs: callTimeoutMs });
  const optional = <T>(present: unknown, start: (cb: Callback<T>) => void): Promise<T | undefined> =>
    present ? read<T>(start).catch(() => undefined) : Promise.resolve(undefined);
  const item = () => office.context.mailbox.item as Office.MessageCompose;
  const supports = (version: string) => {
    try {
      return office.context.requirements.isSetSupported('Mailbox', version) === true;
    } catch {
      return false;
    }
  };
  const succeeded = (start: (cb: Callback<void>) => void) =>
    read<void>(start).then(
      () => true,
      () => false,
    );
  const headers = async (): Promise<ComposeHeaders> => {
    const it = item();
    const session = (key: string) => optional<string>(it.sessionData, (cb) => it.sessionData.getAsync(key, cb));
    const [to, cc, bcc, from, subject, mark, blocked] = await Promise.all([
      read<Office.EmailAddressDetails[]>((cb) => it.to.getAsync(cb)),
      read<Office.EmailAddressDetails[]>((cb) => it.cc.getAsync(cb)),
      optional<Office.EmailAddressDetails[]>(it.bcc, (cb) => it.bcc.getAsync(cb)),
      optional<Office.EmailAddressDetails>(it.from, (cb) => it.from.getAsync(cb)),
      optional<string>(it.subject, (cb) => it.subject.getAsync(cb)),
      session(composeMarkKey),
      session(blockedMarkKey),
    ]);
    return { to: addresses(to), cc: addresses(cc), bcc: addresses(bcc), from: from?.emailAddress, subject, mark, blocked };
  };
  return {
    async read() {
      const [email, bodyText] = await Promise.all([headers(), read<string>((cb) => item().body.getAsync(office.CoercionType.Text, cb))]);
      return { ...email, bodyText };
    },
    readHeaders: headers,
    storage() {
      try {
        return paneStorage((office.context as { partitionKey?: string }).partitionKey);
      } catch {
        return undefined;
      }
    },
    supportsSendAnyway: () => supports('1.14'),
    promptUser() {
      try {
        return supports('1.14') ? office.MailboxEnums.SendModeOverride.PromptUser || undefined : undefined;
      } catch {
        return undefined;
      }
    },
    supportsMarkdown() {
      try {
        return supports('1.15') && String(office.context.diagnostics.platform) !== String(office.PlatformType.Mac);
      } catch {
        return false;
      }
    },
    remember(key, value) {
      try {
        const data = item().sessionData;
        return data ? succeeded((cb) => data.setAsync(key, value, cb)) : Promise.resolve(false);
      } catch {
        return Promise.resolve(false);
      }
    },
    notify(key, message) {
      try {
        const notices = item().notificationMessages;
        // An informational message needs an icon; Outlook shows it in classic Windows only, and with the
        // unified manifest uses its first ribbon icon whatever is named ("Create notifications for your
        // Outlook add-in").
        const details = {
          type: office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
          message,
          icon: noticeIconResid,
          persistent: true,
        };
        return succeeded((cb) => notices.replaceAsync(key, details, cb));
      } catch {
        return Promise.resolve(false);
      }
    },
    hasNotice(key) {
      try {
        const notices = item().notificationMessages;
        return read<Office.NotificationMessageDetails[]>((cb) => notices.getAllAsync(cb)).then(
          (list) => (list ?? []).some((n) => n && n.key === key),
          () => undefined,
        );
      } catch {
        return Promise.resolve(undefined);
      }
    },
    removeNotice(key) {
      try {
        const notices = item().notificationMessages;
        return succeeded((cb) => notices.removeAsync(key, cb));
      } catch {
        return Promise.resolve(false);
      }
    },
  };
}

/** The event runtime's Office, where there is one (undefined when the script is loaded elsewhere). */
export function eventRuntimeOffice(): OfficeApi | undefined {
  return typeof Office !== 'undefined' && Office ? Office : undefined;
}

/** Office.actions.associate, where the runtime has it: the only statements the events script runs on load. */
export function associateSendHandler<E>(name: string, handler: (event: E) => void): void {
  if (typeof Office !== 'undefined' && Office && Office.actions) Office.actions.associate(name, handler as (event?: unknown) => void);
}

// The send guard's Office access: the OnMessageSend handler (src/events/) reads the email being
// sent, asks which Mailbox features exist and registers itself only through this adapter, so
// src/office/ stays the only code that touches Office. Written for the event runtime: classic
// Outlook on Windows runs it as a plain ES2016 script (no imports, no Office.onReady).
import { officeAsync } from './officeAsync';
import { paneStorage } from './paneStorage';
import type { KeyValueStore } from './host';

/** The Office.js object the handler is given (the event runtime's global, or a test's fake). */
export type OfficeApi = typeof Office;

/** What the guard reads from the email being sent; missing parts are undefined, never thrown. */
export interface OutgoingEmail {
  to: string[];
  cc: string[];
  bcc: string[];
  from?: string;
  subject?: string;
  /** The session-data value stored under `markKey`, where the pane left one. */
  mark?: string;
  bodyText: string;
}

export interface SendGuardOffice {
  /** To, Cc and the body are required (a failure rejects); the rest are read where Outlook has them. */
  read(markKey: string): Promise<OutgoingEmail>;
  /** The pane's local storage (browser runtimes only; undefined where there is none). */
  storage(): KeyValueStore | undefined;
  /** Mailbox 1.14: Send Anyway and a button that opens the pane. */
  supportsSendAnyway(): boolean;
  /** The `sendModeOverride` value for a prompt the user may override (Send Anyway). */
  promptUser(): unknown;
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

// Stryker disable next-line ArrayDeclaration,MethodExpression: an empty or missing address is never a NAS address
const addresses = (list: Office.EmailAddressDetails[] | undefined) => (list ?? []).map((r) => r.emailAddress).filter(Boolean);

export function sendGuardOffice(office: OfficeApi, callTimeoutMs: number): SendGuardOffice {
  const read = <T>(start: (cb: Callback<T>) => void): Promise<T> =>
    // Stryker disable next-line LogicalOperator,StringLiteral,ArrowFunction: the error is never read; any failure allows the send
    officeAsync(start, (reason) => new Error(reason ?? 'failed'), { office, timeoutMs: callTimeoutMs });
  const optional = <T>(present: unknown, start: (cb: Callback<T>) => void): Promise<T | undefined> =>
    present ? read<T>(start).catch(() => undefined) : Promise.resolve(undefined);
  return {
    async read(markKey) {
      const item = office.context.mailbox.item as Office.MessageCompose;
      const [to, cc, bcc, from, subject, mark, bodyText] = await Promise.all([
        read<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb)),
        read<Office.EmailAddressDetails[]>((cb) => item.cc.getAsync(cb)),
        optional<Office.EmailAddressDetails[]>(item.bcc, (cb) => item.bcc.getAsync(cb)),
        optional<Office.EmailAddressDetails>(item.from, (cb) => item.from.getAsync(cb)),
        optional<string>(item.subject, (cb) => item.subject.getAsync(cb)),
        optional<string>(item.sessionData, (cb) => item.sessionData.getAsync(markKey, cb)),
        read<string>((cb) => item.body.getAsync(office.CoercionType.Text, cb)),
      ]);
      return { to: addresses(to), cc: addresses(cc), bcc: addresses(bcc), from: from?.emailAddress, subject, mark, bodyText };
    },
    storage() {
      try {
        return paneStorage((office.context as { partitionKey?: string }).partitionKey);
      } catch {
        return undefined;
      }
    },
    supportsSendAnyway() {
      try {
        return office.context.requirements.isSetSupported('Mailbox', '1.14') === true;
      } catch {
        return false;
      }
    },
    promptUser: () => office.MailboxEnums.SendModeOverride.PromptUser,
  };
}

/** The event runtime's Office, where there is one (undefined when the script is loaded elsewhere). */
export function eventRuntimeOffice(): OfficeApi | undefined {
  return typeof Office !== 'undefined' && Office ? Office : undefined;
}

/** Office.actions.associate, where the runtime has it: the one statement the events script runs on load. */
export function associateSendHandler<E>(name: string, handler: (event: E) => void): void {
  if (typeof Office !== 'undefined' && Office && Office.actions) Office.actions.associate(name, handler as (event?: unknown) => void);
}

// Smart Alerts OnMessageSend handler. Decides fast and locally (no network); every path calls
// event.completed exactly once, within `handlerTimeoutMs`; any error lets the send through, because
// trapping someone's mail is worse than a missed warning.

import { decideSend, type SendGuardData } from '../domain/sendGuard';
import { rememberedMailboxes } from '../office/localState';
import { prefixedStorage } from '../office/host';
import { officeAsync } from '../office/officeAsync';
import { composeMarkKey, parseMark } from './composeMark';
import { recordGuardRan } from './guardStatus';

type Callback<T> = (result: Office.AsyncResult<T>) => void;

export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  sendModeOverride?: unknown;
}

export interface SendEvent {
  completed(options: CompletedOptions): void;
}

/** The compose-mode button (control id in both manifests) that opens the task pane. */
export const openPaneCommandId = 'msgComposeOpenPaneButton';
/** Every commandId the handler can pass to event.completed (the manifest tests check each). */
export const handlerCommandIds: readonly string[] = [openPaneCommandId];
/** Each Outlook call gets this long before the guard gives up on it. */
export const callTimeoutMs = 2000;
/** The whole decision gets this long; then the send is allowed. Outlook shows "still working" at 5 s. */
export const handlerTimeoutMs = 4000;

export interface HandlerOptions {
  office: typeof Office;
  data: SendGuardData;
  now?: () => Date;
  /** The whole decision's time-out (tests only; default `handlerTimeoutMs`). */
  timeoutMs?: number;
}

function read<T>(start: (cb: Callback<T>) => void, office: typeof Office): Promise<T> {
  return officeAsync(start, (reason) => new Error(reason ?? 'failed'), { office, timeoutMs: callTimeoutMs });
}

const addresses = (list: Office.EmailAddressDetails[] | undefined) => (list ?? []).map((r) => r.emailAddress).filter(Boolean);

/** The pane's local storage: shared only where the handler runs in a browser (web, new Outlook, Mac). */
function paneStorage(office: typeof Office) {
  try {
    const partition = (office.context as { partitionKey?: string }).partitionKey;
    return prefixedStorage(`${partition ? `${partition}:` : ''}nas-assistant:`);
  } catch {
    return undefined;
  }
}

/** The shared mailbox the pane confirmed, from local storage (browser runtimes only). */
function rememberedShared(office: typeof Office): string | undefined {
  try {
    const store = paneStorage(office);
    return store ? rememberedMailboxes(store)[0] : undefined;
  } catch {
    return undefined;
  }
}

function supports14(office: typeof Office): boolean {
  try {
    return office.context.requirements.isSetSupported('Mailbox', '1.14') === true;
  } catch {
    return false;
  }
}

async function decide(office: typeof Office, data: SendGuardData, now: () => Date): Promise<CompletedOptions> {
  const item = office.context.mailbox.item as Office.MessageCompose;
  const optional = <T>(present: unknown, start: (cb: Callback<T>) => void): Promise<T | undefined> =>
    present ? read<T>(start, office).catch(() => undefined) : Promise.resolve(undefined);
  const [to, cc, bcc, from, subject, markValue, bodyText] = await Promise.all([
    read<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb), office),
    read<Office.EmailAddressDetails[]>((cb) => item.cc.getAsync(cb), office),
    optional<Office.EmailAddressDetails[]>(item.bcc, (cb) => item.bcc.getAsync(cb)),
    optional<Office.EmailAddressDetails>(item.from, (cb) => item.from.getAsync(cb)),
    optional<string>(item.subject, (cb) => item.subject.getAsync(cb)),
    optional<string>(item.sessionData, (cb) => item.sessionData.getAsync(composeMarkKey, cb)),
    read<string>((cb) => item.body.getAsync(office.CoercionType.Text, cb), office),
  ]);
  const mark = parseMark(markValue);
  recordGuardRan(paneStorage(office), now());
  const decision = decideSend({
    from: from?.emailAddress,
    recipients: [...addresses(to), ...addresses(cc), ...addresses(bcc)],
    subject,
    composedSubject: mark?.subject,
    bodyText,
    now: now(),
    knownShared: mark?.sharedMailbox ?? rememberedShared(office),
    data,
  });
  const modern = supports14(office);
  if (decision.action === 'allow') return { allowEvent: true };
  if (decision.action === 'block') {
    return {
      allowEvent: false,
      errorMessage: decision.message,
      ...(modern ? { cancelLabel: 'Open NAS Assistant', commandId: openPaneCommandId } : {}),
    };
  }
  // Personal data may be the site's own address: the user decides (Send Anyway) where Outlook allows it.
  // Without Send Anyway (before 1.14) a prompt would be a hard block, so warnings alone allow the send.
  if (modern)
    return { allowEvent: false, errorMessage: decision.message, sendModeOverride: office.MailboxEnums.SendModeOverride.PromptUser };
  if (decision.severity === 'warning') return { allowEvent: true };
  return { allowEvent: false, errorMessage: decision.message };
}

export function onMessageSend(event: SendEvent, options: HandlerOptions): Promise<void> {
  return new Promise<void>((resolve) => {
    let done = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const complete = (result: CompletedOptions) => {
      if (done) return;
      done = true;
      if (watchdog !== undefined) clearTimeout(watchdog);
      try {
        event.completed(result);
      } catch {
        /* nothing more can be done */
      }
      resolve();
    };
    try {
      watchdog = setTimeout(() => complete({ allowEvent: true }), options.timeoutMs ?? handlerTimeoutMs);
      decide(options.office, options.data, options.now ?? (() => new Date())).then(complete, () => complete({ allowEvent: true }));
    } catch {
      complete({ allowEvent: true });
    }
  });
}

// Smart Alerts OnMessageSend handler. Decides fast and locally (no network); every path calls
// event.completed exactly once, within `handlerTimeoutMs`; any error lets the send through, because
// trapping someone's mail is worse than a missed warning.

import { decideSend, type SendGuardData } from '../domain/sendGuard';
import { rememberedMailboxes } from '../office/localState';
import { sendGuardOffice, type OfficeApi, type SendGuardOffice } from '../office/sendGuardOffice';
import { composeMarkKey, parseMark } from './composeMark';
import { recordGuardRan } from './guardStatus';

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
  /** Office.js as the event runtime gives it (tests pass a fake); read only through src/office's adapter. */
  office: OfficeApi;
  data: SendGuardData;
  now?: () => Date;
  /** The whole decision's time-out (tests only; default `handlerTimeoutMs`). */
  timeoutMs?: number;
}

/** The shared mailbox the pane confirmed, from local storage (browser runtimes only). */
function rememberedShared(host: SendGuardOffice): string | undefined {
  try {
    const store = host.storage();
    return store ? rememberedMailboxes(store)[0] : undefined;
  } catch {
    return undefined;
  }
}

async function decide(host: SendGuardOffice, data: SendGuardData, now: () => Date): Promise<CompletedOptions> {
  const email = await host.read(composeMarkKey);
  const mark = parseMark(email.mark);
  recordGuardRan(host.storage(), now());
  const decision = decideSend({
    from: email.from,
    recipients: [...email.to, ...email.cc, ...email.bcc],
    subject: email.subject,
    composedSubject: mark?.subject,
    bodyText: email.bodyText,
    now: now(),
    knownShared: mark?.sharedMailbox ?? rememberedShared(host),
    data,
  });
  const modern = host.supportsSendAnyway();
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
  if (modern) return { allowEvent: false, errorMessage: decision.message, sendModeOverride: host.promptUser() };
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
      // Stryker disable next-line ConditionalExpression: clearTimeout(undefined) does nothing
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
      decide(sendGuardOffice(options.office, callTimeoutMs), options.data, options.now ?? (() => new Date())).then(complete, () =>
        complete({ allowEvent: true }),
      );
    } catch {
      complete({ allowEvent: true });
    }
  });
}

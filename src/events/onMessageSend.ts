// Smart Alerts OnMessageSend handler. Decides fast and locally (no network); every path calls
// event.completed exactly once, within `handlerTimeoutMs`; any error lets the send through, because
// trapping someone's mail is worse than a missed warning.

import { decideSend, type SendGuardData } from '../domain/sendGuard';
import { blockMarkdown } from '../domain/sendGuardNotice';
import {
  blockedMarkKey,
  parseMark,
  recordGuardRan,
  serialiseBlocked,
  serialiseBlockedContext,
  wasBlocked,
} from '../domain/sendGuardProtocol';
import { rememberedMailboxes } from '../office/localState';
import { sendGuardOffice, type OfficeApi, type SendGuardOffice } from '../office/sendGuardOffice';
import { completeOnce } from './completeOnce';

export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
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
export function rememberedShared(host: SendGuardOffice): string | undefined {
  try {
    const store = host.storage();
    return store ? rememberedMailboxes(store)[0] : undefined;
  } catch {
    return undefined;
  }
}

async function decide(host: SendGuardOffice, data: SendGuardData, now: () => Date): Promise<CompletedOptions> {
  const email = await host.read();
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
  const sendAnyway = host.promptUser();
  if (decision.action === 'allow') return { allowEvent: true };
  if (decision.action === 'block') {
    const markdown = host.supportsMarkdown() ? blockMarkdown(decision) : undefined;
    const block: CompletedOptions = {
      allowEvent: false,
      errorMessage: decision.message,
      ...(markdown ? { errorMessageMarkdown: markdown } : {}),
      // Take Action opens the pane on this request, with the mailbox to choose (contextData, Mailbox 1.14).
      ...(modern
        ? {
            cancelLabel: 'Open NAS Assistant',
            commandId: openPaneCommandId,
            contextData: serialiseBlockedContext({ kindId: decision.rule.kindId, mailbox: decision.knownShared }),
          }
        : {}),
    };
    // Outlook can report From wrongly (office-js #1832, #6934), so a block is never a trap: the second
    // send of the same email offers Send Anyway with the same words, or sends where Outlook has no
    // Send Anyway. A first block is made only once this email carries its record.
    const offerSendAnyway = (): CompletedOptions =>
      sendAnyway !== undefined ? { ...block, sendModeOverride: sendAnyway } : { allowEvent: true };
    if (wasBlocked(email.blocked)) return offerSendAnyway();
    return (await host.remember(blockedMarkKey, serialiseBlocked(decision.rule.kindId))) ? block : offerSendAnyway();
  }
  // Personal data may be the site's own address: the user decides (Send Anyway) where Outlook allows it.
  // Without Send Anyway (before 1.14) a prompt would be a hard block, so warnings alone allow the send.
  if (sendAnyway !== undefined) return { allowEvent: false, errorMessage: decision.message, sendModeOverride: sendAnyway };
  if (decision.severity === 'warning') return { allowEvent: true };
  return { allowEvent: false, errorMessage: decision.message };
}

export function onMessageSend(event: SendEvent, options: HandlerOptions): Promise<void> {
  return completeOnce(
    (result: CompletedOptions) => event.completed(result),
    () => decide(sendGuardOffice(options.office, callTimeoutMs), options.data, options.now ?? (() => new Date())),
    { allowEvent: true },
    options.timeoutMs ?? handlerTimeoutMs,
  );
}

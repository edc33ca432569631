// The early warning: OnMessageRecipientsChanged (Mailbox 1.11) and OnMessageFromChanged (Mailbox
// 1.13), from the "Supported events" table of "Configure your Outlook add-in for event-based
// activation" (web, new and classic Outlook on Windows, new Mac UI; both manifests declare them in
// the send guard's 1.14 block). When an email to NAS has a From the send guard would block, an
// informational notice on the email says which mailbox to pick; it goes as soon as From fits or the
// NAS address is gone. Same guarantees as the send guard: local, fail-open (no notice rather than a
// wrong one), event.completed exactly once within `composeTimeoutMs`, never the body.

import type { SendGuardData } from '../domain/sendGuard';
import { decideFromNotice, type NoticeDecision } from '../domain/sendGuardNotice';
import { fromNoticeKey, parseMark } from '../domain/sendGuardProtocol';
import { sendGuardOffice, type OfficeApi, type SendGuardOffice } from '../office/sendGuardOffice';
import { completeOnce } from './completeOnce';
import { callTimeoutMs, rememberedShared } from './onMessageSend';

export interface ComposeEvent {
  completed(options?: unknown): void;
}

/** The whole handler gets this long (Outlook allows about 300 s; the notice is useless that late). */
export const composeTimeoutMs = 4000;

export interface ComposeHandlerOptions {
  office: OfficeApi;
  data: SendGuardData;
  /** Tests only (default `composeTimeoutMs`). */
  timeoutMs?: number;
}

/** What the handler did, for tests and the bench: the decision, and whether Outlook took it. */
export type ComposeOutcome = { decision: NoticeDecision | 'unread'; applied: boolean };

async function decide(host: SendGuardOffice, data: SendGuardData): Promise<ComposeOutcome> {
  let decision: NoticeDecision | 'unread';
  try {
    const email = await host.readHeaders();
    const mark = parseMark(email.mark);
    decision = decideFromNotice({
      from: email.from,
      recipients: [...email.to, ...email.cc, ...email.bcc],
      subject: email.subject,
      composedSubject: mark?.subject,
      knownShared: mark?.sharedMailbox ?? rememberedShared(host),
      data,
    });
  } catch {
    decision = 'unread';
  }
  if (decision !== 'unread' && decision.action === 'show') return { decision, applied: await host.notify(fromNoticeKey, decision.message) };
  // Not to NAS, From fits, or the email could not be read: no notice. An email without one is only
  // read, never changed; where Outlook cannot say, the notice is removed (no notice rather than a stale one).
  if ((await host.hasNotice(fromNoticeKey)) === false) return { decision, applied: true };
  return { decision, applied: await host.removeNotice(fromNoticeKey) };
}

/** Handles both compose events: the same check, whatever changed. Resolves with what was done. */
export function onComposeChanged(event: ComposeEvent, options: ComposeHandlerOptions): Promise<ComposeOutcome | undefined> {
  let outcome: ComposeOutcome | undefined;
  return completeOnce(
    () => event.completed(),
    async () => {
      outcome = await decide(sendGuardOffice(options.office, callTimeoutMs), options.data);
    },
    undefined,
    options.timeoutMs ?? composeTimeoutMs,
  ).then(() => outcome);
}

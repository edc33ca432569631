// The early warning and the richer send-time message, kept pure beside the guard's decision
// (sendGuard.ts): the compose-event handlers put a one-sentence notice on an email to NAS whose From
// does not fit the request, exactly when the send guard would block it, and remove it otherwise.
// Runs inside events.js (classic Outlook's ES2016 runtime): ES2016 built-ins only.

import { sharedOnlyMismatch, type SendCheck, type SendDecision } from './sendGuard';

/** Outlook refuses notification text over 150 characters (NotificationMessageDetails.message). */
export const maxNoticeLength = 150;
/** Smart Alerts' formatted message has the same 500-character limit (errorMessageMarkdown). */
export const maxMarkdownLength = 500;

export type NoticeCheck = Pick<SendCheck, 'from' | 'recipients' | 'subject' | 'composedSubject' | 'knownShared' | 'data'>;

export type NoticeDecision = { action: 'show'; message: string } | { action: 'clear' };

/** The notice for this email now: shown exactly when the send guard would block it. */
export function decideFromNotice(check: NoticeCheck): NoticeDecision {
  const mismatch = sharedOnlyMismatch(check);
  if (!mismatch) return { action: 'clear' };
  const target = check.knownShared || "your site's shared mailbox";
  const full = `NAS acts on "${mismatch.rule.subjectTitle}" only from the shared mailbox: select From and choose ${target}.`;
  if (full.length <= maxNoticeLength) return { action: 'show', message: full };
  const short = `NAS acts on this request only from the shared mailbox: select From and choose ${target}.`;
  // An address so long the sentence cannot fit: say what to do without it (never cut mid-address).
  return {
    action: 'show',
    message: short.length <= maxNoticeLength ? short : 'NAS acts on this request only from the shared mailbox: select From and choose it.',
  };
}

/**
 * The characters Smart Alerts' Markdown acts on mid-line escaped with a backslash, as Microsoft says to
 * ("Handle OnMessageSend and OnAppointmentSend events…", Limitations to formatting the dialog message
 * using Markdown: emphasis with * or _, links in [] and (), the backslash itself). Nothing else is
 * touched, so an address reads as written in any client.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]()]/g, '\\$&');
}

/** The block in Markdown (bold on what to pick), or undefined when it would not fit. */
export function blockMarkdown(decision: Extract<SendDecision, { action: 'block' }>): string | undefined {
  const md = `NAS only acts on "${escapeMarkdown(decision.rule.subjectTitle)}" requests sent from the shared mailbox. This email is from ${escapeMarkdown(decision.from)}.\n\nSelect **From** and choose **${escapeMarkdown(decision.target)}**, then send again.`;
  return md.length <= maxMarkdownLength ? md : undefined;
}

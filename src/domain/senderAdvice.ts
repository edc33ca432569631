// Who a request must come from (each kind's `sendFrom`), judged on the mailbox actually in use:
// the compose From, or the selected item's mailbox in read mode. One judgement feeds the pane's
// advice, the From bar and the result screen, so they never send a user round in a circle
// ("send it from your own account" … "now switch From to the shared mailbox").

import type { Detection } from './detectMailbox';
import { sameAddress } from './detectMailbox';
import { identifyMailbox, type MailboxIdentity } from './mailboxIdentity';
import type { SendFrom } from './requestKind';

export type SenderJudgement =
  /** The mailbox in use is right for this request. */
  | { kind: 'ok'; address: string }
  /** Must come from the site's shared mailbox (named when known); `from` is what is in use. */
  | { kind: 'pick-shared'; site?: string; from: string }
  /** Must come from the person's own account; `from` is the shared mailbox in use. */
  | { kind: 'pick-personal'; personal?: string; from: string }
  /** Outlook did not say which mailbox is in use: say what the rule is, claim nothing. */
  | { kind: 'unknown'; rule: Exclude<SendFrom, 'shared-or-personal'>; site?: string; personal?: string }
  /** Either mailbox is fine. */
  | { kind: 'either' };

/**
 * `inUse` is the mailbox in use (undefined when Outlook did not say); `site` the site's shared
 * mailbox when known; `personal` the signed-in person's address when known.
 */
export function judgeSender(
  rule: SendFrom,
  inUse: MailboxIdentity | undefined,
  site: string | undefined,
  personal?: string,
): SenderJudgement {
  if (rule === 'shared-or-personal') return { kind: 'either' };
  const own = personal && identifyMailbox(personal).kind === 'personal' ? personal : undefined;
  if (!inUse || !inUse.address) return { kind: 'unknown', rule, site, personal: own };
  if (rule === 'shared') {
    if (inUse.kind === 'shared' && (!site || sameAddress(inUse.address, site))) return { kind: 'ok', address: inUse.address };
    return { kind: 'pick-shared', site, from: inUse.address };
  }
  if (inUse.kind === 'shared') return { kind: 'pick-personal', personal: own, from: inUse.address };
  return { kind: 'ok', address: inUse.address };
}

/** Read mode: the selected item's mailbox; compose mode: From (both only when Outlook said). */
export function judgeDetection(rule: SendFrom, detection: Detection, personal?: string): SenderJudgement {
  return judgeSender(rule, detection.inUseSource ? detection.inUse : undefined, detection.site?.address, personal);
}

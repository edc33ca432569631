// Why a request kind does not fit the mailbox in use. Kinds that do not fit are shown with the
// reason, not hidden: the user may be about to switch mailbox.

import type { Detection } from '../../domain/detectMailbox';
import type { KindSummary } from '../../domain/kindIndex';
import { judgeDetection } from '../../domain/senderAdvice';

/**
 * Judged on the mailbox actually in use (From, or the selected item's mailbox), by the kind's own
 * sender rule; when Outlook did not say which mailbox is in use, nothing is claimed about it.
 */
export function notFittingReason(kind: Pick<KindSummary, 'sendFrom' | 'route'>, detection: Detection): string | undefined {
  if (kind.route !== 'email') return undefined;
  const j = judgeDetection(kind.sendFrom, detection);
  if (kind.sendFrom === 'shared' && !detection.site) {
    return j.kind === 'pick-shared'
      ? `Must be sent from your site's shared mailbox, not ${j.from}. You will be asked which site.`
      : "Sent from your site's shared mailbox: you will be asked which site.";
  }
  if (j.kind === 'pick-personal') return 'Send this from your own account, not the shared mailbox.';
  return undefined;
}

export function routeLabel(kind: Pick<KindSummary, 'route'>): string | undefined {
  if (kind.route === 'phone') return 'By phone';
  if (kind.route === 'self-service') return 'Do it yourself first';
  return undefined;
}

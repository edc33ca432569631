// Why a request kind does not fit the mailbox in use. Kinds that do not fit are shown with the
// reason, not hidden: the user may be about to switch mailbox.

import type { Detection } from '../domain/detectMailbox';
import type { KindSummary } from '../domain/kindIndex';

export function notFittingReason(kind: Pick<KindSummary, 'sendFrom'>, detection: Detection): string | undefined {
  if (kind.sendFrom === 'shared' && !detection.site) return 'Must be sent from the shared mailbox, which is not open here.';
  if (kind.sendFrom === 'personal' && detection.site) return 'Send this from your own account, not the shared mailbox.';
  return undefined;
}

export function routeLabel(kind: Pick<KindSummary, 'route'>): string | undefined {
  if (kind.route === 'phone') return 'By phone';
  if (kind.route === 'self-service') return 'Do it yourself first';
  return undefined;
}

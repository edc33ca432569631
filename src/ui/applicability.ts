// Why a request kind does not fit the mailbox in use. Kinds that do not fit are shown with the
// reason, not hidden: the user may be about to switch mailbox.

import type { Detection } from '../domain/detectMailbox';
import type { RequestKind } from '../domain/requestKind';

export function notFittingReason(kind: RequestKind, detection: Detection): string | undefined {
  if (kind.sendFrom === 'shared' && !detection.site) return 'Must be sent from the shared mailbox, which is not open here.';
  if (kind.sendFrom === 'personal' && detection.site) return 'Send this from your own account, not the shared mailbox.';
  return undefined;
}

export function routeLabel(kind: RequestKind): string | undefined {
  if (kind.route === 'phone') return 'By phone';
  if (kind.route === 'self-service') return 'Do it yourself first';
  return undefined;
}

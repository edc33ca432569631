// Which sender rule is in force, and whether a request starts by asking for the site: decided
// here from the open request's route, so the From bar, the form and the site step agree.

import type { Detection } from '../../domain/detectMailbox';
import type { KindSummary } from '../../domain/kindIndex';
import type { SendFrom } from '../../domain/requestKind';

/** What the pane needs to know about the open request. */
export type OpenRequest = Pick<KindSummary, 'route' | 'sendFrom'>;

/**
 * The rule in force: the open email request's own; none for a phone or self-service request (no
 * email is sent, so no From warning); on the list and the questions, the rule most requests follow.
 */
export function senderRuleFor(open: OpenRequest | undefined): SendFrom | undefined {
  if (!open) return 'shared';
  return open.route === 'email' ? open.sendFrom : undefined;
}

/** A request that must come from the shared mailbox, opened with no site known, first asks which site. */
export function needsSiteStep(open: OpenRequest | undefined, detection: Pick<Detection, 'site'> | undefined): boolean {
  return Boolean(open && senderRuleFor(open) === 'shared' && detection && !detection.site);
}

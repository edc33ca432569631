// Which saved draft a form reads and writes: one per request kind and per site. The site is the
// one the pane settled on (detected, typed or chosen), never the From or the signed-in person, so
// with a personal From a draft typed for one site is never restored for another, and a form
// opened with no site known has a key of its own that no site's draft shares.

import { draftKey } from '../../../domain/draftEnvelope';
import type { Detection } from '../../../domain/detectMailbox';

export function draftIdentity(kindId: string, detection: Pick<Detection, 'site'>): string {
  return draftKey(kindId, detection.site?.address);
}

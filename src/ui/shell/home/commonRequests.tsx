// The four requests managers make most often, first on the home screen as cards. Their icons, like
// every request's, come with the lazy screens (kindIcons.tsx): the first bundle has no room for them.

import type { KindId } from '../../../domain/kindIndex';

export interface CommonRequest {
  id: KindId;
  /** One line under the name: when to choose it. */
  hint: string;
}

export const commonRequests: readonly CommonRequest[] = [
  { id: 'add-user', hint: 'Someone new who has never had NHSmail' },
  { id: 'add-joiner', hint: 'They keep the nhs.net address they already have' },
  { id: 'leaver', hint: 'Someone has left: remove their access promptly' },
  { id: 'self-service-reset', hint: 'Reset it on the portal, or phone the helpdesk (24 hours)' },
];

export const commonIds: ReadonlySet<string> = new Set(commonRequests.map((c) => c.id));

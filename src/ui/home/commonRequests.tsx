// The four requests managers make most often, first on the home screen as cards. Their icons are
// in the first bundle (imported one by one); every other request's icon loads with the lazy screens.

import type { FluentIcon } from '@fluentui/react-icons';
import { LockClosedKeyRegular, PersonAddRegular, PersonArrowLeftRegular, PersonDeleteRegular } from '@fluentui/react-icons';
import type { KindId } from '../../domain/kindIndex';

export interface CommonRequest {
  id: KindId;
  Icon: FluentIcon;
  /** One line under the name: when to choose it. */
  hint: string;
}

export const commonRequests: readonly CommonRequest[] = [
  { id: 'add-user', Icon: PersonAddRegular, hint: 'Someone new who has never had NHSmail' },
  { id: 'add-joiner', Icon: PersonArrowLeftRegular, hint: 'They keep the nhs.net address they already have' },
  { id: 'leaver', Icon: PersonDeleteRegular, hint: 'Take away their access to the shared mailbox' },
  { id: 'self-service-reset', Icon: LockClosedKeyRegular, hint: 'Forgotten password or locked out' },
];

export const commonIds: ReadonlySet<string> = new Set(commonRequests.map((c) => c.id));

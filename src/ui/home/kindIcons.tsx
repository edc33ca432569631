// An icon for every request, from @fluentui/react-icons, imported one by one. Loaded with the lazy
// screens: the common four's icons (commonRequests.tsx) are the only ones in the first bundle.

import type { FluentIcon } from '@fluentui/react-icons';
import {
  AlertUrgentRegular,
  ArchiveRegular,
  ArrowUndoRegular,
  BuildingSwapRegular,
  CallForwardRegular,
  CallRegular,
  DoorArrowRightRegular,
  MailInboxDismissRegular,
  PauseCircleRegular,
  PeopleAddRegular,
  PeopleSearchRegular,
  PeopleTeamRegular,
  PersonCallRegular,
  PersonQuestionMarkRegular,
  PersonStarRegular,
  PhoneKeyRegular,
  PlayCircleRegular,
  QuestionCircleRegular,
  RenameRegular,
  ShieldCheckmarkRegular,
} from '@fluentui/react-icons';
import type { KindId } from '../../domain/kindIndex';
import { commonRequests } from './commonRequests';

const common = Object.fromEntries(commonRequests.map((c) => [c.id, c.Icon])) as Record<(typeof commonRequests)[number]['id'], FluentIcon>;

export const kindIcons: Readonly<Record<KindId, FluentIcon>> = {
  'add-user': common['add-user'],
  'add-joiner': common['add-joiner'],
  leaver: common.leaver,
  'self-service-reset': common['self-service-reset'],
  'leaver-self': DoorArrowRightRegular,
  'owner-change': PersonStarRegular,
  'disable-account': PauseCircleRegular,
  'enable-account': PlayCircleRegular,
  'reset-new-mobile': PhoneKeyRegular,
  'reset-owner-vouched': ShieldCheckmarkRegular,
  'reinstate-account': ArrowUndoRegular,
  'name-change': RenameRegular,
  audit: PeopleSearchRegular,
  'more-accounts': PeopleAddRegular,
  'teams-request': PeopleTeamRegular,
  'ods-rename': BuildingSwapRegular,
  'close-acquisition': ArchiveRegular,
  escalation: AlertUrgentRegular,
  'ods-query': QuestionCircleRegular,
  'missing-shared-access': MailInboxDismissRegular,
  'missing-personal-account': PersonQuestionMarkRegular,
  'phone-no-access': CallRegular,
  'phone-new-manager': PersonCallRegular,
  'phone-transferred-manager': CallForwardRegular,
};

// An icon for every request, from @fluentui/react-icons, imported one by one. Loaded with the lazy
// screens (at idle, or as soon as the search is used): until then each request shows its icon's
// tinted square empty, so nothing moves when they arrive.

import type { FluentIcon } from '@fluentui/react-icons';
import {
  AlertUrgentRegular,
  ArchiveRegular,
  ArrowUndoRegular,
  LockClosedKeyRegular,
  BuildingSwapRegular,
  CallForwardRegular,
  CallRegular,
  DoorArrowRightRegular,
  MailInboxDismissRegular,
  PauseCircleRegular,
  PeopleAddRegular,
  PeopleSearchRegular,
  PeopleTeamRegular,
  PersonAddRegular,
  PersonArrowLeftRegular,
  PersonDeleteRegular,
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

export const kindIcons: Readonly<Record<KindId, FluentIcon>> = {
  'add-user': PersonAddRegular,
  'add-joiner': PersonArrowLeftRegular,
  leaver: PersonDeleteRegular,
  'self-service-reset': LockClosedKeyRegular,
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

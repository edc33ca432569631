// The catalogue of request kinds, in the order a manager meets them. Each kind is one module under
// requests/ (fields, schema, renderer, explanation, sources, examples); this list is the only other
// place a new kind is named. The first screen's light index (kindIndex.ts) is generated from it.

import type { AnyEmailKind, RequestKind } from './requestKind';
import { addUser } from './requests/addUser';
import { addJoiner } from './requests/addJoiner';
import { leaver } from './requests/leaver';
import { leaverSelf } from './requests/leaverSelf';
import { ownerChange } from './requests/ownerChange';
import { disableAccount } from './requests/disableAccount';
import { enableAccount } from './requests/enableAccount';
import { resetNewMobile } from './requests/resetNewMobile';
import { resetOwnerVouched } from './requests/resetOwnerVouched';
import { reinstateAccount } from './requests/reinstateAccount';
import { nameChange } from './requests/nameChange';
import { audit } from './requests/audit';
import { moreAccounts } from './requests/moreAccounts';
import { teamsRequest } from './requests/teamsRequest';
import { odsRename } from './requests/odsRename';
import { closeAcquisition } from './requests/closeAcquisition';
import { sponsoredTransfer } from './requests/sponsoredTransfer';
import { missingSharedAccess } from './requests/missingSharedAccess';
import { missingPersonalAccount } from './requests/missingPersonalAccount';
import { escalation } from './requests/escalation';
import { odsQuery } from './requests/odsQuery';
import { phoneNoAccess } from './requests/phoneNoAccess';
import { phoneNewManager } from './requests/phoneNewManager';
import { phoneTransferredManager } from './requests/phoneTransferredManager';
import { selfServiceReset } from './requests/selfServiceReset';

export const requestKinds: readonly RequestKind[] = [
  addUser,
  addJoiner,
  leaver,
  leaverSelf,
  ownerChange,
  disableAccount,
  enableAccount,
  selfServiceReset,
  resetNewMobile,
  resetOwnerVouched,
  reinstateAccount,
  nameChange,
  audit,
  moreAccounts,
  teamsRequest,
  odsRename,
  closeAcquisition,
  sponsoredTransfer,
  escalation,
  odsQuery,
  missingSharedAccess,
  missingPersonalAccount,
  phoneNoAccess,
  phoneNewManager,
  phoneTransferredManager,
];

/** The email kinds: the ones with a form, a schema and examples. */
export const emailKinds: readonly AnyEmailKind[] = requestKinds.filter((k): k is AnyEmailKind => k.route === 'email');

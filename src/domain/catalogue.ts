// The catalogue of request kinds, in the order a manager meets them.

import type { RequestKind } from './requestKind';
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
import { missingSharedAccess, missingPersonalAccount } from './requests/missingAccess';
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
  escalation,
  odsQuery,
  missingSharedAccess,
  missingPersonalAccount,
  phoneNoAccess,
  phoneNewManager,
  phoneTransferredManager,
] as unknown as readonly RequestKind[];

export { groupTitles } from './kindIndex';

/** Seed file names, so every rule can be traced to the document it came from. */
export const seedFiles = {
  '000': '000_f09a1e8e395fa72b.txt',
  '001': '001_b2e518f0d857614e.txt',
  '002': '002_4c4cf53838ee439f.txt',
  '003': '003_5056c14a26c52490.txt',
  '004': '004_990d52fcdf74ece6.txt',
} as const;

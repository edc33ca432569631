// Which mailbox is this? Shared site mailboxes are `<type>.<ODS>@nhs.net` (seed 001, "Can I change
// my organisation's shared mailbox email address?"); anything else on nhs.net is a person's.

import { isOrgType, normaliseOdsCode, odsPatternWarning, orgTypeInfo, plausibleCode, sharedMailboxAddress, type OrgType } from './ods';

export type MailboxIdentity =
  | {
      kind: 'shared';
      orgType: OrgType;
      odsCode: string;
      address: string;
      siteName?: string;
      town?: string;
      warnings: string[];
    }
  | { kind: 'personal'; address: string }
  | { kind: 'other'; address: string };

export type SharedMailbox = Extract<MailboxIdentity, { kind: 'shared' }>;

// A bare address only: no display name, angle brackets, quotes, spaces or second address.
const bareAddress = /^([a-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([a-z0-9.-]+)$/;
const sharedLocal = /^(care|pharmacy|dental|optometry)\.([a-z0-9]*)$/;
// Legacy pharmacy alias: nhspharmacy.<place>.<name><ODS>; the ODS code is the last five characters.
const legacyPharmacyLocal = /^nhspharmacy\.[a-z0-9-]+\.[a-z0-9-]*([a-z0-9]{5})$/;
const displayNamePattern = /^\s*(care|pharmacy|dental|optometry)\.([a-z0-9]+)\s*\((.*)\)\s*$/i;

export function identifyMailbox(address: string, displayName?: string): MailboxIdentity {
  const normalised = String(address ?? '').trim().toLowerCase();
  const parts = bareAddress.exec(normalised);
  if (!parts || parts[2] !== 'nhs.net') {
    return { kind: 'other', address: normalised };
  }
  const local = parts[1]!;
  const shared = sharedFromLocal(local);
  if (!shared) return { kind: 'personal', address: normalised };

  const warnings: string[] = [];
  const odsWarning = odsPatternWarning(shared.orgType, shared.odsCode);
  if (odsWarning) warnings.push(odsWarning);
  if (shared.legacy) {
    warnings.push(`This is an older pharmacy address. The shared mailbox's current address is ${sharedMailboxAddress('pharmacy', shared.odsCode)}.`);
  }
  const identity: SharedMailbox = { kind: 'shared', orgType: shared.orgType, odsCode: shared.odsCode, address: normalised, warnings };
  if (displayName !== undefined) applyDisplayName(identity, String(displayName));
  return identity;
}

function sharedFromLocal(local: string): { orgType: OrgType; odsCode: string; legacy: boolean } | undefined {
  const modern = sharedLocal.exec(local);
  if (modern) {
    const code = normaliseOdsCode(modern[2]!);
    if (!plausibleCode.test(code) || !isOrgType(modern[1]!)) return undefined;
    return { orgType: modern[1], odsCode: code, legacy: false };
  }
  const legacy = legacyPharmacyLocal.exec(local);
  if (legacy) return { orgType: 'pharmacy', odsCode: normaliseOdsCode(legacy[1]!), legacy: true };
  return undefined;
}

/** `Care.VN6C2 (Sunrise House, Durham)` → site name and town; the town follows the last comma. */
function applyDisplayName(identity: SharedMailbox, displayName: string): void {
  const m = displayNamePattern.exec(displayName);
  // Outlook sometimes reports the signed-in person's name instead (office-js #6713): not a site name.
  if (!m) return;
  const orgType = m[1]!.toLowerCase();
  const code = normaliseOdsCode(m[2]!);
  if (orgType !== identity.orgType || code !== identity.odsCode) {
    const expected = `${orgTypeInfo[identity.orgType].displayPrefix}.${identity.odsCode}`;
    identity.warnings.push(`The display name "${displayName.trim()}" does not match ${identity.address} (expected ${expected}), so it was not used for the site name.`);
    return;
  }
  const inner = m[3]!.trim();
  const comma = inner.lastIndexOf(',');
  const siteName = (comma === -1 ? inner : inner.slice(0, comma)).trim();
  const town = comma === -1 ? '' : inner.slice(comma + 1).trim();
  if (siteName) identity.siteName = siteName;
  if (town) identity.town = town;
}

/** `Sunrise House, Durham`, or whichever parts are known. */
export function siteLabel(identity: MailboxIdentity): string | undefined {
  if (identity.kind !== 'shared') return undefined;
  const label = [identity.siteName, identity.town].filter(Boolean).join(', ');
  return label || undefined;
}

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
  const normalised = String(address ?? '')
    .trim()
    .toLowerCase();
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
    warnings.push(
      `This is an older pharmacy address. The shared mailbox's current address is ${sharedMailboxAddress('pharmacy', shared.odsCode)}.`,
    );
  }
  const identity: SharedMailbox = { kind: 'shared', orgType: shared.orgType, odsCode: shared.odsCode, address: normalised, warnings };
  // Stryker disable next-line ConditionalExpression: String(undefined) is 'undefined', which has no NHSmail display-name shape, so applyDisplayName would change nothing
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

// Display names come from mail an outside sender controls, so a site name is taken from one only
// when the whole name has exactly the NHSmail shape, `Care.VN6C2 (Sunrise House, Durham)`: the
// prefix and ODS code of this very address, then a name and a town from a bounded set of
// characters (letters, digits, _, spaces, ' ’ & -; no @, no full stops or commas inside, no control,
// bidi or zero-width characters) and of bounded length. Anything else: "site name not known".
// (No \p{…} classes and no lookbehind: the send guard's classic runtime loads this file too.)
export const siteNameMax = 60;
export const townMax = 40;
// A regular-expression literal (the send guard's script may run nothing when it loads): a name of
// 1–60 and a town of 1–40 characters from the set above, single spaces only.
const strictDisplayName =
  /^(care|pharmacy|dental|optometry)\.([a-z0-9]{3,9}) \(([\w\u00C0-\u024F'\u2019&-](?:[\w\u00C0-\u024F'\u2019&-]| (?! )){0,59}), ([\w\u00C0-\u024F'\u2019&-](?:[\w\u00C0-\u024F'\u2019&-]| (?! )){0,39})\)$/i;
/** Longer than any name the strict shape allows: not even looked at. */
const displayNameMax = 20 + siteNameMax + townMax;

function applyDisplayName(identity: SharedMailbox, displayName: string): void {
  const trimmed = displayName.trim();
  if (trimmed.length > displayNameMax) return;
  const loose = displayNamePattern.exec(trimmed);
  // Outlook sometimes reports the signed-in person's name instead (office-js #6713): not a site name.
  if (!loose) return;
  const orgType = loose[1]!.toLowerCase();
  const code = normaliseOdsCode(loose[2]!);
  if (orgType !== identity.orgType || code !== identity.odsCode) {
    // The display name itself is not repeated: it is untrusted text.
    const expected = `${orgTypeInfo[identity.orgType].displayPrefix}.${identity.odsCode}`;
    identity.warnings.push(
      `The display name on this message is for another mailbox (not ${expected}), so it was not used for the site name.`,
    );
    return;
  }
  const m = strictDisplayName.exec(trimmed);
  if (!m || m[3]!.endsWith(' ') || m[4]!.endsWith(' ')) return;
  identity.siteName = m[3]!;
  identity.town = m[4]!;
}

/** `Sunrise House, Durham`, or whichever parts are known. */
export function siteLabel(identity: MailboxIdentity): string | undefined {
  // Stryker disable next-line ConditionalExpression: only a shared identity has a site name or town, so the label is empty (undefined) either way
  if (identity.kind !== 'shared') return undefined;
  const label = [identity.siteName, identity.town].filter(Boolean).join(', ');
  return label || undefined;
}

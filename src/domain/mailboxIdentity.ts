// Which mailbox is this? Shared site mailboxes are `<type>.<ODS>@nhs.net` (seed 001, "Can I change
// my organisation's shared mailbox email address?"); anything else on nhs.net is a person's.

import { isOrgType, normaliseOdsCode, odsPatternWarning, orgTypeInfo, isPlausibleCode, sharedMailboxAddress, type OrgType } from './ods';

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

// Built on each call, never once at load: a module-level pattern runs only when the module loads,
// where mutation testing cannot reach it (docs/testing.md, "Static mutants").
function addressPatterns() {
  return {
    // A bare address only: no display name, angle brackets, quotes, spaces or second address.
    bareAddress: /^([a-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([a-z0-9.-]+)$/,
    sharedLocal: /^(care|pharmacy|dental|optometry)\.([a-z0-9]*)$/,
    // Legacy pharmacy alias: nhspharmacy.<place>.<name><ODS>; the ODS code is the last five characters.
    legacyPharmacyLocal: /^nhspharmacy\.[a-z0-9-]+\.[a-z0-9-]*([a-z0-9]{5})$/,
    displayNamePattern: /^\s*(care|pharmacy|dental|optometry)\.([a-z0-9]+)\s*\(([\s\S]*)\)\s*$/i,
  };
}

export function identifyMailbox(address: string, displayName?: string): MailboxIdentity {
  const normalised = String(address ?? '')
    .trim()
    .toLowerCase();
  const parts = addressPatterns().bareAddress.exec(normalised);
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
  const { sharedLocal, legacyPharmacyLocal } = addressPatterns();
  const modern = sharedLocal.exec(local);
  if (modern) {
    const code = normaliseOdsCode(modern[2]!);
    if (!isPlausibleCode(code) || !isOrgType(modern[1]!)) return undefined;
    return { orgType: modern[1], odsCode: code, legacy: false };
  }
  const legacy = legacyPharmacyLocal.exec(local);
  if (legacy) return { orgType: 'pharmacy', odsCode: normaliseOdsCode(legacy[1]!), legacy: true };
  return undefined;
}

// Display names come from mail an outside sender controls, so a site name is taken from one only
// when it has the NHSmail shape, `Care.VN6C2 (Sunrise House, Durham)` (seed 001, "Can I change my
// organisation's shared mailbox email address?"): the prefix and ODS code of this very address, then
// the name and, after the last comma, the town. Real names have commas ("St Mary's, Care & Nursing")
// and abbreviations ("St. Anne's"), so those are kept; anything that could carry a web address, an
// email address, markup, or control, bidi or zero-width characters is refused, and the user is told
// why. (No \p{…} classes, no lookbehind and only regular-expression literals at load: the send
// guard's classic runtime loads this file too.)
export const siteNameMax = 60;
export const townMax = 40;
// Built on each call, as above.
function siteNamePatterns() {
  return {
    // Letters (Latin with accents), digits, _, spaces and ' ’ & - . , only.
    siteNameChars: /^[\w\u00C0-\u024F'\u2019&., -]+$/,
    // eslint-disable-next-line no-control-regex -- the control characters are what it refuses.
    invisible: /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uD800-\uDFFF]/,
    // A full stop straight before a letter or digit is how web and email addresses are written.
    webAddress: /:\/\/|\bwww\b|\.[A-Za-z0-9]/i,
    markup: /[<>]/,
    // A full stop may only end an abbreviation: an initial, or one of these.
    abbreviation: /^(?:[A-Za-z]|St|Dr|Mt|Co|Ltd|Bros|Rd|Ave|Nr|No|Inc|Plc|Jr|Jnr|Snr|Sr|Sq|Ft)$/i,
    lastWord: /([A-Za-z]+)$/,
    // Single spaces only, none at either end or before a comma, and one after each comma.
    badSpacing: /\s\s|^\s|\s$|\s,|,(?! )/,
  };
}

/** Why the text inside the display name's brackets cannot be a site name and town, or undefined. */
export function siteNameProblem(inner: string): string | undefined {
  const { siteNameChars, invisible, webAddress, markup, abbreviation, lastWord, badSpacing } = siteNamePatterns();
  // Longer than any name, comma and town allowed: not looked at further.
  if (inner.length > siteNameMax + 2 + townMax)
    return `is longer than a site name (${siteNameMax} characters) and town (${townMax}) can be`;
  if (invisible.test(inner)) return 'has invisible or control characters in it';
  if (inner.indexOf('@') !== -1) return 'could hold an email address';
  if (markup.test(inner)) return 'could hold markup (< or >)';
  if (webAddress.test(inner)) return 'could hold a web address';
  if (!siteNameChars.test(inner)) return 'has characters a site name does not use';
  const pieces = inner.split('.');
  for (let i = 0; i < pieces.length - 1; i++) {
    const word = lastWord.exec(pieces[i]!);
    if (!word || !abbreviation.test(word[1]!)) return 'has a full stop that does not end an abbreviation like St.';
  }
  if (badSpacing.test(inner)) return 'has extra spaces';
  const comma = inner.lastIndexOf(', ');
  if (comma === -1) return 'has no town after a comma';
  if (comma > siteNameMax || inner.length - comma - 2 > townMax)
    return `is longer than a site name (${siteNameMax} characters) and town (${townMax}) can be`;
  return undefined;
}

function applyDisplayName(identity: SharedMailbox, displayName: string): void {
  const loose = addressPatterns().displayNamePattern.exec(displayName);
  // Outlook sometimes reports the signed-in person's name instead (office-js #6713): not a site name.
  if (!loose) return;
  const orgType = loose[1]!.toLowerCase();
  const code = normaliseOdsCode(loose[2]!);
  const expected = `${orgTypeInfo[identity.orgType].displayPrefix}.${identity.odsCode}`;
  if (orgType !== identity.orgType || code !== identity.odsCode) {
    // The display name itself is not repeated: it is untrusted text.
    identity.warnings.push(
      `The display name on this message is for another mailbox (not ${expected}), so it was not used for the site name.`,
    );
    return;
  }
  const inner = loose[3]!;
  const problem = siteNameProblem(inner);
  if (problem) {
    identity.warnings.push(
      `The display name on this message (${expected} …) was not used for the site name: it ${problem}. You can enter the site name yourself.`,
    );
    return;
  }
  const comma = inner.lastIndexOf(', ');
  identity.siteName = inner.slice(0, comma);
  identity.town = inner.slice(comma + 2);
}

/** `Sunrise House, Durham`, or whichever parts are known. */
export function siteLabel(identity: MailboxIdentity): string | undefined {
  // Stryker disable next-line ConditionalExpression: only a shared identity has a site name or town, so the label is empty (undefined) either way
  if (identity.kind !== 'shared') return undefined;
  const label = [identity.siteName, identity.town].filter(Boolean).join(', ');
  return label || undefined;
}

// ODS code formats per organisation type (shared/reference/domain.md §1).
// The mailbox prefix decides the type; the pattern only produces a warning, because codes change
// and a leading V proves nothing on its own.

export const orgTypes = ['care', 'pharmacy', 'dental', 'optometry'] as const;
export type OrgType = (typeof orgTypes)[number];

interface OrgTypeInfo {
  /** What the code of this type looks like, for messages. */
  readonly codeShape: string;
  /** Display-name prefix, e.g. `Care.VN6C2 (…)`. */
  readonly displayPrefix: string;
  /** How a person names this kind of site in a sentence. */
  readonly siteNoun: string;
}

export const orgTypeInfo: Readonly<Record<OrgType, OrgTypeInfo>> = {
  care: {
    codeShape: 'V followed by 4 letters or numbers, like VN6C2',
    displayPrefix: 'Care',
    siteNoun: 'care site',
  },
  pharmacy: {
    codeShape: 'F followed by 4 letters or numbers, like FH542',
    displayPrefix: 'Pharmacy',
    siteNoun: 'pharmacy',
  },
  dental: {
    codeShape: 'V followed by 5 or 6 numbers, like V25604',
    displayPrefix: 'Dental',
    siteNoun: 'dental practice',
  },
  optometry: {
    codeShape: '5 letters or numbers, like TP66J',
    displayPrefix: 'Optometry',
    siteNoun: 'optometry practice',
  },
};

// The patterns are built per call, not at module level, so mutation testing scores them
// (docs/testing.md, "Static mutants").

/** The usual code shape per sector, for the warning (domain.md §1). */
function usualShape(orgType: OrgType): RegExp {
  return {
    care: /^V[A-Z0-9]{4}$/,
    pharmacy: /^F[A-Z0-9]{4}$/,
    dental: /^V\d{5,6}$/,
    optometry: /^[A-Z0-9]{5}$/,
  }[orgType];
}

// The shapes that say which sectors a code alone can belong to (domain.md §1.1): narrower than the
// warning patterns above for optometry (any 5 characters there), because here the shape chooses the
// type: older optical codes are TP + 3, newer ones letter-digit-letter-digit-letter (N7U5Q, V9N7F).
function sectorShape(orgType: OrgType): RegExp {
  return {
    care: /^V[A-Z0-9]{4}$/,
    pharmacy: /^F[A-Z0-9]{4}$/,
    dental: /^V\d{5,6}$/,
    optometry: /^(?:TP[A-Z0-9]{3}|[A-Z]\d[A-Z]\d[A-Z])$/,
  }[orgType];
}

/** The sectors whose usual code shape `code` has: none, one (it says the type) or more (ask). */
export function sectorsForCode(code: string): OrgType[] {
  const normalised = normaliseOdsCode(code);
  return orgTypes.filter((t) => sectorShape(t).test(normalised));
}

/** Any code NAS could plausibly use in a mailbox name: letters and digits, at most 9. */
export function isPlausibleCode(code: string): boolean {
  return /^[A-Z0-9]{1,9}$/.test(code);
}

export function normaliseOdsCode(code: string): string {
  return code.trim().toUpperCase();
}

export function isOrgType(value: string): value is OrgType {
  return (orgTypes as readonly string[]).includes(value);
}

/** A warning when `code` does not have the usual shape for `orgType`, otherwise undefined. */
export function odsPatternWarning(orgType: OrgType, code: string): string | undefined {
  const info = orgTypeInfo[orgType];
  // NHS Dental Services adds a 0 after the V; ODS removed those again (domain.md §1.2).
  if (orgType === 'dental' && /^V0\d{5}$/.test(code)) {
    return `${code} looks like the NHS Dental Services form of a dental code; ODS usually writes it without the 0 after the V (${'V' + code.slice(2)}).`;
  }
  if (usualShape(orgType).test(code)) return undefined;
  return `${code} is not the usual shape for a ${info.siteNoun} ODS code (${info.codeShape}). Check it is right.`;
}

export function sharedMailboxAddress(orgType: OrgType, code: string): string {
  return `${orgType}.${code.toLowerCase()}@nhs.net`;
}

// Abbreviations spelled out on first use, with the expansions the seeds use: seed 001
// "National Administration Service (NAS)", seed 000 "Organisation Data Service (ODS) code" and
// "Data Security and Protection Toolkit (DSPT)".

interface Abbreviation {
  short: RegExp;
  long: string;
  spelled: RegExp;
}

// Built per call, not at module level, so mutation testing scores the patterns (docs/testing.md).
const abbreviations = (): readonly Abbreviation[] => [
  // Not the product's own name, "NAS Assistant".
  { short: /\bNAS\b(?! Assistant)/, long: 'National Administration Service (NAS)', spelled: /National Administration Service/i },
  { short: /\bODS\b/, long: 'Organisation Data Service (ODS)', spelled: /Organisation Data Service/i },
  { short: /\bDSPT\b/, long: 'Data Security and Protection Toolkit (DSPT)', spelled: /Data Security and Protection Toolkit/i },
];

/** Where a pattern first matches across texts read in order: [text index, position], or undefined. */
function firstMatch(texts: readonly string[], pattern: RegExp): [number, number] | undefined {
  for (let i = 0; i < texts.length; i++) {
    const m = pattern.exec(texts[i]!);
    if (m) return [i, m.index];
  }
  return undefined;
}

const before = (a: [number, number], b: [number, number] | undefined) => !b || a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * Texts that are read in order on one screen, with each abbreviation's first use spelled out
 * ("NAS" → "National Administration Service (NAS)"), unless the full name already comes first.
 */
export function spellOutFirst(texts: readonly string[]): string[] {
  const out = [...texts];
  for (const a of abbreviations()) {
    const short = firstMatch(out, a.short);
    if (!short || !before(short, firstMatch(out, a.spelled))) continue;
    const [i] = short;
    out[i] = out[i]!.replace(a.short, a.long);
  }
  return out;
}

/** The abbreviations a text uses before spelling them out, for tests: empty when all is well. */
export function unexplainedAbbreviations(texts: readonly string[]): string[] {
  return abbreviations()
    .filter((a) => {
      const short = firstMatch(texts, a.short);
      return short !== undefined && before(short, firstMatch(texts, a.spelled));
    })
    .map((a) => a.long.replace(/.*\((\w+)\)$/, '$1'));
}

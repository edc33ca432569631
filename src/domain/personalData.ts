// The personal-data guard. NAS "will never require more than" names, mobiles and email addresses
// (seed 000, "How do I add new users?"), so dates of birth, NHS numbers and National Insurance
// numbers in a request are errors; a postcode is only a warning, because the site's own address is fine.

import { addMonths, isValidIsoDate, ukToday } from './dates';

export type PersonalDataKind = 'date-of-birth' | 'nhs-number' | 'ni-number' | 'postcode';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The text that was recognised, as typed. */
  match: string;
  severity: 'error' | 'warning';
}

// No lookbehind anywhere here: the send guard runs in classic Outlook's JavaScript-only runtime, so
// a leading (?:^|[^…]) is consumed instead and the match itself is capture group 1.
// The patterns are built on each scan, never once at load: a module-level pattern runs only when the
// module loads, where mutation testing cannot reach it (docs/testing.md, "Static mutants"). Function
// declarations only: the send guard's script may run nothing but declarations at load.
function patterns() {
  return {
    // "born" only when a date follows ("born 3/3/85", "born on …", "born in March 1985"), so "born in
    // Leeds" is not a date of birth.
    dobKeyword:
      /(?:^|[^a-z])(d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|birthday|born(?=\s+on\b|\s+(?:in\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)))(?![a-z])/i,
    // Digit groups separated by one space or hyphen (after normalising), or joined.
    digitRun: /(?:^|[^A-Za-z0-9+])(\+?\d(?:[ -]?\d)*)(?![A-Za-z0-9])/g,
    // HMRC: no D, F, I, Q, U or V in either letter, no O second, and never BG, GB, NK, KN, TN, NT or ZZ.
    niNumber:
      /(?:^|[^A-Za-z0-9])((?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![A-Za-z0-9])/gi,
    // Royal Mail: outward A9, A99, AA9, AA99, A9A or AA9A with the letters each position allows; inward 9AA.
    postcode:
      /(?:^|[^A-Za-z0-9])(GIR ?0AA|(?:[A-PR-UWYZ]\d[\dABCDEFGHJKPSTUW]?|[A-PR-UWYZ][A-HK-Y]\d[\dABEHMNPRVWXY]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi,
    // A phone number in international form ("+44 (0)161 496 0000", "0044 161 …") is never an NHS number
    // (nor can an NHS number start 00: none is issued in that range, and a CHI number starts with a day).
    internationalPrefix: /(?:\+|\b00)\s?\d{1,3}\s?(?:\(0\)\s?)?$|\(0\)\s?$/,
    // CQC location and provider IDs: "1-" and 9 to 11 digits.
    cqcId: /^1-\d{8,11}$/,
  };
}

// dd/mm/yyyy, dd-mm-yy, dd.mm.yyyy, yyyy-mm-dd, and "3 March 1985" / "3rd Mar 85" (built per call, as above).
function datePatterns() {
  return {
    numericDate: /(?:^|\D)((\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2}))(?!\d)/g,
    isoDate: /(?:^|\D)((\d{4})-(\d{2})-(\d{2}))(?!\d)/g,
    months: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    wordDate: /(?:^|\D)((\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4}|\d{2}))(?!\d)/gi,
    // …unless the words just before it say what else it is: when an account was set up, created or
    // last used, when someone started (seed 000 asks for none of these, but people write them).
    notBirthContext:
      /(set[\s-]?up|created|opened|registered|issued|activated|since|started|joined|employed|account|last\s+(?:used|logged|signed)|logged\s+in|signed\s+in)\b[^.\n]{0,24}$/i,
  };
}

// Nobody under 16 holds an NHSmail account for work, so a date at least this old in an account
// request is taken for a date of birth; ordinary dates (start dates, call dates) are recent.
const dobAgeYears = 16;

/**
 * The text as the guard reads it: compatibility forms folded (full-width digits, no-break spaces),
 * every kind of space and line break one ordinary space, every dash a hyphen, invisible characters
 * (zero-width spaces, soft hyphens) gone. Outlook bodies often carry no-break spaces.
 */
export function normaliseForScan(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2010-\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-');
}

/** NHS number check digit (modulus 11), as published in the NHS Data Dictionary. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  // Stryker disable next-line ConditionalExpression: equivalent, a check of 10 can never equal one digit below
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/**
 * NHS numbers in a run of digit groups: any consecutive groups holding ten digits between them
 * (3 3 4 as NHS numbers are written, or ten together, or 6 4…), wherever they sit in the run, so
 * one written straight after another number is still found.
 */
function nhsNumbersIn(run: string): string[] {
  const groups = run.split(/[ -]/);
  const found: string[] = [];
  for (let start = 0, at = 0; start < groups.length; at += groups[start]!.length + 1, start++) {
    let digits = '';
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent, running on past ten digits or the last group only adds text that cannot be ten digits ("undefined" from a missing group is not digits)
    for (let end = start; end < groups.length && digits.length < 10; end++) {
      digits += groups[end];
      if (isValidNhsNumber(digits)) found.push(run.slice(at, at + groups.slice(start, end + 1).join(' ').length));
    }
  }
  return found;
}

export function scanPersonalData(raw: string, now: Date): PersonalDataFinding[] {
  const text = normaliseForScan(raw);
  const { dobKeyword, digitRun, internationalPrefix, cqcId, niNumber, postcode } = patterns();
  const findings: PersonalDataFinding[] = [];
  const keyword = dobKeyword.exec(text);
  if (keyword) findings.push({ kind: 'date-of-birth', match: keyword[1]!, severity: 'error' });
  else {
    const old = findOldDate(text, now);
    if (old) findings.push({ kind: 'date-of-birth', match: old, severity: 'error' });
  }
  for (const m of text.matchAll(digitRun)) {
    const run = m[1]!;
    const before = text.slice(0, m.index + m[0].length - run.length);
    if (run.startsWith('+') || /^00[1-9]\d{0,2}[ -]/.test(run) || internationalPrefix.test(before) || cqcId.test(run)) continue;
    for (const nhs of nhsNumbersIn(run)) findings.push({ kind: 'nhs-number', match: nhs, severity: 'error' });
  }
  for (const m of text.matchAll(niNumber)) findings.push({ kind: 'ni-number', match: m[1]!, severity: 'error' });
  for (const m of text.matchAll(postcode)) findings.push({ kind: 'postcode', match: m[1]!, severity: 'warning' });
  return findings;
}

export function personalDataMessage(finding: PersonalDataFinding): string {
  switch (finding.kind) {
    case 'date-of-birth':
      return `Remove the date of birth ("${finding.match}"). NAS never needs a date of birth for an account request.`;
    case 'nhs-number':
      return `Remove the NHS number (${finding.match}). NAS never needs NHS numbers for an account request.`;
    case 'ni-number':
      return `Remove the National Insurance number (${finding.match}). NAS never needs it.`;
    case 'postcode':
      return `This contains a postcode (${finding.match}). Your site's address is fine, but do not include anyone's home address.`;
  }
}

function findOldDate(text: string, now: Date): string | undefined {
  const cutoff = addMonths(ukToday(now), -12 * dobAgeYears);
  const thisYear = Number(cutoff.slice(0, 4)) + dobAgeYears;
  const { numericDate, isoDate, months, wordDate, notBirthContext } = datePatterns();
  // Stryker disable next-line ArrayDeclaration: equivalent, a stray string item has no iso, and undefined <= cutoff is false, so find skips it
  const candidates: { raw: string; iso: string }[] = [];
  const push = (raw: string, y: string, m: number, d: number) => {
    const year = y.length === 2 ? expandYear(Number(y), thisYear) : Number(y);
    const iso = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isValidIsoDate(iso)) candidates.push({ raw, iso });
  };
  const explained = (m: RegExpMatchArray) => notBirthContext.test(text.slice(0, (m.index ?? 0) + m[0].length - m[1]!.length));
  for (const m of text.matchAll(isoDate)) if (!explained(m)) push(m[1]!, m[2]!, Number(m[3]), Number(m[4]));
  for (const m of text.matchAll(numericDate)) if (!explained(m)) push(m[1]!, m[4]!, Number(m[3]), Number(m[2]));
  for (const m of text.matchAll(wordDate)) if (!explained(m)) push(m[1]!, m[4]!, months.indexOf(m[3]!.toLowerCase()) + 1, Number(m[2]));
  return candidates.find((c) => c.iso <= cutoff)?.raw;
}

/** Two-digit years: up to next year means 20xx, anything later means 19xx. */
function expandYear(yy: number, thisYear: number): number {
  const century = Math.floor(thisYear / 100) * 100;
  return (yy <= (thisYear % 100) + 1 ? century : century - 100) + yy;
}

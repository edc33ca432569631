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
const dobKeyword = /(?:^|[^a-z])(d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|birthday|born(?:\s+on)?)(?![a-z])/i;

// dd/mm/yyyy, dd-mm-yy, dd.mm.yyyy, yyyy-mm-dd, and "3 March 1985" / "3rd Mar 85".
const numericDate = /(?:^|\D)((\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2}))(?!\d)/g;
const isoDate = /(?:^|\D)((\d{4})-(\d{2})-(\d{2}))(?!\d)/g;
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const wordDate = /(?:^|\D)((\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4}|\d{2}))(?!\d)/gi;

// Nobody under 16 holds an NHSmail account for work, so a date at least this old in an account
// request is taken for a date of birth; ordinary dates (start dates, call dates) are recent.
const dobAgeYears = 16;

const digitRun = /(?:^|[^A-Za-z0-9])(\d(?:[ -]?\d)*)(?![A-Za-z0-9])/g;
const niNumber = /(?:^|[^A-Za-z0-9])((?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![A-Za-z0-9])/gi;
const postcode = /(?:^|[^A-Za-z0-9])(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi;

/** NHS number check digit (modulus 11), as published in the NHS Data Dictionary. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export function scanPersonalData(text: string, now: Date): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const keyword = dobKeyword.exec(text);
  if (keyword) findings.push({ kind: 'date-of-birth', match: keyword[1]!, severity: 'error' });
  else {
    const old = findOldDate(text, now);
    if (old) findings.push({ kind: 'date-of-birth', match: old, severity: 'error' });
  }
  for (const m of text.matchAll(digitRun)) {
    if (isValidNhsNumber(m[1]!.replace(/[ -]/g, ''))) findings.push({ kind: 'nhs-number', match: m[1]!, severity: 'error' });
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
  const candidates: { raw: string; iso: string }[] = [];
  const push = (raw: string, y: string, m: number, d: number) => {
    const year = y.length === 2 ? expandYear(Number(y), thisYear) : Number(y);
    const iso = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isValidIsoDate(iso)) candidates.push({ raw, iso });
  };
  for (const m of text.matchAll(isoDate)) push(m[1]!, m[2]!, Number(m[3]), Number(m[4]));
  for (const m of text.matchAll(numericDate)) push(m[1]!, m[4]!, Number(m[3]), Number(m[2]));
  for (const m of text.matchAll(wordDate)) push(m[1]!, m[4]!, months.indexOf(m[3]!.slice(0, 3).toLowerCase()) + 1, Number(m[2]));
  return candidates.find((c) => c.iso <= cutoff)?.raw;
}

/** Two-digit years: up to next year means 20xx, anything later means 19xx. */
function expandYear(yy: number, thisYear: number): number {
  const century = Math.floor(thisYear / 100) * 100;
  return yy <= (thisYear % 100) + 1 ? century + yy : century - 100 + yy;
}

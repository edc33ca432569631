// The personal-data guard checked against independent implementations of the published rules (not
// against its own regular expressions), and against a table of real-world phrasings.

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scanPersonalData, type PersonalDataKind } from './personalData';
import { decideSend } from './sendGuard';

const now = new Date('2026-11-20T10:00:00Z');
const found = (text: string, kind: PersonalDataKind) => scanPersonalData(text, now).some((f) => f.kind === kind);

// ---------- independent rules ----------

/** NHS Data Dictionary, NHS number: weights 10..2 on the first nine digits; 11 − (sum mod 11); 11 → 0; 10 → invalid. */
function nhsCheckDigit(nine: number[]): number | undefined {
  const weighted = nine.reduce((sum, digit, index) => sum + digit * (10 - index), 0);
  const check = 11 - (weighted % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

/** HMRC National Insurance number prefix rules (NIM39110): letters and pairs never issued. */
function hmrcNiValid(first: string, second: string, suffix: string): boolean {
  const neverEither = new Set(['D', 'F', 'I', 'Q', 'U', 'V']);
  if (neverEither.has(first) || neverEither.has(second)) return false;
  if (second === 'O') return false;
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(first + second)) return false;
  return ['A', 'B', 'C', 'D'].includes(suffix);
}

/** Royal Mail Programmers' Guide: outward code formats and the letters each position may hold. */
function royalMailValid(postcode: string): boolean {
  const [outward, inward] = postcode.split(' ');
  if (!outward || !inward) return false;
  if (outward === 'GIR' && inward === '0AA') return true;
  const letter = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  if (inward.length !== 3 || !digit(inward[0]) || ![...inward.slice(1)].every((c) => letter(c) && !'CIKMOV'.includes(c))) return false;
  const shape = [...outward].map((c) => (digit(c) ? '9' : letter(c) ? 'A' : '?')).join('');
  const [p1, p2, p3, p4] = outward;
  if (!letter(p1) || 'QVX'.includes(p1!)) return false;
  switch (shape) {
    case 'A9':
    case 'A99':
      return true;
    case 'AA9':
    case 'AA99':
      return !'IJZ'.includes(p2!);
    case 'A9A':
      return 'ABCDEFGHJKPSTUW'.includes(p3!);
    case 'AA9A':
      return !'IJZ'.includes(p2!) && 'ABEHMNPRVWXY'.includes(p4!);
    default:
      return false;
  }
}

/**
 * Nine digits that can start an issued NHS number: none starts 00 (England and Wales issue from
 * 400 and 600 upward, Scotland's CHI starts with a day of the month, Northern Ireland uses 320 to 399),
 * so "00 44 …" can be read as an international phone number.
 */
const firstNine = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).filter((d) => !(d[0] === 0 && d[1] === 0));

// Every way people (and Outlook) separate the groups: spaces of every kind, and dashes of every kind.
const separators = [
  '',
  ' ',
  '  ',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u2007',
  '\t',
  '-',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2212',
  ' - ',
  '\u00a0\u2013\u00a0',
];
const separator = fc.constantFrom(...separators);
// Words around the number, including ones that end or start with digits of their own.
const context = fc.constantFrom('', 'Patient ', 'NHS no: ', 'ref ', '(', '"', 'NHS 2: ');
// Numbers just before it: the NHS number must still be found (groups there may make a number of their own).
const numberBefore = fc.constantFrom('Ext 1234 ', 'Tel 01632 960123 ', 'ref 12 ', 'room 7-', 'Tel 01632 960123\u00a0');
const after = fc.constantFrom('', ' please', '.', ')', ' for Jane', ',');

describe('NHS numbers against an independent modulus 11', () => {
  test('property: a number is flagged exactly when its check digit is right, however the groups are separated', () => {
    fc.assert(
      fc.property(firstNine, fc.integer({ min: 0, max: 9 }), separator, separator, context, after, (nine, last, s1, s2, pre, post) => {
        const digits = [...nine, last].join('');
        const text = `${pre}${digits.slice(0, 3)}${s1}${digits.slice(3, 6)}${s2}${digits.slice(6)}${post}`;
        expect(found(text, 'nhs-number')).toBe(nhsCheckDigit(nine) === last);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: a valid NHS number written straight after another number is still found', () => {
    fc.assert(
      fc.property(firstNine, separator, separator, numberBefore, after, (nine, s1, s2, pre, post) => {
        const check = nhsCheckDigit(nine);
        fc.pre(check !== undefined);
        const d = [...nine, check].join('');
        const text = `${pre}${d.slice(0, 3)}${s1}${d.slice(3, 6)}${s2}${d.slice(6)}${post}`;
        expect(scanPersonalData(text, now).some((f) => f.kind === 'nhs-number' && f.match.replace(/\D/g, '') === d)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('property: a valid NHS number is found in the send guard too (same scanner), however it is separated', () => {
    fc.assert(
      fc.property(firstNine, separator, (nine, sep) => {
        const check = nhsCheckDigit(nine);
        fc.pre(check !== undefined);
        const d = [...nine, check].join('');
        const body = `Please reset the account.${sep || ' '}Patient${sep || ' '}${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;
        const decision = decideSend({
          from: 'care.vn6c2@nhs.net',
          recipients: ['helpdesk@nhs.net'],
          bodyText: body,
          now,
          data: { nasAddresses: ['helpdesk@nhs.net'], rules: [] },
        });
        expect(decision.action).toBe('prompt');
        expect(decision.action === 'prompt' && decision.findings.some((f) => f.kind === 'nhs-number')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('property: an international phone number written with (0) is never an NHS number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('+44', '+44 ', '0044 ', '+353 '),
        fc.constantFrom('(0)', ' (0) ', '(0) ', ''),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
        fc.constantFrom([3, 3, 4], [4, 3, 3], [2, 4, 4], [3, 7]),
        (country, zero, digits, shape) => {
          let at = 0;
          const national = shape.map((n) => digits.slice(at, (at += n)).join('')).join(' ');
          expect(found(`Tel: ${country}${zero}${national}`, 'nhs-number')).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('National Insurance numbers against HMRC prefix rules', () => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  test('every prefix and suffix letter: flagged exactly when HMRC could have issued it', () => {
    const wrong: string[] = [];
    for (const first of letters)
      for (const second of letters)
        for (const suffix of ['A', 'B', 'C', 'D', 'E', 'M', 'Z']) {
          const ni = `${first}${second} 12 34 56 ${suffix}`;
          if (found(`NI ${ni}`, 'ni-number') !== hmrcNiValid(first, second, suffix)) wrong.push(ni);
        }
    expect(wrong).toEqual([]);
  });

  test('property: valid numbers are found whatever the spacing (no-break spaces, none, several)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...letters),
        fc.constantFrom(...letters),
        fc.stringMatching(/^[0-9]{6}$/),
        fc.constantFrom('A', 'B', 'C', 'D'),
        separator.filter((s) => !/-|\u2010|\u2011|\u2012|\u2013|\u2014|\u2212/.test(s)),
        (a, b, digits, suffix, sep) => {
          fc.pre(hmrcNiValid(a, b, suffix));
          const text = `NI: ${a}${b}${sep}${digits.slice(0, 2)}${sep}${digits.slice(2, 4)}${sep}${digits.slice(4)}${sep}${suffix}`;
          expect(found(text, 'ni-number')).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('postcodes against the Royal Mail format', () => {
  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
  const digit = fc.constantFrom(...'0123456789'.split(''));
  const outward = fc.oneof(
    fc.tuple(letter, digit).map((p) => p.join('')),
    fc.tuple(letter, digit, digit).map((p) => p.join('')),
    fc.tuple(letter, letter, digit).map((p) => p.join('')),
    fc.tuple(letter, letter, digit, digit).map((p) => p.join('')),
    fc.tuple(letter, digit, letter).map((p) => p.join('')),
    fc.tuple(letter, letter, digit, letter).map((p) => p.join('')),
  );
  const inward = fc.tuple(digit, letter, letter).map((p) => p.join(''));

  test('property: a code is flagged exactly when Royal Mail could deliver to that format', () => {
    fc.assert(
      fc.property(outward, inward, fc.constantFrom(' ', '  ', '\u00a0', ''), (out, inn, sep) => {
        expect(found(`Address: ${out}${sep}${inn}`, 'postcode')).toBe(royalMailValid(`${out} ${inn}`));
      }),
      { numRuns: 3000 },
    );
  });

  test('known codes, and codes that only look like them', () => {
    for (const ok of ['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'GIR 0AA', 'LS1 4AP'])
      expect(royalMailValid(ok) && found(ok, 'postcode')).toBe(true);
    for (const bad of ['QA1 1AA', 'AI1 1AA', 'A1Z 1AA', 'AA1Z 1AA', 'A1 1AC', 'A1 1IA'])
      expect(royalMailValid(bad) || found(bad, 'postcode')).toBe(false);
  });
});

// ---------- real-world phrasings ----------

const shouldFlag: [string, PersonalDataKind][] = [
  ['NHS number 943 476 5919', 'nhs-number'],
  ['NHS No.\u00a0943\u00a0476\u00a05919', 'nhs-number'],
  ['nhs no 943  476  5919 (two spaces)', 'nhs-number'],
  ['NHS: 943\u2013476\u20135919', 'nhs-number'],
  ['Ext 1234 943 476 5919', 'nhs-number'],
  ['ref 12 943 476 5919', 'nhs-number'],
  ['Tel 01632 960123 9434765919', 'nhs-number'],
  ['NHS: 943\u200b476\u200b5919', 'nhs-number'],
  ['９４３ ４７６ ５９１９', 'nhs-number'],
  ['NI number AB\u00a012\u00a034\u00a056\u00a0C', 'ni-number'],
  ['NINO: ab 12 34 56 c', 'ni-number'],
  ['NI AB  123456  C', 'ni-number'],
  ['DOB: 12/03/1985', 'date-of-birth'],
  ['d.o.b. 12.3.85', 'date-of-birth'],
  ['Date of birth 3 March 1979', 'date-of-birth'],
  ['born on 4 July', 'date-of-birth'],
  ['born 3/3/85', 'date-of-birth'],
  ['born in March 1985', 'date-of-birth'],
  ['Jane Smith 12/03/1985', 'date-of-birth'],
  ['Jane Smith 1985\u201103\u201112', 'date-of-birth'],
  ['lives at LS1\u00a04AP', 'postcode'],
  ['home: sw1a  1aa', 'postcode'],
];

const shouldPass: string[] = [
  'Amira Khan was born in Leeds and works nights',
  'She was born and raised in Durham',
  'The account was set up on 12/03/2008',
  'Account created 3 March 2007, never used since',
  'Mailbox set-up date: 2009-05-01',
  'Last logged in on 01/02/2009',
  'CQC location ID 1-100000003',
  'CQC location 1-101234567 and provider 1-102345678',
  'Call me on +44 (0)161 496 0000',
  'Tel: +44 (0) 1632 960 123',
  'Phone +44 161 496 0000',
  'Phone 0044 161 496 0000',
  'Mobile 07700 900123, landline 01632 960123',
  'Ticket INC9434765919',
  'Starts on 01/12/2026',
  'We called on 18 Nov 2026 at 14:30',
  'Sunrise House has 12 staff and 40 beds',
  'ODS code VN6C2',
];

describe('real-world phrasings', () => {
  test.each(shouldFlag)('flags %j as %s', (text, kind) => {
    expect(found(text, kind)).toBe(true);
  });

  test.each(shouldPass)('passes %j', (text) => {
    expect(scanPersonalData(text, now).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

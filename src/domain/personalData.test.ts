import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isValidNhsNumber, scanPersonalData } from './personalData';

const now = new Date('2026-11-20T10:00:00Z');
const kinds = (text: string) => scanPersonalData(text, now).map((f) => `${f.kind}:${f.severity}`);

/** Builds a valid NHS number from nine digits, or undefined when no check digit exists. */
function withCheckDigit(nine: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : nine + check;
}

describe('personal-data guard', () => {
  test('NHS numbers are recognised only when the check digit is right', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(kinds('NHS no 943 476 5919')).toEqual(['nhs-number:error']);
    expect(kinds('ref 943-476-5919.')).toEqual(['nhs-number:error']);
    expect(kinds('ref 9434765918')).toEqual([]);
  });

  test('mobiles, ticket numbers and landlines are not mistaken for NHS numbers', () => {
    expect(kinds('call 07700 900123 or 01632 960123')).toEqual([]);
    expect(kinds('ticket INC9434765919')).toEqual([]);
  });

  test('National Insurance numbers, in any case and spacing', () => {
    expect(kinds('NI: AB 12 34 56 C')).toEqual(['ni-number:error']);
    expect(kinds('ab123456c')).toEqual(['ni-number:error']);
    expect(kinds('GB123456A')).toEqual([]);
  });

  test('dates of birth: by keyword, or a date too old to be anything else', () => {
    expect(kinds('DOB 12/03/1985')).toEqual(['date-of-birth:error']);
    expect(kinds('date of birth: 1 March')).toEqual(['date-of-birth:error']);
    expect(kinds('born 3rd March 1979')).toEqual(['date-of-birth:error']);
    expect(kinds('Jane Smith 12/03/1985')).toEqual(['date-of-birth:error']);
    expect(kinds('Jane Smith 1985-03-12')).toEqual(['date-of-birth:error']);
    expect(kinds('Jane 12.3.85')).toEqual(['date-of-birth:error']);
  });

  test('ordinary dates pass', () => {
    expect(kinds('starts on 01/12/2026')).toEqual([]);
    expect(kinds('we called on 18 Nov 2026 at 14:30')).toEqual([]);
    expect(kinds('requested 2026-11-04, chased 4/11/26')).toEqual([]);
  });

  test('a postcode is only a warning', () => {
    expect(kinds('Sunrise House, DH1 3AB')).toEqual(['postcode:warning']);
    expect(kinds('lives at sw1a 1aa')).toEqual(['postcode:warning']);
  });

  test('property: every valid NHS number is caught, however it is spaced', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{8}$/), fc.constantFrom('', ' ', '-'), (nine, sep) => {
        const nhs = withCheckDigit(nine);
        fc.pre(nhs !== undefined);
        const text = `Patient ${nhs!.slice(0, 3)}${sep}${nhs!.slice(3, 6)}${sep}${nhs!.slice(6)} please`;
        expect(scanPersonalData(text, now).some((f) => f.kind === 'nhs-number')).toBe(true);
      }),
    );
  });
});

describe('at the edges: 00 numbers, months in full, years below 1000', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  const kinds = (text: string) => scanPersonalData(text, now).map((f) => `${f.kind}:${f.match}`);

  test('an international number with a one- or three-digit country code after 00 is not an NHS number', () => {
    expect(kinds('Call 001 943 476 5919 today')).toStrictEqual([]);
    expect(kinds('Call 00353 943 476 5919 today')).toStrictEqual([]);
    expect(kinds('Call 0044 943 476 5919 today')).toStrictEqual([]);
  });
  test('the same digits without the 00 prefix are an NHS number', () => {
    expect(kinds('Patient 943 476 5919 today')).toStrictEqual(['nhs-number:943 476 5919']);
  });
  test('month names written in full count, as abbreviations do', () => {
    expect(kinds('Seen 12 January 1960')).toStrictEqual(['date-of-birth:12 January 1960']);
    expect(kinds('Seen 3rd September 1975')).toStrictEqual(['date-of-birth:3rd September 1975']);
    expect(kinds('Seen 12 Jan 1960')).toStrictEqual(['date-of-birth:12 Jan 1960']);
  });
  test('a four-digit year below 1000 is still read as a (very old) date', () => {
    expect(kinds('Ref 0999-05-01')).toStrictEqual(['date-of-birth:0999-05-01']);
  });
});

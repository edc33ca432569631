// The personal-data guard, example by example: what it finds, what it reports, and where each rule
// stops (several examples per branch, so a changed rule fails a test).

import { describe, expect, test } from 'vitest';
import { isValidNhsNumber, normaliseForScan, personalDataMessage, scanPersonalData } from './personalData';

// Friday 20 November 2026: a date on or before 20 November 2010 is at least 16 years old.
const now = new Date('2026-11-20T10:00:00Z');
const scan = (text: string) => scanPersonalData(text, now).map((f) => `${f.kind}|${f.match}|${f.severity}`);
const dob = (text: string) =>
  scanPersonalData(text, now)
    .filter((f) => f.kind === 'date-of-birth')
    .map((f) => f.match);

describe('messages', () => {
  test('each kind says what to remove and why, quoting what was found', () => {
    expect(personalDataMessage({ kind: 'date-of-birth', match: 'DOB', severity: 'error' })).toBe(
      'Remove the date of birth ("DOB"). NAS never needs a date of birth for an account request.',
    );
    expect(personalDataMessage({ kind: 'nhs-number', match: '943 476 5919', severity: 'error' })).toBe(
      'Remove the NHS number (943 476 5919). NAS never needs NHS numbers for an account request.',
    );
    expect(personalDataMessage({ kind: 'ni-number', match: 'AB123456C', severity: 'error' })).toBe(
      'Remove the National Insurance number (AB123456C). NAS never needs it.',
    );
    expect(personalDataMessage({ kind: 'postcode', match: 'DH1 3AB', severity: 'warning' })).toBe(
      "This contains a postcode (DH1 3AB). Your site's address is fine, but do not include anyone's home address.",
    );
  });
});

describe('normalising before matching', () => {
  test.each([
    ['a\u00a0b', 'a b'],
    ['a\u202fb', 'a b'],
    ['a\u2009b', 'a b'],
    ['a\u3000b', 'a b'],
    ['a \t\n b', 'a b'],
    ['a\u200bb', 'ab'],
    ['a\u200cb', 'ab'],
    ['a\u200db', 'ab'],
    ['a\u2060b', 'ab'],
    ['a\ufeffb', 'ab'],
    ['a\u00adb', 'ab'],
    ['a\u2010b', 'a-b'],
    ['a\u2011b', 'a-b'],
    ['a\u2012b', 'a-b'],
    ['a\u2013b', 'a-b'],
    ['a\u2014b', 'a-b'],
    ['a\u2015b', 'a-b'],
    ['a\u2212b', 'a-b'],
    ['a\ufe63b', 'a-b'],
    ['a\uff0db', 'a-b'],
    ['a - b', 'a-b'],
    ['a -b', 'a-b'],
    ['a- b', 'a-b'],
    ['１２３', '123'],
    ['ＡＢ', 'AB'],
  ])('%j reads as %j', (raw, read) => {
    expect(normaliseForScan(raw)).toBe(read);
  });
});

describe('NHS numbers', () => {
  test('the check itself: exactly ten digits, nothing before or after', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('19434765919')).toBe(false);
    expect(isValidNhsNumber('9434765919x')).toBe(false);
    expect(isValidNhsNumber('x9434765919')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    // A check digit of 11 is written 0.
    expect(isValidNhsNumber('4010232137')).toBe(true);
    expect(isValidNhsNumber('0000000000')).toBe(true);
  });

  test('alone, at the start or at the end of the text', () => {
    expect(scan('9434765919')).toEqual(['nhs-number|9434765919|error']);
    expect(scan('9434765919 is the number')).toEqual(['nhs-number|9434765919|error']);
    expect(scan('the number is 9434765919')).toEqual(['nhs-number|9434765919|error']);
  });

  test('reported as written (after normalising), whichever grouping', () => {
    expect(scan('NHS 943 476 5919')).toEqual(['nhs-number|943 476 5919|error']);
    expect(scan('NHS 943-476-5919')).toEqual(['nhs-number|943-476-5919|error']);
    expect(scan('NHS 9434765919')).toEqual(['nhs-number|9434765919|error']);
    expect(scan('NHS 943476 5919')).toEqual(['nhs-number|943476 5919|error']);
    expect(scan('NHS 943\u00a0476\u00a05919')).toEqual(['nhs-number|943 476 5919|error']);
  });

  test('inside a longer run: the groups that make the number are reported', () => {
    expect(scan('Ext 12 943 476 5919')).toEqual(['nhs-number|943 476 5919|error']);
    expect(scan('ref 5 5 943 476 5919 7')).toContain('nhs-number|943 476 5919|error');
    expect(scan('two: 943 476 5919 401 023 2137')).toEqual(['nhs-number|943 476 5919|error', 'nhs-number|401 023 2137|error']);
  });

  test('a wrong check digit, eleven digits or nine digits are not NHS numbers', () => {
    expect(scan('943 476 5918')).toEqual([]);
    expect(scan('94347659190')).toEqual([]);
    expect(scan('943 476 591')).toEqual([]);
    // Digits joined to letters are codes, not numbers.
    expect(scan('X9434765919')).toEqual([]);
    expect(scan('9434765919X')).toEqual([]);
  });

  test('CQC IDs are "1-" and 8 to 11 digits; nothing else is taken for one', () => {
    expect(scan('1-9434765919')).toEqual([]);
    expect(scan('CQC 1-100000003')).toEqual([]);
    expect(scan('2-9434765919')).toEqual(['nhs-number|9434765919|error']);
    expect(scan('1-943 476 5919')).toEqual(['nhs-number|943 476 5919|error']);
    expect(scan('11-9434765919')).toEqual(['nhs-number|9434765919|error']);
    expect(scan('1-9434765919-1')).toEqual(['nhs-number|9434765919|error']);
  });

  test('phone numbers in international form are skipped; a UK number next to an NHS number is not', () => {
    expect(scan('+44 943 476 5919')).toEqual([]);
    expect(scan('+9434765919')).toEqual([]);
    expect(scan('0044 943 476 5919')).toEqual([]);
    expect(scan('00 943 476 5919')).toEqual(['nhs-number|943 476 5919|error']);
    expect(scan('(0)943 476 5919')).toEqual([]);
    expect(scan('(0) 943 476 5919')).toEqual([]);
    expect(scan('+44(0)9434765919')).toEqual([]);
    expect(scan('+353 (0) 943 476 5919')).toEqual([]);
    expect(scan('(1)943 476 5919')).toEqual(['nhs-number|943 476 5919|error']);
    expect(scan('tel 0161 943 476 5919')).toContain('nhs-number|943 476 5919|error');
  });
});

describe('National Insurance numbers and postcodes', () => {
  test('NI numbers reported as written, with or without spaces, any case', () => {
    expect(scan('AB123456C')).toEqual(['ni-number|AB123456C|error']);
    expect(scan('ab 12 34 56 d')).toEqual(['ni-number|ab 12 34 56 d|error']);
    expect(scan('NI:AB123456A.')).toEqual(['ni-number|AB123456A|error']);
    expect(scan('AB123456E')).toEqual([]);
    expect(scan('AB12345C')).toEqual([]);
    expect(scan('XAB123456C')).toEqual([]);
    expect(scan('AB123456CX')).toEqual([]);
  });

  test('postcodes are warnings, reported as written', () => {
    expect(scan('DH1 3AB')).toEqual(['postcode|DH1 3AB|warning']);
    expect(scan('gir 0aa')).toEqual(['postcode|gir 0aa|warning']);
    expect(scan('GIR0AA')).toEqual(['postcode|GIR0AA|warning']);
    expect(scan('EC1A1BB')).toEqual(['postcode|EC1A1BB|warning']);
    expect(scan('W1A 0AX,')).toEqual(['postcode|W1A 0AX|warning']);
    expect(scan('XDH1 3AB')).toEqual([]);
    expect(scan('DH1 3ABX')).toEqual([]);
  });

  test('findings come in order: date of birth, NHS numbers, NI numbers, postcodes', () => {
    expect(scan('DH1 3AB AB123456C 943 476 5919 DOB')).toEqual([
      'date-of-birth|DOB|error',
      'nhs-number|943 476 5919|error',
      'ni-number|AB123456C|error',
      'postcode|DH1 3AB|warning',
    ]);
  });
});

describe('dates of birth by keyword', () => {
  test.each([
    ['DOB 1/1/2000', 'DOB'],
    ['dob: unknown', 'dob'],
    ['D.O.B.', 'D.O.B.'],
    ['d o b', 'd o b'],
    ['Date of birth: 1 March', 'Date of birth'],
    ['date  of  birth', 'date of birth'],
    ['birthdate 1/1/2001', 'birthdate'],
    ['birth date', 'birth date'],
    ['her birthday is in May', 'birthday'],
    ['born on the 4th', 'born'],
    ['born 4/7/2001', 'born'],
    ['born in March 2001', 'born'],
    ['born Mar. 3 2001', 'born'],
    ['born 12 May', 'born'],
  ])('%j is a date of birth (%j)', (text, match) => {
    expect(dob(text)).toEqual([match]);
  });

  test.each([
    'born in Leeds',
    'born and raised',
    'born in the spring',
    'stubborn 1990',
    'reborn on Monday',
    'Adobe 1/1/2020',
    'dobbin',
    'newborn',
    'born',
    'born in Mayfield',
  ])('%j is not', (text) => {
    expect(dob(text)).toEqual([]);
  });
});

describe('dates of birth by age: 16 years or more before today', () => {
  test('the boundary is exactly 16 years (20 November 2010 on 20 November 2026)', () => {
    expect(dob('Jane 20/11/2010')).toEqual(['20/11/2010']);
    expect(dob('Jane 21/11/2010')).toEqual([]);
    expect(dob('Jane 2010-11-20')).toEqual(['2010-11-20']);
    expect(dob('Jane 2010-11-21')).toEqual([]);
    expect(dob('Jane 20 Nov 2010')).toEqual(['20 Nov 2010']);
    expect(dob('Jane 21 November 2010')).toEqual([]);
  });

  test('two-digit years: up to next year are this century, later ones the last', () => {
    expect(dob('Jane 1/1/27')).toEqual([]);
    expect(dob('Jane 1/1/28')).toEqual(['1/1/28']);
    expect(dob('Jane 20.11.10')).toEqual(['20.11.10']);
    expect(dob('Jane 21.11.10')).toEqual([]);
    expect(dob('Jane 3rd Mar 85')).toEqual(['3rd Mar 85']);
    expect(dob('Jane 1-1-99')).toEqual(['1-1-99']);
  });

  test('day first; month names in any case, short or long, with or without a full stop or comma', () => {
    expect(dob('Jane 13/01/1990')).toEqual(['13/01/1990']);
    expect(dob('Jane 01/13/1990')).toEqual([]);
    expect(dob('Jane 31/02/1990')).toEqual([]);
    expect(dob('Jane 1st JANUARY 1990')).toEqual(['1st JANUARY 1990']);
    expect(dob('Jane 2nd feb. 1990')).toEqual(['2nd feb. 1990']);
    expect(dob('Jane 3 March, 1990')).toEqual(['3 March, 1990']);
    expect(dob('Jane 4th Dec 1990')).toEqual(['4th Dec 1990']);
    expect(dob('Jane 5 Foo 1990')).toEqual([]);
    expect(dob('Jane 1990-13-01')).toEqual([]);
    expect(dob('Jane 11990-01-01')).toEqual([]);
    expect(dob('Jane 1/1/19901')).toEqual([]);
  });

  test('at the very start or end of the text', () => {
    expect(dob('12/03/1985')).toEqual(['12/03/1985']);
    expect(dob('1985-03-12')).toEqual(['1985-03-12']);
    expect(dob('12 March 1985')).toEqual(['12 March 1985']);
    expect(dob('12/03/1985x')).toEqual(['12/03/1985']);
    expect(dob('x12/03/1985')).toEqual(['12/03/1985']);
    expect(dob('112/03/1985')).toEqual([]);
    expect(dob('12/03/19850')).toEqual([]);
    expect(dob('12/003/1985')).toEqual([]);
    expect(dob('12-03-1985')).toEqual(['12-03-1985']);
    expect(dob('12/03-1985')).toEqual(['12/03-1985']);
    expect(dob('12x03x1985')).toEqual([]);
    expect(dob('1985/03/12')).toEqual([]);
    expect(dob('19850-03-12')).toEqual([]);
    expect(dob('1985-03-120')).toEqual([]);
    expect(dob('1985-3-12')).toEqual([]);
    expect(dob('12th of March 1985')).toEqual([]);
    expect(dob('12 March 19850')).toEqual([]);
  });

  test('only the words before a date can explain it, not words after', () => {
    expect(dob('Jane 12/03/1985, new account')).toEqual(['12/03/1985']);
    expect(dob('Jane 1985-03-12 started')).toEqual(['1985-03-12']);
  });

  test('the first old date is the one reported', () => {
    expect(dob('on 1/1/2025 Jane 1/1/1980 or 2/2/1981')).toEqual(['1/1/1980']);
  });

  test.each([
    'set up',
    'setup',
    'set-up',
    'created',
    'opened',
    'registered',
    'issued',
    'activated',
    'since',
    'started',
    'joined',
    'employed',
    'account',
    'last used',
    'last logged',
    'last signed',
    'logged in',
    'signed in',
  ])('a date explained by "%s" just before it is not a date of birth', (words) => {
    expect(dob(`Mailbox ${words} 12/03/2008`)).toEqual([]);
    expect(dob(`Mailbox ${words} on 2008-03-12`)).toEqual([]);
    expect(dob(`Mailbox ${words} 12 March 2008`)).toEqual([]);
  });

  test('the explanation must be close (within a few words) and in the same sentence', () => {
    expect(dob('Account for the new starter Jane Smith 12/03/1985')).toEqual(['12/03/1985']);
    expect(dob('Account set up. Jane 12/03/1985')).toEqual(['12/03/1985']);
    expect(dob('Account set up\nJane 12/03/1985')).toEqual([]);
    expect(dob('Created by 12/03/1985')).toEqual([]);
    expect(dob('recreated 12/03/1985')).toEqual([]);
  });
});

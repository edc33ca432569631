// Each wording the personal-data guard knows for a date of birth, and the words around a date that
// say it is something else: every part of each wording (the optional dots and spaces, the month
// names, the words after "born"), with its near misses.

import { describe, expect, test } from 'vitest';
import { scanPersonalData } from './personalData';

const now = new Date('2026-11-20T10:00:00Z');
const dateOfBirth = (text: string) => scanPersonalData(text, now).find((f) => f.kind === 'date-of-birth')?.match;

describe('a date of birth named in words', () => {
  test.each([
    ['DOB: not known', 'DOB'],
    ['Her D.O.B. is on file', 'D.O.B.'],
    ['her d o b is on file', 'd o b'],
    ['her d.o b is on file', 'd.o b'],
    ['Date of birth: see form', 'Date of birth'],
    ['date   of\tbirth: see form', 'date of birth'],
    ['Birth date: see form', 'Birth date'],
    ['Birthdate: see form', 'Birthdate'],
    ['(birthday on file)', 'birthday'],
  ])('"%s" names a date of birth (%s)', (text, match) => {
    expect(dateOfBirth(text)).toBe(match);
  });

  test('"born" counts only when a day or a date follows it', () => {
    expect(dateOfBirth('She was born on the third')).toBe('born');
    expect(dateOfBirth('born 3/3/85')).toBe('born');
    expect(dateOfBirth('born in March 1985')).toBe('born');
    expect(dateOfBirth('born in Mar. 85')).toBe('born');
    expect(dateOfBirth('born Sept 1990')).toBe('born');
    expect(dateOfBirth('born in 1985')).toBe('born');
    expect(dateOfBirth('born in Leeds')).toBeUndefined();
    expect(dateOfBirth('born in March')).toBeUndefined();
    expect(dateOfBirth('born and raised here')).toBeUndefined();
    expect(dateOfBirth('born3 here')).toBeUndefined();
    expect(dateOfBirth('born once')).toBeUndefined();
  });

  test('the words count only as whole words', () => {
    expect(dateOfBirth('doby street')).toBeUndefined();
    expect(dateOfBirth('adobe reader')).toBeUndefined();
    expect(dateOfBirth('Cobborn on the map')).toBeUndefined();
    expect(dateOfBirth('birthdays party')).toBeUndefined();
  });
});

describe('a date old enough to be a date of birth', () => {
  test.each([
    ['Start 12/03/1985', '12/03/1985'],
    ['Start 1/3/85', '1/3/85'],
    ['Start 12.03.1985', '12.03.1985'],
    ['Start 12-3-1985', '12-3-1985'],
    ['1985-03-12 was the day', '1985-03-12'],
    ['x1985-03-12', '1985-03-12'],
    ['12/03/1985', '12/03/1985'],
    ['3 March 1985', '3 March 1985'],
    ['3rd Mar. 85', '3rd Mar. 85'],
    ['21st December, 1990', '21st December, 1990'],
  ])('"%s" holds one (%s)', (text, match) => {
    expect(dateOfBirth(text)).toBe(match);
  });

  test.each(['January', 'Feb', 'Mar', 'April', 'May', 'June', 'Jul', 'August', 'Sept', 'October', 'Nov', 'December'])(
    'a date written with the month "%s" is read as that month',
    (month) => {
      expect(dateOfBirth(`Start 15 ${month} 1985`)).toBe(`15 ${month} 1985`);
    },
  );

  test('numbers that only look like dates are not dates of birth', () => {
    expect(dateOfBirth('Call 112/03/1985')).toBeUndefined();
    expect(dateOfBirth('Ref 12/03/19851')).toBeUndefined();
    expect(dateOfBirth('Ref 12/03/1')).toBeUndefined();
    expect(dateOfBirth('Ref 119850-03-12')).toBeUndefined();
    expect(dateOfBirth('Ref 1985-03-123')).toBeUndefined();
    expect(dateOfBirth('Ref 1985-3-12')).toBeUndefined();
    expect(dateOfBirth('Ref 12 03 1985')).toBeUndefined();
    expect(dateOfBirth('3 March')).toBeUndefined();
    expect(dateOfBirth('13 March 19855')).toBeUndefined();
  });

  test('a recent date is not one', () => {
    expect(dateOfBirth('Start 12/03/2026')).toBeUndefined();
    expect(dateOfBirth('3 March 2026')).toBeUndefined();
  });

  test.each([
    'Account set up 12/03/2005',
    'account setup on 12/03/2005',
    'Set-up 12/03/2005',
    'created 12/03/2005',
    'Started on 12/03/2005',
    'joined us 12/03/2005',
    'employed since 12/03/2005',
    'Last used 12/03/2005',
    'last logged in 12/03/2005',
    'last signed in 12/03/2005',
    'logged in 12/03/2005',
  ])('"%s": the words before the date say what it is', (text) => {
    expect(dateOfBirth(text)).toBeUndefined();
  });

  test('those words explain a date only within the same sentence, a short way before it', () => {
    expect(dateOfBirth('Account created. Carer 12/03/1985')).toBe('12/03/1985');
    expect(dateOfBirth('Account created for the new carer on her first week 12/03/1985')).toBe('12/03/1985');
    expect(dateOfBirth('Account created 12/03/1985, carer')).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatMobile, mobileError, mobileWarning, normaliseMobile, repairMobile } from './mobile';

describe('mobile numbers', () => {
  test.each([
    ['07700 900123', '07700900123'],
    ['07700-900-123', '07700900123'],
    ['(07700) 900.123', '07700900123'],
    ['+44 7700 900123', '07700900123'],
    ['+44 (0) 7700 900123', '07700900123'],
    ['0044 7700 900123', '07700900123'],
    ['44 7700 900123', '07700900123'],
  ])('%s becomes %s', (input, expected) => {
    expect(normaliseMobile(input)).toBe(expected);
    expect(mobileError(normaliseMobile(input))).toBeUndefined();
  });

  test('says what is wrong with numbers NHSmail cannot use', () => {
    expect(mobileError('')).toMatch(/Enter a mobile/);
    expect(mobileError(normaliseMobile('01632 960123'))).toMatch(/not a mobile/);
    expect(mobileError(normaliseMobile('+33 6 12 34 56 78'))).toMatch(/UK mobile/);
    expect(mobileError(normaliseMobile('0770090012'))).toMatch(/11 digits; this one has 10/);
    expect(mobileError(normaliseMobile('07700 9001ab'))).toMatch(/only contain numbers/);
  });

  test('an empty number, and digits that are no kind of phone number, are asked for as a mobile starting 07', () => {
    const ask = 'Enter a mobile number starting 07, like 07700 900123';
    expect(mobileError('')).toBe(ask);
    expect(mobileError(normaliseMobile('   '))).toBe(ask);
    expect(mobileError(normaliseMobile('12345'))).toBe(ask);
    expect(mobileError(normaliseMobile('999'))).toBe(ask);
  });

  test('070 personal numbers and 076 pagers are warnings; 07624 (Isle of Man) is not', () => {
    expect(mobileWarning('07012345678')).toMatch(/personal \(070\)/);
    expect(mobileWarning('07612345678')).toMatch(/pager/);
    expect(mobileWarning('07624123456')).toBeUndefined();
    expect(mobileWarning('07700900123')).toBeUndefined();
  });

  test('shows numbers as 07700 900123', () => {
    expect(formatMobile('07700900123')).toBe('07700 900123');
    expect(formatMobile('12345')).toBe('12345');
  });

  test('property: normalising is idempotent, and formatting round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(\+44|0044|44)? ?\(?0?\)? ?7[0-9 .-]{8,14}$/)), (raw) => {
        const once = normaliseMobile(raw);
        expect(normaliseMobile(once)).toBe(once);
        expect(normaliseMobile(formatMobile(once))).toBe(once);
      }),
    );
  });
});

const lostNote = 'The leading 0 was missing, so it now reads 07700 900124. Check it is right.';

describe('repairMobile: Excel’s scientific notation', () => {
  test.each(['7.700900124E+09', '7.700900124e+09', '7.700900124E09', '7.700900124E+9', '7.700900124E9', ' 7.700900124E+09 '])(
    '%j becomes 07700900124',
    (input) => {
      expect(repairMobile(input)).toStrictEqual({ value: '07700900124', note: lostNote });
    },
  );
  test.each(['17.700900124E+09', '7.700900124E+091', '7.700900124E+10', '7.70090012E+09', '8.700900124E+09'])(
    '%j is not repaired',
    (input) => {
      expect(repairMobile(input)).toBeUndefined();
    },
  );
});

describe('mobileError: each message for its case', () => {
  const start = 'Enter a mobile number starting 07, like 07700 900123';
  test.each(['', '12345', '7123', '77009001234', '107700900123'])('%j: enter a number starting 07', (input) => {
    expect(mobileError(input)).toBe(start);
  });
  test('a plus inside the digits is not an overseas prefix', () => {
    expect(mobileError('0770090012+3')).toBe('A mobile number starting 07 has 11 digits; this one has 12.');
  });
  test('overseas numbers', () => {
    expect(mobileError('+33612345678')).toBe('NHSmail needs a UK mobile number starting 07. Overseas numbers cannot be used.');
    expect(mobileError('0033612345678')).toBe('NHSmail needs a UK mobile number starting 07. Overseas numbers cannot be used.');
  });
  test('ten digits starting 7 lost their 0; eleven starting 7 did not', () => {
    expect(mobileError('7700900123')).toBe('This mobile number has lost its leading 0. Enter it starting 07, like 07700 900123');
    expect(mobileError('77009001234')).toBe(start);
  });
  test('07 with the wrong length', () => {
    expect(mobileError('0770090012')).toBe('A mobile number starting 07 has 11 digits; this one has 10.');
    expect(mobileError('077009001234')).toBe('A mobile number starting 07 has 11 digits; this one has 12.');
  });
});

describe('mobileWarning: only a leading 070 or 076 counts', () => {
  test('070 and 076 at the start', () => {
    expect(mobileWarning('07012345678')).toBe('07012 345678 is a personal (070) number, not a mobile. Check it receives text messages.');
    expect(mobileWarning('07612345678')).toBe('07612 345678 looks like a pager (076) number. Check it receives text messages.');
  });
  test('07624 (Isle of Man mobiles) is not a pager', () => {
    expect(mobileWarning('07624123456')).toBeUndefined();
  });
  test('070, 076 or 07624 later in the number change nothing', () => {
    expect(mobileWarning('07712070123')).toBeUndefined();
    expect(mobileWarning('07712076123')).toBeUndefined();
    expect(mobileWarning('07607624123')).toBe('07607 624123 looks like a pager (076) number. Check it receives text messages.');
  });
});

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatMobile, mobileError, mobileWarning, normaliseMobile } from './mobile';

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

// Checks ODS code normalising and the dental-code warnings.
import { describe, expect, test } from 'vitest';
import { normaliseOdsCode, odsPatternWarning } from './ods';

describe('normaliseOdsCode', () => {
  test('trimmed and in capitals', () => {
    expect(normaliseOdsCode(' vn6c2 ')).toBe('VN6C2');
    expect(normaliseOdsCode('\tfh542\n')).toBe('FH542');
  });
});

describe('odsPatternWarning', () => {
  test('a dental code in the NHS Dental Services form (V0 and five digits) is named as such', () => {
    expect(odsPatternWarning('dental', 'V025604')).toBe(
      'V025604 looks like the NHS Dental Services form of a dental code; ODS usually writes it without the 0 after the V (V25604).',
    );
  });
  test('only the whole code, and only for dental practices', () => {
    expect(odsPatternWarning('dental', 'XV025604')).toBe(
      'XV025604 is not the usual shape for a dental practice ODS code (V followed by 5 or 6 numbers, like V25604). Check it is right.',
    );
    expect(odsPatternWarning('dental', 'V0256041')).toBe(
      'V0256041 is not the usual shape for a dental practice ODS code (V followed by 5 or 6 numbers, like V25604). Check it is right.',
    );
    expect(odsPatternWarning('care', 'V025604')).toBe(
      'V025604 is not the usual shape for a care site ODS code (V followed by 4 letters or numbers, like VN6C2). Check it is right.',
    );
    expect(odsPatternWarning('dental', 'V25604')).toBeUndefined();
  });
});

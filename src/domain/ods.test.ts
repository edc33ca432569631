// Checks ODS code normalising and the dental-code warnings.
import { describe, expect, test } from 'vitest';
import { normaliseOdsCode, odsPatternWarning, sectorsForCode } from './ods';

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

describe('odsPatternWarning judges the whole code, not a part of it', () => {
  const notUsual = (code: string, noun: string, shape: string) =>
    `${code} is not the usual shape for a ${noun} ODS code (${shape}). Check it is right.`;
  const care = 'V followed by 4 letters or numbers, like VN6C2';
  const pharmacy = 'F followed by 4 letters or numbers, like FH542';
  const optometry = '5 letters or numbers, like TP66J';

  test('a care code with something before the V is not the usual shape', () => {
    expect(odsPatternWarning('care', 'VN6C2')).toBeUndefined();
    expect(odsPatternWarning('care', 'XVN6C2')).toBe(notUsual('XVN6C2', 'care site', care));
    expect(odsPatternWarning('care', 'CARE.VN6C2')).toBe(notUsual('CARE.VN6C2', 'care site', care));
  });

  test('a pharmacy code with a character before the F or after the fourth is not the usual shape', () => {
    expect(odsPatternWarning('pharmacy', 'FH542')).toBeUndefined();
    expect(odsPatternWarning('pharmacy', 'XFH542')).toBe(notUsual('XFH542', 'pharmacy', pharmacy));
    expect(odsPatternWarning('pharmacy', 'FH5422')).toBe(notUsual('FH5422', 'pharmacy', pharmacy));
    expect(odsPatternWarning('pharmacy', 'FH542A')).toBe(notUsual('FH542A', 'pharmacy', pharmacy));
  });

  test('an optometry code of six characters is not the usual shape, whichever end the extra one is at', () => {
    expect(odsPatternWarning('optometry', 'TP66J')).toBeUndefined();
    expect(odsPatternWarning('optometry', 'N7U5Q')).toBeUndefined();
    expect(odsPatternWarning('optometry', '1TP66J')).toBe(notUsual('1TP66J', 'optometry practice', optometry));
    expect(odsPatternWarning('optometry', 'TP66J1')).toBe(notUsual('TP66J1', 'optometry practice', optometry));
    expect(odsPatternWarning('optometry', 'TP66JX')).toBe(notUsual('TP66JX', 'optometry practice', optometry));
  });
});

describe('sectorsForCode reads the sector from the shape of the whole code', () => {
  test('the usual shapes, typed with spaces and in lower case', () => {
    expect(sectorsForCode(' vn6c2 ')).toEqual(['care']);
    expect(sectorsForCode(' fh542 ')).toEqual(['pharmacy']);
    expect(sectorsForCode(' v25604 ')).toEqual(['dental']);
    expect(sectorsForCode('v256041')).toEqual(['dental']);
    expect(sectorsForCode('tp66j')).toEqual(['optometry']);
    expect(sectorsForCode('n7u5q')).toEqual(['optometry']);
    // V then four digits: a care code or a dental one.
    expect(sectorsForCode('V2560')).toEqual(['care']);
    expect(sectorsForCode('V9N7F')).toEqual(['care', 'optometry']);
  });

  test('a care code with a character before it says no sector', () => {
    expect(sectorsForCode('XVN6C2')).toEqual([]);
    expect(sectorsForCode('1VN6C2')).toEqual([]);
  });

  test('a pharmacy code with a character before or after it says no sector', () => {
    expect(sectorsForCode('XFH542')).toEqual([]);
    expect(sectorsForCode('FH5422')).toEqual([]);
    expect(sectorsForCode('FH542B')).toEqual([]);
  });

  test('a dental code with a character before or after it says no sector', () => {
    expect(sectorsForCode('XV25604')).toEqual([]);
    expect(sectorsForCode('V25604X')).toEqual([]);
    expect(sectorsForCode('V2560412')).toEqual([]);
  });

  test('an optometry code with a character before or after it says no sector', () => {
    expect(sectorsForCode('1TP66J')).toEqual([]);
    expect(sectorsForCode('TP66J1')).toEqual([]);
    expect(sectorsForCode('AN7U5Q')).toEqual([]);
    expect(sectorsForCode('N7U5QA')).toEqual([]);
  });
});

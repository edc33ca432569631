// abbreviations.ts: which comes first, the abbreviation or its full name.
import { describe, expect, test } from 'vitest';
import { spellOutFirst, unexplainedAbbreviations } from './abbreviations';

describe('first use within one text', () => {
  test('the abbreviation before the full name in the same text is unexplained, and spelled out', () => {
    expect(unexplainedAbbreviations(['Ask NAS; the National Administration Service answers.'])).toEqual(['NAS']);
    expect(spellOutFirst(['Ask NAS; the National Administration Service answers.'])).toEqual([
      'Ask National Administration Service (NAS); the National Administration Service answers.',
    ]);
  });
  test('the full name before the abbreviation in the same text is fine, and left alone', () => {
    expect(unexplainedAbbreviations(['The Organisation Data Service (ODS) code, then ODS again.'])).toEqual([]);
    expect(spellOutFirst(['The Data Security and Protection Toolkit, or DSPT.'])).toEqual([
      'The Data Security and Protection Toolkit, or DSPT.',
    ]);
  });
  test('across texts, the earlier text counts first whatever the position', () => {
    expect(unexplainedAbbreviations(['Long text before ODS', 'Organisation Data Service'])).toEqual(['ODS']);
    expect(unexplainedAbbreviations(['Organisation Data Service', 'ODS'])).toEqual([]);
    expect(unexplainedAbbreviations(['x', 'x DSPT', 'Data Security and Protection Toolkit'])).toEqual(['DSPT']);
  });
  test('every abbreviation is named by its short form, in the table order', () => {
    expect(unexplainedAbbreviations(['DSPT, ODS and NAS'])).toEqual(['NAS', 'ODS', 'DSPT']);
  });
});

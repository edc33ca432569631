import { describe, expect, test } from 'vitest';
import { scanPersonalData } from './personalData';

const now = new Date('2026-11-30T10:00:00Z');
const kinds = (text: string) => scanPersonalData(text, now).map((f) => `${f.kind}:${f.match}`);

describe('personal data: pinned cases', () => {
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

import { describe, expect, test } from 'vitest';
import { cleanInstant, cleanLine, cleanText } from './message';

describe('cleanLine and cleanText', () => {
  test('anything but a string is empty text', () => {
    for (const v of [undefined, null, 42, { a: 1 }, ['a']]) {
      expect(cleanLine(v, 10)).toBe('');
      expect(cleanText(v, 10)).toBe('');
    }
  });
  test('only the start of a huge value is read: four times the limit for a line, twice for text', () => {
    expect(cleanLine(`${'\u200b'.repeat(40)}Jane`, 10)).toBe('');
    expect(cleanLine(`${'\u200b'.repeat(39)}Jane`, 10)).toBe('J');
    expect(cleanText(`${'\u200b'.repeat(20)}Jane`, 10)).toBe('');
    expect(cleanText(`${'\u200b'.repeat(19)}Jane`, 10)).toBe('J');
  });
  test('a line: runs of whitespace become one space', () => {
    expect(cleanLine('Jane  \t Smith\n\nx', 50)).toBe('Jane Smith x');
  });
  test('text: CR LF and a lone CR become LF; runs of spaces, tabs and no-break spaces one space', () => {
    expect(cleanText('a\r\nb\rc\nd', 50)).toBe('a\nb\nc\nd');
    expect(cleanText('a  \t\u00a0 b\n\nc', 50)).toBe('a b\n\nc');
  });
});

describe('cleanInstant', () => {
  test('a date alone is taken as midday UTC', () => {
    expect(cleanInstant('2026-11-20')).toBe('2026-11-20T12:00:00.000Z');
  });
  test('a space may stand for the T', () => {
    expect(cleanInstant('2026-11-20 10:15:00Z')).toBe('2026-11-20T10:15:00.000Z');
  });
  test('offsets with or without a colon', () => {
    expect(cleanInstant('2026-11-20T10:00:00+01:00')).toBe('2026-11-20T09:00:00.000Z');
    expect(cleanInstant('2026-11-20T10:00:00+0100')).toBe('2026-11-20T09:00:00.000Z');
    expect(cleanInstant('2026-11-20T10:00:00-05:30')).toBe('2026-11-20T15:30:00.000Z');
  });
  test('a time without a zone is still an instant', () => {
    expect(cleanInstant('2026-11-20T10:00:00')).toMatch(/^2026-11-2\dT\d\d:00:00\.000Z$/);
  });
  test('anything not in ISO form is refused, even what Date.parse would take', () => {
    for (const v of [
      '20 November 2026',
      'Fri 2026-11-20',
      '12026-11-20',
      '2026-11-20 junk',
      '2026-11-20,',
      '2026-11-20(x)',
      '2026-11-20T10:00:00+01',
      'x',
    ]) {
      expect(cleanInstant(v), v).toBeUndefined();
    }
  });
});

// Pin tests for text.ts: surrogate pairs at the edges of their ranges, line breaks and cutting.
import { describe, expect, test } from 'vitest';
import { cleanText, limitText } from './text';

describe('cleanText: surrogates', () => {
  test('pairs at both ends of the low range are kept', () => {
    expect(cleanText('a\uD83D\uDC00b')).toBe('a\uD83D\uDC00b');
    expect(cleanText('a\uD83D\uDFFFb')).toBe('a\uD83D\uDFFFb');
    expect(cleanText('a\uDBFF\uDC00b')).toBe('a\uDBFF\uDC00b');
  });
  test('a high surrogate followed by anything but a low one is dropped, the next character kept', () => {
    expect(cleanText('\uD83D\uFFFD')).toBe('\uFFFD');
    expect(cleanText('\uD83Dx')).toBe('x');
  });
  test('lone low surrogates at both ends of the range are dropped', () => {
    expect(cleanText('a\uDC00b')).toBe('ab');
    expect(cleanText('a\uDFFFb')).toBe('ab');
  });
  test('characters above the surrogates are kept', () => {
    expect(cleanText('a\uFFFDb\uE000c')).toBe('a\uFFFDb\uE000c');
    expect(cleanText('a\uFFFDb', { multiline: true })).toBe('a\uFFFDb');
  });
});

describe('cleanText: line breaks', () => {
  test('on one line, a run of breaks and tabs becomes one space', () => {
    expect(cleanText('a\r\nb')).toBe('a b');
    expect(cleanText('a\t\t\nb')).toBe('a b');
    expect(cleanText('a\u2028\u2029b')).toBe('a b');
  });
  test('multi-line: CR LF, a lone CR, NEL and the separators each become one line break; a tab a space', () => {
    expect(cleanText('a\r\nb', { multiline: true })).toBe('a\nb');
    expect(cleanText('a\rb', { multiline: true })).toBe('a\nb');
    expect(cleanText('a\r\rb', { multiline: true })).toBe('a\n\nb');
    expect(cleanText('a\u0085b\u2028c', { multiline: true })).toBe('a\nb\nc');
    expect(cleanText('a\tb', { multiline: true })).toBe('a b');
  });
});

describe('limitText', () => {
  test('a cut that would leave half a pair cuts before the pair', () => {
    expect(limitText('\uD800\uDC00', 1)).toEqual({ value: '', cut: true });
    expect(limitText('a\uDBFF\uDFFF', 2)).toEqual({ value: 'a', cut: true });
    expect(limitText('a\uD83D\uDE00b', 2)).toEqual({ value: 'a', cut: true });
  });
  test('a cut after any other character keeps it', () => {
    expect(limitText('ab\uFFFDc', 3)).toEqual({ value: 'ab\uFFFD', cut: true });
    expect(limitText('ab\uE000c', 3)).toEqual({ value: 'ab\uE000', cut: true });
    expect(limitText('a\uD83D\uDE00b', 3)).toEqual({ value: 'a\uD83D\uDE00', cut: true });
  });
});

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanText, cutMessage, limitText } from './text';

describe('cleanText', () => {
  test.each([
    ['right-to-left override', 'Sun\u202Erise', 'Sunrise'],
    ['left-to-right embedding and pop', '\u202ASunrise\u202C', 'Sunrise'],
    ['isolates', '\u2066Sunrise\u2069', 'Sunrise'],
    ['zero-width space, joiner, non-joiner, BOM', 'Sun\u200Bri\u200Cs\u200De\uFEFF', 'Sunrise'],
    ['C0 controls', 'Sun\u0000ri\u0007se\u001B', 'Sunrise'],
    ['C1 controls, NEL among them', 'Sun\u0085rise\u009B', 'Sun rise'],
    ['DEL', 'Sun\u007Frise', 'Sunrise'],
    ['lone high surrogate', 'Sun\uD83Drise', 'Sunrise'],
    ['lone low surrogate', 'Sun\uDE00rise', 'Sunrise'],
    ['a real pair is kept', 'Sun 😀', 'Sun 😀'],
    ['NFC: e + combining acute becomes é', 'Rene\u0301e', 'Renée'],
    ['line breaks in one-line text become spaces', 'Jane\nSmith', 'Jane Smith'],
    ['line separator', 'Jane\u2028Smith', 'Jane Smith'],
    ['an accent split from its letter by a zero-width space', 'Rene\u200B\u0301e', 'Renée'],
  ])('%s', (_, input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  test('multi-line text keeps its lines, in one form (\\n), and loses the rest', () => {
    expect(cleanText('one\r\ntwo\u2028three\u0085four\u202E\u0000', { multiline: true })).toBe('one\ntwo\nthree\nfour');
  });

  test('property: nothing of category Cc or Cf, and no lone surrogate, survives; the result is NFC', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (s, multiline) => {
        const out = cleanText(s, { multiline });
        const allowed = multiline ? /^[^\p{Cf}]*$/u : /^[^\p{Cc}\p{Cf}]*$/u;
        expect(out).toMatch(allowed);
        if (multiline) expect(out.replace(/\n/g, '')).toMatch(/^[^\p{Cc}]*$/u);
        // encodeURIComponent throws on a lone surrogate.
        expect(() => encodeURIComponent(out)).not.toThrow();
        expect(out).toBe(out.normalize('NFC'));
      }),
    );
  });
});

test('limitText cuts at the limit, never in the middle of a character, and says it cut', () => {
  expect(limitText('abc', 3)).toEqual({ value: 'abc', cut: false });
  expect(limitText('abcd', 3)).toEqual({ value: 'abc', cut: true });
  expect(limitText('ab😀', 3)).toEqual({ value: 'ab', cut: true });
  expect(cutMessage(70)).toBe('Only the first 70 characters were kept: this box takes no more.');
});

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

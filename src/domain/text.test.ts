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

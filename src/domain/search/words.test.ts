// words.ts: how text splits into words and how words are stemmed.
import { describe, expect, test } from 'vitest';
import { stem, words } from './words';

describe('words', () => {
  test('accents are dropped, not turned into other letters', () => {
    expect(words('Café naïve Zoë')).toEqual(['cafe', 'naive', 'zoe']);
  });
  test('runs of other characters split once, with no empty words', () => {
    expect(words('  new -- starter!!  ')).toEqual(['new', 'starter']);
    expect(words("can't log-in")).toEqual(['cant', 'log', 'in']);
  });
});

describe('stem', () => {
  test('"ies" becomes "y" on words of six letters or more', () => {
    expect(stem('parties')).toBe('party');
    expect(stem('queries')).toBe('query');
    expect(stem('dries')).toBe('drie');
  });
  test('"ing" is dropped from words of six letters or more', () => {
    expect(stem('leaving')).toBe('leav');
    expect(stem('sending')).toBe('send');
    expect(stem('bring')).toBe('bring');
  });
  test('"ed" is dropped', () => {
    expect(stem('locked')).toBe('lock');
    expect(stem('added')).toBe('add');
  });
  test('"es" after ch, sh, ss, x or z is dropped, only at the end', () => {
    expect(stem('boxes')).toBe('box');
    expect(stem('churches')).toBe('church');
    expect(stem('wishes')).toBe('wish');
    expect(stem('passes')).toBe('pass');
    expect(stem('buzzes')).toBe('buzz');
    expect(stem('boxestop')).toBe('boxestop');
  });
  test('a plain "s" is dropped, but not from "ss" or "us"', () => {
    expect(stem('users')).toBe('user');
    expect(stem('usages')).toBe('usag');
    expect(stem('status')).toBe('status');
    expect(stem('access')).toBe('access');
    expect(stem('accounts')).toBe('account');
  });
});

// host.ts: the WCAG luminance that picks light or dark, and the prefixed store's fallbacks.
import { afterEach, describe, expect, test } from 'vitest';
import { HostError, luminance, memoryStorage, prefixedStorage, themeFromBackground } from './host';

afterEach(() => localStorage.clear());

/** A Storage whose every call throws, as a blocked or full localStorage does. */
function throwingStorage(): Storage & { calls: string[] } {
  const calls: string[] = [];
  const fail = (name: string) => () => {
    calls.push(name);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    calls,
    length: 0,
    clear: fail('clear'),
    key: fail('key'),
    getItem: fail('getItem'),
    setItem: fail('setItem'),
    removeItem: fail('removeItem'),
  };
}

describe('luminance (WCAG relative luminance of #rrggbb)', () => {
  test('white is 1, black is 0, with or without the # and surrounding spaces', () => {
    expect(luminance('#ffffff')).toBe(1);
    expect(luminance('ffffff')).toBe(1);
    expect(luminance('FFFFFF')).toBe(1);
    expect(luminance('  #ffffff  ')).toBe(1);
    expect(luminance('\t000000\n')).toBe(0);
    expect(luminance('#000000')).toBe(0);
  });
  test('each primary weighs 0.2126 (red), 0.7152 (green), 0.0722 (blue)', () => {
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 10);
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 10);
    expect(luminance('#0000ff')).toBeCloseTo(0.0722, 10);
    expect(luminance('#ffff00')).toBeCloseTo(0.9278, 10);
    expect(luminance('#00ffff')).toBeCloseTo(0.7874, 10);
  });
  test('mid grey follows the gamma curve ((c + 0.055) / 1.055) ^ 2.4', () => {
    expect(luminance('#808080')).toBeCloseTo(0.2158605, 6);
    expect(luminance('#333333')).toBeCloseTo(0.0331048, 6);
  });
  test('very dark channels (c <= 0.03928) are linear: c / 12.92', () => {
    // 10/255 = 0.0392 (linear part); 5/255 likewise.
    expect(luminance('#0a0a0a')).toBeCloseTo(0.0030353, 6);
    expect(luminance('#050505')).toBeCloseTo(0.0015176, 6);
    expect(luminance('#0b0b0b')).toBeCloseTo(0.0033465, 6);
  });
  test('anything but exactly six hex digits is not a colour', () => {
    expect(luminance('')).toBeUndefined();
    expect(luminance('#fff')).toBeUndefined();
    expect(luminance('#0000001')).toBeUndefined();
    expect(luminance('1000000')).toBeUndefined();
    expect(luminance('x#000000')).toBeUndefined();
    expect(luminance('##000000')).toBeUndefined();
    expect(luminance('#gggggg')).toBeUndefined();
    expect(luminance('#000000 x')).toBeUndefined();
  });
});

describe('themeFromBackground', () => {
  test('dark below luminance 0.2, light at or above it', () => {
    expect(themeFromBackground('#000000')).toBe('dark');
    expect(themeFromBackground('#1f1f1f')).toBe('dark');
    expect(themeFromBackground('#7b7b7b')).toBe('dark'); // 0.1981
    expect(themeFromBackground('#7c7c7c')).toBe('light'); // 0.2016
    expect(themeFromBackground('#ffffff')).toBe('light');
    expect(themeFromBackground('#808080')).toBe('light');
  });
  test('no colour, or not a colour, means light', () => {
    expect(themeFromBackground(undefined)).toBe('light');
    expect(themeFromBackground('')).toBe('light');
    expect(themeFromBackground('black')).toBe('light');
    expect(themeFromBackground('#000')).toBe('light');
  });
});

describe('memoryStorage', () => {
  test('is not blocked, keeps values, says each set was stored, and has no prefix', () => {
    const s = memoryStorage();
    expect(s.blocked).toBe(false);
    expect(s.set('a', '1')).toBe(true);
    expect(s.get('a')).toBe('1');
    expect(s.area?.prefix).toBe('');
    expect(s.area?.backing).toBeNull();
    s.remove('a');
    expect(s.get('a')).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});

describe('prefixedStorage', () => {
  test('writes through to the backing store under the prefix and says so', () => {
    const s = prefixedStorage('p:', localStorage);
    expect(s.blocked).toBe(false);
    expect(s.set('a', '1')).toBe(true);
    expect(localStorage.getItem('p:a')).toBe('1');
    expect(s.get('a')).toBe('1');
    s.remove('a');
    expect(localStorage.getItem('p:a')).toBeNull();
    expect(s.get('a')).toBeNull();
  });
  test('defaults to localStorage', () => {
    const s = prefixedStorage('q:');
    expect(s.blocked).toBe(false);
    s.set('k', 'v');
    expect(localStorage.getItem('q:k')).toBe('v');
    expect(s.area?.backing).toBe(localStorage);
  });
  test('null backing is memory only: blocked, set returns false, the value lives in memory', () => {
    const s = prefixedStorage('p:', null);
    expect(s.blocked).toBe(true);
    expect(s.set('a', '1')).toBe(false);
    expect(s.get('a')).toBe('1');
    expect(s.area?.memory.get('a')).toBe('1');
    expect(localStorage.getItem('p:a')).toBeNull();
    s.remove('a');
    expect(s.get('a')).toBeNull();
    expect(s.area).toEqual({ prefix: 'p:', backing: null, memory: new Map() });
  });
  test('a store that throws: set keeps the value in memory and returns false; get reads memory, else null', () => {
    const backing = throwingStorage();
    const s = prefixedStorage('p:', backing);
    expect(s.blocked).toBe(false);
    expect(s.get('missing')).toBeNull();
    expect(s.set('a', '1')).toBe(false);
    expect(s.get('a')).toBe('1');
    expect(() => s.remove('a')).not.toThrow();
    expect(backing.calls).toEqual(['getItem', 'setItem', 'removeItem']);
    expect(s.get('a')).toBeNull();
  });
  test('a value kept in memory after a failed write wins over the older stored one; a later good write clears it', () => {
    localStorage.setItem('p:a', 'old');
    let full = true;
    const backing: Storage = {
      get length() {
        return localStorage.length;
      },
      clear: () => localStorage.clear(),
      key: (i) => localStorage.key(i),
      getItem: (k) => localStorage.getItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        localStorage.setItem(k, v);
      },
      removeItem: (k) => localStorage.removeItem(k),
    };
    const s = prefixedStorage('p:', backing);
    expect(s.set('a', 'new')).toBe(false);
    expect(s.get('a')).toBe('new');
    full = false;
    expect(s.set('a', 'newer')).toBe(true);
    expect(s.area?.memory.has('a')).toBe(false);
    expect(s.get('a')).toBe('newer');
    expect(localStorage.getItem('p:a')).toBe('newer');
  });
  test('where reading localStorage itself throws (blocked cookies), the store is memory only', () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    });
    try {
      const s = prefixedStorage('p:');
      expect(s.blocked).toBe(true);
      expect(s.set('a', '1')).toBe(false);
      expect(s.get('a')).toBe('1');
    } finally {
      if (saved) Object.defineProperty(globalThis, 'localStorage', saved);
      else delete (globalThis as { localStorage?: Storage }).localStorage;
    }
  });
});

test('HostError carries its operation and message, named HostError', () => {
  const e = new HostError('getFrom', 'Outlook could not read the From address.');
  expect(e).toBeInstanceOf(Error);
  expect(e.name).toBe('HostError');
  expect(e.operation).toBe('getFrom');
  expect(e.message).toBe('Outlook could not read the From address.');
});

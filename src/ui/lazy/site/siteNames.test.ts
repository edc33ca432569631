// Typed site names, one per shared mailbox: the storage key, what a stored value must be to be
// used, the hook that reads it (and hears a change), and a detection with the named site in it.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { detectMailbox, type Detection } from '../../../domain/detectMailbox';
import { identifyMailbox, siteNameMax, type SharedMailbox } from '../../../domain/mailboxIdentity';
import { memoryStorage, prefixedStorage, type KeyValueStore } from '../../../office/host';
import { quotaStorage } from '../../../../test/setup/quotaStorage';
import { rememberedSiteName, siteNameKey, siteNamesChanged, useKnownSite, withSite } from './siteNames';

const address = 'care.vn6c2@nhs.net';
const shared = (a = address, displayName?: string) => identifyMailbox(a, displayName) as SharedMailbox;
const storeWith = (value: string, key = siteNameKey(address)) => {
  const storage = memoryStorage();
  storage.set(key, value);
  return storage;
};

describe('siteNameKey', () => {
  test('"siteName:" and the address in lower case, so one mailbox has one key however it was written', () => {
    expect(siteNameKey('care.vn6c2@nhs.net')).toBe('siteName:care.vn6c2@nhs.net');
    expect(siteNameKey('Care.VN6C2@NHS.net')).toBe('siteName:care.vn6c2@nhs.net');
    expect(siteNameKey('PHARMACY.FA123@nhs.net')).toBe('siteName:pharmacy.fa123@nhs.net');
  });
});

describe('rememberedSiteName: only what the editor can have written', () => {
  test('the name stored for that mailbox, whatever the case of the address asked with', () => {
    const storage = storeWith('Sunrise House');
    expect(rememberedSiteName(storage, address)).toBe('Sunrise House');
    expect(rememberedSiteName(storage, 'Care.VN6C2@nhs.net')).toBe('Sunrise House');
    expect(rememberedSiteName(storage, 'care.ab123@nhs.net')).toBeUndefined();
  });

  test('nothing stored, or an empty string: undefined', () => {
    expect(rememberedSiteName(memoryStorage(), address)).toBeUndefined();
    expect(rememberedSiteName(storeWith(''), address)).toBeUndefined();
  });

  test(`up to ${siteNameMax} characters: 1 and 60 are used, 61 is not`, () => {
    expect(siteNameMax).toBe(60);
    expect(rememberedSiteName(storeWith('S'), address)).toBe('S');
    const sixty = 'Sunrise House Care and Nursing Home for Older People, Durham';
    expect(sixty).toHaveLength(60);
    expect(rememberedSiteName(storeWith(sixty), address)).toBe(sixty);
    expect(rememberedSiteName(storeWith(`${sixty}e`), address)).toBeUndefined();
  });

  test('an @ anywhere is refused (an address, not a site name)', () => {
    expect(rememberedSiteName(storeWith('care.vn6c2@nhs.net'), address)).toBeUndefined();
    expect(rememberedSiteName(storeWith('@'), address)).toBeUndefined();
    expect(rememberedSiteName(storeWith('Sunrise House @ Durham'), address)).toBeUndefined();
  });

  // Each refused range at both ends, and the characters just outside it, which are kept.
  const refused: [string, string][] = [
    ['\u0000', 'NUL'],
    ['\u0001', 'start of heading'],
    ['\u0009', 'tab'],
    ['\u000a', 'line feed'],
    ['\u001f', 'unit separator'],
    ['\u007f', 'delete'],
    ['\u0080', 'C1 padding'],
    ['\u0085', 'next line'],
    ['\u009f', 'application program command'],
    ['\u200b', 'zero-width space'],
    ['\u200c', 'zero-width non-joiner'],
    ['\u200e', 'left-to-right mark'],
    ['\u200f', 'right-to-left mark'],
    ['\u202a', 'left-to-right embedding'],
    ['\u202c', 'pop directional formatting'],
    ['\u202e', 'right-to-left override'],
    ['\u2066', 'left-to-right isolate'],
    ['\u2067', 'right-to-left isolate'],
    ['\u2069', 'pop directional isolate'],
    ['\ufeff', 'byte order mark'],
  ];
  test.each(refused)('refused: U+%s (%s), at the start, middle or end', (c) => {
    for (const stored of [`${c}Sunrise House`, `Sunrise${c}House`, `Sunrise House${c}`, c]) {
      expect(rememberedSiteName(storeWith(stored), address)).toBeUndefined();
    }
  });

  const kept: [string, string][] = [
    ['\u0020', 'space'],
    ['\u0021', 'exclamation mark'],
    ['\u003f', 'question mark (before @)'],
    ['\u0041', 'A (after @)'],
    ['\u007e', 'tilde'],
    ['\u00a0', 'no-break space'],
    ['\u00e9', 'e acute'],
    ['\u200a', 'hair space'],
    ['\u2010', 'hyphen'],
    ['\u2019', 'right single quotation mark'],
    ['\u2029', 'paragraph separator'],
    ['\u202f', 'narrow no-break space'],
    ['\u2065', 'unassigned, before the isolates'],
    ['\u206a', 'after the isolates'],
    ['\ufefe', 'before the byte order mark'],
    ['\uff01', 'fullwidth exclamation mark'],
  ];
  test.each(kept)('kept: U+%s (%s)', (c) => {
    expect(rememberedSiteName(storeWith(`Sunrise${c}House`), address)).toBe(`Sunrise${c}House`);
  });
});

describe('useKnownSite: the site with the name the user typed', () => {
  test('no site: undefined', () => {
    const { result } = renderHook(() => useKnownSite(storeWith('Sunrise House'), undefined));
    expect(result.current).toBeUndefined();
  });

  test('a site whose display name gave its name: the site as detected, the typed name not used', () => {
    const site = shared(address, 'Care.VN6C2 (Sunrise House, Durham)');
    expect(site.siteName).toBe('Sunrise House');
    const { result } = renderHook(() => useKnownSite(storeWith('Typed Name'), site));
    expect(result.current).toBe(site);
  });

  test('a site with no name and nothing stored: the site as detected', () => {
    const site = shared();
    const { result } = renderHook(() => useKnownSite(memoryStorage(), site));
    expect(result.current).toBe(site);
  });

  test('a site with no name and a stored name: the site with that name, the same object on each render', () => {
    const site = shared();
    const { result, rerender } = renderHook(() => useKnownSite(storeWith('Sunrise House'), site));
    expect(result.current).toEqual({ ...site, siteName: 'Sunrise House' });
    expect(site.siteName).toBeUndefined();
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  test('a stored value the editor could not have written is not used', () => {
    const site = shared();
    const { result } = renderHook(() => useKnownSite(storeWith('care.vn6c2@nhs.net'), site));
    expect(result.current).toBe(site);
  });

  test('another site: its own stored name, or none', () => {
    const storage = storeWith('Sunrise House');
    storage.set(siteNameKey('care.ab123@nhs.net'), 'Meadow View');
    const { result, rerender } = renderHook(({ site }) => useKnownSite(storage, site), { initialProps: { site: shared() } });
    expect(result.current?.siteName).toBe('Sunrise House');
    rerender({ site: shared('care.ab123@nhs.net') });
    expect(result.current).toEqual({ ...shared('care.ab123@nhs.net'), siteName: 'Meadow View' });
    const unnamed = shared('care.vl86q@nhs.net');
    rerender({ site: unnamed });
    expect(result.current).toBe(unnamed);
  });

  test('another object for the same site (a new detection) is what comes back', () => {
    const storage = memoryStorage();
    const first = shared();
    const { result, rerender } = renderHook(({ site }) => useKnownSite(storage, site), { initialProps: { site: first } });
    expect(result.current).toBe(first);
    const second = shared();
    rerender({ site: second });
    expect(result.current).toBe(second);
  });

  test('siteNamesChanged makes every reader read again: a name saved, changed, then removed', () => {
    const storage = memoryStorage();
    const site = shared();
    const a = renderHook(() => useKnownSite(storage, site));
    const b = renderHook(() => useKnownSite(storage, site));
    expect(a.result.current).toBe(site);
    storage.set(siteNameKey(address), 'Sunrise House');
    // Storage alone does not tell the readers.
    expect(a.result.current).toBe(site);
    act(() => siteNamesChanged());
    expect(a.result.current?.siteName).toBe('Sunrise House');
    expect(b.result.current?.siteName).toBe('Sunrise House');
    storage.set(siteNameKey(address), 'Sunrise House Care Home');
    act(() => siteNamesChanged());
    expect(a.result.current?.siteName).toBe('Sunrise House Care Home');
    storage.remove(siteNameKey(address));
    act(() => siteNamesChanged());
    expect(a.result.current).toBe(site);
  });

  test('a reader that has gone is not told any more (its listener is removed)', () => {
    const storage = memoryStorage();
    const get = vi.spyOn(storage, 'get');
    const view = renderHook(() => useKnownSite(storage, shared()));
    view.unmount();
    get.mockClear();
    siteNamesChanged();
    expect(get).not.toHaveBeenCalled();
  });

  test('with nobody reading, siteNamesChanged does nothing', () => {
    expect(() => siteNamesChanged()).not.toThrow();
  });

  test('a name kept only in memory because storage is full is still read', () => {
    const backing = quotaStorage();
    backing.full = true;
    const storage: KeyValueStore = prefixedStorage('nas:', backing as unknown as Storage);
    expect(storage.set(siteNameKey(address), 'Sunrise House')).toBe(false);
    const { result } = renderHook(() => useKnownSite(storage, shared()));
    expect(result.current?.siteName).toBe('Sunrise House');
  });
});

describe('withSite: the detection with the named site everywhere it appears', () => {
  const named = (site: SharedMailbox | undefined) => ({ ...site!, siteName: 'Sunrise House' });

  test('no site, or the very site detected: the detection itself', () => {
    const detection = detectMailbox([{ source: 'from', address }]);
    expect(withSite(detection, undefined)).toBe(detection);
    expect(withSite(detection, detection.site)).toBe(detection);
  });

  test('From is the shared mailbox: the site, the mailbox in use and the mailbox composed as all become the named site', () => {
    const detection = detectMailbox([{ source: 'from', address }]);
    const before = structuredClone(detection);
    const site = named(detection.site);
    const result = withSite(detection, site);
    expect(result).toEqual({ site, source: 'from', inUse: site, inUseSource: 'from', mailbox: site });
    expect(result.site).toBe(site);
    expect(result.inUse).toBe(site);
    expect(result.mailbox).toBe(site);
    expect(detection).toEqual(before);
  });

  test('From is the person’s own account: only the site changes; the personal mailbox in use and composed as stays', () => {
    const detection = detectMailbox([
      { source: 'from', address: 'amira.khan3@nhs.net' },
      { source: 'remembered', address },
    ]);
    expect(detection.mailbox.kind).toBe('personal');
    const site = named(detection.site);
    const result = withSite(detection, site);
    expect(result).toEqual({ ...detection, site });
    expect(result.inUse).toBe(detection.inUse);
    expect(result.mailbox).toBe(detection.mailbox);
  });

  test('another shared mailbox in From: the mailbox in use stays as it is, the site (composed as) is named', () => {
    const detection = detectMailbox([
      { source: 'typed', address },
      { source: 'from', address: 'care.ab123@nhs.net' },
    ]);
    expect(detection.inUse).toMatchObject({ kind: 'shared', address: 'care.ab123@nhs.net' });
    const site = named(detection.site);
    const result = withSite(detection, site);
    expect(result.site).toBe(site);
    expect(result.mailbox).toBe(site);
    expect(result.inUse).toBe(detection.inUse);
  });

  test('Outlook did not say which mailbox is in use: the empty one stays', () => {
    const detection: Detection = detectMailbox([{ source: 'remembered', address }]);
    expect(detection.inUse).toEqual({ kind: 'other', address: '' });
    const site = named(detection.site);
    const result = withSite(detection, site);
    expect(result.inUse).toBe(detection.inUse);
    expect(result.mailbox).toBe(site);
    expect(result.source).toBe('remembered');
  });
});

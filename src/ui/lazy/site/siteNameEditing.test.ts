// Checking and saving a typed site name: the three problems word for word, the limit on both sides,
// the name cleaned as all free text is, and saving that stores only a good name but always tells
// the readers.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { identifyMailbox, type SharedMailbox } from '../../../domain/mailboxIdentity';
import { memoryStorage, prefixedStorage } from '../../../office/host';
import { quotaStorage } from '../../../../test/setup/quotaStorage';
import { checkSiteName, rememberSiteName } from './siteNameEditing';
import { siteNameKey, useKnownSite } from './siteNames';

const address = 'care.vn6c2@nhs.net';
const key = siteNameKey(address);
const sixty = 'Sunrise House Care and Nursing Home for Older People, Durham';

describe('checkSiteName', () => {
  test('a plain name comes back as it was typed', () => {
    expect(checkSiteName('Sunrise House')).toEqual({ name: 'Sunrise House' });
    expect(checkSiteName("St. Anne's Nursing Home")).toEqual({ name: "St. Anne's Nursing Home" });
  });

  test('nothing, spaces only, or only invisible characters: "Enter the site name"', () => {
    for (const typed of ['', ' ', '   ', '\t\n', '\u200b', '\u202e\u200f', '\u00a0'])
      expect(checkSiteName(typed)).toEqual({ problem: 'Enter the site name' });
  });

  test('spaces at either end are dropped and runs of spaces (tabs, line breaks, no-break spaces) become one', () => {
    expect(checkSiteName('  Sunrise House  ')).toEqual({ name: 'Sunrise House' });
    expect(checkSiteName('Sunrise    House')).toEqual({ name: 'Sunrise House' });
    expect(checkSiteName('Sunrise\t\tHouse')).toEqual({ name: 'Sunrise House' });
    expect(checkSiteName('Sunrise\r\nHouse')).toEqual({ name: 'Sunrise House' });
    expect(checkSiteName('Sunrise\u00a0House')).toEqual({ name: 'Sunrise House' });
    expect(checkSiteName(' \t Sunrise \u00a0 House \n ')).toEqual({ name: 'Sunrise House' });
  });

  test('control and format characters are removed (a right-to-left override, a zero-width space), and the text put in NFC', () => {
    expect(checkSiteName('Sunrise\u202E House')).toEqual({ name: 'Sunrise House' });
    expect(checkSiteName('Sun\u200brise House')).toEqual({ name: 'Sunrise House' });
    expect(checkSiteName('Cafe\u0301 House')).toEqual({ name: 'Caf\u00e9 House' });
  });

  test('60 characters are taken, 61 are not: "Site names must be 60 characters or fewer"', () => {
    expect(sixty).toHaveLength(60);
    expect(checkSiteName(sixty)).toEqual({ name: sixty });
    expect(checkSiteName(`${sixty}E`)).toEqual({ problem: 'Site names must be 60 characters or fewer' });
    expect(checkSiteName('x'.repeat(200))).toEqual({ problem: 'Site names must be 60 characters or fewer' });
  });

  test('the limit is counted after cleaning: 60 characters with extra spaces and invisible characters are taken', () => {
    const padded = `   ${sixty.replace(' ', '     ')}\u200b  `;
    expect(padded.length).toBeGreaterThan(60);
    expect(checkSiteName(padded)).toEqual({ name: sixty });
  });

  test('an @ anywhere: "Enter the name of the site, not an email address"', () => {
    for (const typed of ['x@y.z', 'care.vn6c2@nhs.net', '@', 'Sunrise House @ Durham'])
      expect(checkSiteName(typed)).toEqual({ problem: 'Enter the name of the site, not an email address' });
  });

  test('too long is said before an @', () => {
    expect(checkSiteName(`${'a'.repeat(60)}@nhs.net`)).toEqual({ problem: 'Site names must be 60 characters or fewer' });
  });
});

describe('rememberSiteName', () => {
  const site = identifyMailbox(address) as SharedMailbox;

  test('a good name is stored cleaned under the mailbox’s key, and the readers hear of it', () => {
    const storage = memoryStorage();
    const { result } = renderHook(() => useKnownSite(storage, site));
    expect(result.current?.siteName).toBeUndefined();
    act(() => rememberSiteName(storage, 'Care.VN6C2@nhs.net', '  Sunrise   House '));
    expect(storage.get(key)).toBe('Sunrise House');
    expect(result.current?.siteName).toBe('Sunrise House');
  });

  test('a name with a problem is not stored, and what was stored stays', () => {
    const storage = memoryStorage();
    const set = vi.spyOn(storage, 'set');
    for (const typed of ['', '   ', 'x@y.z', 'y'.repeat(61)]) rememberSiteName(storage, address, typed);
    expect(set).not.toHaveBeenCalled();
    expect(storage.get(key)).toBeNull();
    storage.set(key, 'Sunrise House');
    rememberSiteName(storage, address, 'x@y.z');
    expect(storage.get(key)).toBe('Sunrise House');
  });

  test('the readers are told even when nothing was stored', () => {
    const storage = memoryStorage();
    const { result } = renderHook(() => useKnownSite(storage, site));
    // Written behind the readers' backs: only a notification makes them read it.
    storage.set(key, 'Meadow View');
    expect(result.current?.siteName).toBeUndefined();
    act(() => rememberSiteName(storage, address, 'x@y.z'));
    expect(result.current?.siteName).toBe('Meadow View');
  });

  test('storage that is full keeps the name for this session, and the readers still hear of it', () => {
    const backing = quotaStorage();
    backing.full = true;
    const storage = prefixedStorage('nas:', backing as unknown as Storage);
    const { result } = renderHook(() => useKnownSite(storage, site));
    act(() => rememberSiteName(storage, address, 'Sunrise House'));
    expect(backing.data.size).toBe(0);
    expect(result.current?.siteName).toBe('Sunrise House');
  });
});

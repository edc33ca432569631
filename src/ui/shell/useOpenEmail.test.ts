// What the selected email is, for the "About this email" card, driven by the in-memory host: read
// when enabled, read again when the item changes, the latest read winning, nothing on a failure.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { memoryStorage, type SelectedItem } from '../../office/host';
import { MemoryHost } from '../../office/memoryHost';
import { defaultScenario, type Scenario } from '../../office/scenario';
import { cleanMessage } from '../../domain/recognisers/message';
import { recogniseEmail } from '../../domain/recognisers/recognisers';
import { useOpenEmail } from './useOpenEmail';

// The recognisers come with the lazy screens; here they come straight from the domain, so the test
// does not load the whole chunk. The recogniser is watched to see the clock it is given.
const lazy = vi.hoisted(() => ({ recogniseEmail: undefined as unknown as ReturnType<typeof vi.fn>, loadScreensWhenIdle: vi.fn() }));
vi.mock('./useLazyScreens', async () => {
  const { recogniseEmail } = await import('../../domain/recognisers/recognisers');
  const { cleanMessage } = await import('../../domain/recognisers/message');
  lazy.recogniseEmail = vi.fn(recogniseEmail);
  lazy.loadScreensWhenIdle.mockImplementation(() => Promise.resolve({ recogniseEmail: lazy.recogniseEmail, cleanMessage }));
  return { loadScreensWhenIdle: lazy.loadScreensWhenIdle };
});

const now = new Date('2026-11-30T10:00:00Z');
const ticketEmail: SelectedItem = {
  from: { address: 'helpdesk@nhs.net', displayName: 'NHSmail Helpdesk' },
  subject: 'RE: Joiners [INC0123456]',
  body: 'Logged.',
  received: '2026-11-20T09:00:00Z',
};
const deletedEmail: SelectedItem = {
  from: { address: 'noreply@nhs.net' },
  subject: 'Your NHSmail account has been deleted',
  body: 'Your account has been deleted.',
  received: '2026-11-20T09:00:00Z',
};
const recognised = (item: SelectedItem, at = now) => recogniseEmail(cleanMessage(item), { now: at });

const makeHost = (over: Partial<Scenario> = {}) =>
  new MemoryHost({ ...defaultScenario, fail: [], item: ticketEmail, ...over }, memoryStorage());
/** Lets the host answer (its calls answer on a later tick) and the recognisers run. */
const settle = () => act(() => vi.advanceTimersByTimeAsync(10));

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

beforeEach(() => {
  vi.useFakeTimers();
  lazy.recogniseEmail.mockClear();
  lazy.loadScreensWhenIdle.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('reading the selected email', () => {
  test('enabled: the selected email is read and recognised with the clock given', async () => {
    const host = makeHost();
    const readItem = vi.spyOn(host, 'readItem');
    const { result } = renderHook(() => useOpenEmail(host, true, () => now));
    expect(result.current).toBeUndefined();
    await settle();
    expect(readItem).toHaveBeenCalledTimes(1);
    expect(result.current).toEqual(recognised(ticketEmail));
    expect(result.current?.recogniser).toBe('nas-ticket');
    expect(lazy.recogniseEmail).toHaveBeenCalledWith(cleanMessage(ticketEmail), { now });
    // The clock matters: the email's age is counted from it.
    expect(result.current).not.toEqual(recognised(ticketEmail, new Date('2026-12-14T10:00:00Z')));
  });

  test('without a clock, the time now', async () => {
    vi.setSystemTime(new Date('2026-12-14T10:00:00Z'));
    const host = makeHost();
    const { result } = renderHook(() => useOpenEmail(host, true));
    await settle();
    const given = lazy.recogniseEmail.mock.calls[0]![1] as { now: Date };
    expect(given.now).toBeInstanceOf(Date);
    expect(given.now.getTime()).toBeGreaterThanOrEqual(new Date('2026-12-14T10:00:00Z').getTime());
    expect(given.now.getTime()).toBeLessThan(new Date('2026-12-14T10:00:01Z').getTime());
    expect(result.current).toEqual(recognised(ticketEmail, given.now));
  });

  test('disabled: nothing is read, and nothing is shown', async () => {
    const host = makeHost();
    const readItem = vi.spyOn(host, 'readItem');
    const { result } = renderHook(() => useOpenEmail(host, false, () => now));
    await settle();
    expect(readItem).not.toHaveBeenCalled();
    expect(lazy.loadScreensWhenIdle).not.toHaveBeenCalled();
    expect(result.current).toBeUndefined();
    expect(host.outlookHandlers.has('item')).toBe(false);
  });

  test('a host with no readItem (a tab): undefined, nothing asked', async () => {
    const host = makeHost();
    Object.defineProperty(host, 'readItem', { value: undefined });
    const { result } = renderHook(() => useOpenEmail(host, true, () => now));
    await settle();
    expect(result.current).toBeUndefined();
    expect(lazy.loadScreensWhenIdle).not.toHaveBeenCalled();
    expect(host.outlookHandlers.has('item')).toBe(false);
  });

  test('no selected email (undefined or null): undefined', async () => {
    const none = makeHost({ item: undefined });
    const { result } = renderHook(() => useOpenEmail(none, true, () => now));
    await settle();
    expect(result.current).toBeUndefined();
    expect(lazy.recogniseEmail).not.toHaveBeenCalled();

    const host = makeHost();
    vi.spyOn(host, 'readItem').mockResolvedValueOnce(null as unknown as undefined);
    const nulled = renderHook(() => useOpenEmail(host, true, () => now));
    await settle();
    expect(nulled.result.current).toBeUndefined();
    expect(lazy.recogniseEmail).not.toHaveBeenCalled();
  });

  test('an email no recogniser knows: undefined', async () => {
    const host = makeHost({ item: { from: { address: 'jo.bloggs@nhs.net' }, subject: 'Lunch?', body: 'Sandwiches at one.' } });
    const { result } = renderHook(() => useOpenEmail(host, true, () => now));
    await settle();
    expect(lazy.recogniseEmail).toHaveBeenCalledTimes(1);
    expect(result.current).toBeUndefined();
  });

  test('a read Outlook refuses gives undefined, also in place of an earlier answer', async () => {
    const host = makeHost({ fail: ['readItem'] });
    const { result } = renderHook(() => useOpenEmail(host, true, () => now));
    await settle();
    expect(result.current).toBeUndefined();

    const later = makeHost();
    const readItem = vi.spyOn(later, 'readItem');
    const shown = renderHook(() => useOpenEmail(later, true, () => now));
    await settle();
    expect(shown.result.current).toEqual(recognised(ticketEmail));
    readItem.mockRejectedValueOnce(new Error('Outlook could not read the selected message.'));
    act(() => later.selectMessage(deletedEmail));
    await settle();
    expect(shown.result.current).toBeUndefined();
  });

  test('the recognisers failing to load gives undefined', async () => {
    lazy.loadScreensWhenIdle.mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'));
    const host = makeHost();
    const { result } = renderHook(() => useOpenEmail(host, true, () => now));
    await settle();
    expect(result.current).toBeUndefined();
  });
});

describe('a pinned pane: the selected item changes', () => {
  test('another item is read and recognised; a theme change reads nothing', async () => {
    const host = makeHost();
    const readItem = vi.spyOn(host, 'readItem');
    const { result } = renderHook(() => useOpenEmail(host, true, () => now));
    await settle();
    act(() => host.selectMessage(deletedEmail));
    await settle();
    expect(readItem).toHaveBeenCalledTimes(2);
    expect(result.current).toEqual(recognised(deletedEmail));
    expect(result.current?.recogniser).toBe('account-deleted');
    act(() => host.setTheme('dark'));
    await settle();
    expect(readItem).toHaveBeenCalledTimes(2);
    act(() => host.selectMessage(undefined));
    await settle();
    expect(readItem).toHaveBeenCalledTimes(3);
    expect(result.current).toBeUndefined();
  });

  test('an older read answering after a newer one is ignored, answer or failure', async () => {
    const host = makeHost();
    const first = deferred<SelectedItem | undefined>();
    const second = deferred<SelectedItem | undefined>();
    const third = deferred<SelectedItem | undefined>();
    vi.spyOn(host, 'readItem').mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise).mockReturnValueOnce(third.promise);
    const { result } = renderHook(() => useOpenEmail(host, true, () => now));
    act(() => host.selectMessage(deletedEmail));
    act(() => host.selectMessage(deletedEmail));
    third.resolve(deletedEmail);
    await settle();
    expect(result.current).toEqual(recognised(deletedEmail));
    second.resolve(ticketEmail);
    first.reject(new Error('Outlook could not read the selected message.'));
    await settle();
    expect(result.current).toEqual(recognised(deletedEmail));
  });

  test('the newest read wins even when its answer is "nothing selected"', async () => {
    const host = makeHost();
    const first = deferred<SelectedItem | undefined>();
    const second = deferred<SelectedItem | undefined>();
    vi.spyOn(host, 'readItem').mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const { result } = renderHook(() => useOpenEmail(host, true, () => now));
    act(() => host.selectMessage(undefined));
    second.resolve(undefined);
    await settle();
    first.resolve(ticketEmail);
    await settle();
    expect(result.current).toBeUndefined();
  });
});

describe('turning off and leaving', () => {
  test('disabled after an answer: the card is cleared, later changes read nothing', async () => {
    const host = makeHost();
    const readItem = vi.spyOn(host, 'readItem');
    const { result, rerender } = renderHook(({ enabled }) => useOpenEmail(host, enabled, () => now), { initialProps: { enabled: true } });
    await settle();
    expect(result.current).toEqual(recognised(ticketEmail));
    rerender({ enabled: false });
    expect(result.current).toBeUndefined();
    act(() => host.selectMessage(deletedEmail));
    await settle();
    expect(readItem).toHaveBeenCalledTimes(1);
    expect(result.current).toBeUndefined();
  });

  test('enabled later: read then', async () => {
    const host = makeHost();
    const { result, rerender } = renderHook(({ enabled }) => useOpenEmail(host, enabled, () => now), { initialProps: { enabled: false } });
    await settle();
    rerender({ enabled: true });
    await settle();
    expect(result.current).toEqual(recognised(ticketEmail));
  });

  test('a read still going when the card is turned off is ignored when it answers', async () => {
    const host = makeHost();
    const pending = deferred<SelectedItem | undefined>();
    vi.spyOn(host, 'readItem').mockReturnValueOnce(pending.promise);
    const { result, rerender } = renderHook(({ enabled }) => useOpenEmail(host, enabled, () => now), { initialProps: { enabled: true } });
    rerender({ enabled: false });
    pending.resolve(ticketEmail);
    await settle();
    expect(result.current).toBeUndefined();
  });

  test('another host: read from it, and the first is let go', async () => {
    const first = makeHost();
    const second = makeHost({ item: deletedEmail });
    const { result, rerender } = renderHook(({ host }) => useOpenEmail(host, true, () => now), { initialProps: { host: first } });
    await settle();
    rerender({ host: second });
    await settle();
    expect(result.current).toEqual(recognised(deletedEmail));
    expect(first.outlookHandlers.has('item')).toBe(false);
    expect(second.outlookHandlers.get('item')).toHaveLength(1);
  });

  test('unmounting unsubscribes from the host', async () => {
    const host = makeHost();
    const { unmount } = renderHook(() => useOpenEmail(host, true, () => now));
    await settle();
    expect(host.outlookHandlers.get('item')).toHaveLength(1);
    unmount();
    expect(host.outlookHandlers.has('item')).toBe(false);
  });
});

// The pane's mailbox context, driven by the in-memory host: loading, failing (and trying again),
// re-detecting when Outlook says something changed, and the mailbox the user chose or confirmed.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { memoryStorage, prefixedStorage, type HostSnapshot, type KeyValueStore } from '../../office/host';
import { MemoryHost } from '../../office/memoryHost';
import { defaultScenario, type Scenario } from '../../office/scenario';
import { rememberMailbox } from '../../office/localState';
import { useMailboxContext, type MailboxContextState } from './useMailboxContext';

const site = 'care.vn6c2@nhs.net';
const otherSite = 'care.ab123@nhs.net';
const person = 'amira.khan3@nhs.net';

const makeHost = (over: Partial<Scenario> = {}, storage: KeyValueStore = memoryStorage()) =>
  new MemoryHost({ ...defaultScenario, fail: [], ...over }, storage);
/** The hook on one host (made once: a host made inside the render would be a new host each render). */
const renderMailbox = (host: MemoryHost) => renderHook(() => useMailboxContext(host));
/** Lets the host's pretend Outlook answer (its calls answer on a later tick). */
const settle = () => act(() => vi.advanceTimersByTimeAsync(10));

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const snapshotOf = (over: Partial<HostSnapshot> = {}): HostSnapshot => ({
  mode: 'read',
  user: { address: person, displayName: 'Amira Khan' },
  signals: [
    { source: 'user-profile', address: person },
    { source: 'shared-properties', address: site },
  ],
  displayNames: {},
  refused: [],
  theme: 'light',
  capabilities: { composeNew: true, fillCurrent: false, readFrom: false },
  ...over,
});

function ready(state: MailboxContextState) {
  if (state.status !== 'ready') throw new Error(`expected ready, got ${state.status}`);
  return state;
}
function failed(state: MailboxContextState) {
  if (state.status !== 'failed') throw new Error(`expected failed, got ${state.status}`);
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('loading, ready and failed', () => {
  test('loading until Outlook answers, then ready with its snapshot and the mailbox it names', async () => {
    const host = makeHost();
    const snapshot = vi.spyOn(host, 'snapshot');
    const { result } = renderHook(() => useMailboxContext(host));
    expect(result.current.state).toEqual({ status: 'loading' });
    expect(result.current.theme).toBe('light');
    expect(result.current.remembered).toEqual([]);
    await settle();
    const state = ready(result.current.state);
    expect(state.snapshot).toEqual(await snapshot.mock.results[0]!.value);
    expect(state.snapshot.signals.map((s) => s.source)).toEqual(['user-profile', 'shared-properties']);
    expect(state.detection.site).toMatchObject({ address: site, siteName: 'Sunrise House', town: 'Durham' });
    expect(state.detection.source).toBe('shared-properties');
    expect(state.detection.inUse.address).toBe(site);
    expect(snapshot).toHaveBeenCalledTimes(1);
  });

  test('the theme follows the snapshot', async () => {
    const { result } = renderMailbox(makeHost({ theme: 'dark' }));
    expect(result.current.theme).toBe('light');
    await settle();
    expect(result.current.theme).toBe('dark');
  });

  test('a mailbox with no shared signal is ready with no site', async () => {
    const { result } = renderMailbox(makeHost({ mailbox: person, displayName: undefined }));
    await settle();
    const state = ready(result.current.state);
    expect(state.detection.site).toBeUndefined();
    expect(state.detection.source).toBeUndefined();
  });

  test('a failed snapshot shows the error’s message', async () => {
    const { result } = renderMailbox(makeHost({ fail: ['snapshot'] }));
    await settle();
    expect(result.current.state).toEqual({
      status: 'failed',
      message: 'Outlook did not answer when asked about the selected item.',
      retry: expect.any(Function),
    });
  });

  test('a failure that is not an Error: "Outlook did not answer."', async () => {
    const host = makeHost();
    vi.spyOn(host, 'snapshot').mockRejectedValueOnce('timeout');
    const { result } = renderHook(() => useMailboxContext(host));
    await settle();
    expect(failed(result.current.state).message).toBe('Outlook did not answer.');
  });

  test('retry asks again: loading stays on the failure until the answer, then ready', async () => {
    const host = makeHost();
    const answer = deferred<HostSnapshot>();
    const snapshot = vi.spyOn(host, 'snapshot').mockRejectedValueOnce(new Error('Outlook is busy.')).mockReturnValueOnce(answer.promise);
    const { result } = renderHook(() => useMailboxContext(host));
    await settle();
    expect(failed(result.current.state).message).toBe('Outlook is busy.');
    act(() => failed(result.current.state).retry());
    expect(snapshot).toHaveBeenCalledTimes(2);
    expect(failed(result.current.state).message).toBe('Outlook is busy.');
    await act(async () => answer.resolve(snapshotOf({ theme: 'dark' })));
    expect(ready(result.current.state).detection.site?.address).toBe(site);
    expect(result.current.theme).toBe('dark');
  });

  test('each retry asks again, however many times it fails', async () => {
    const host = makeHost();
    const snapshot = vi
      .spyOn(host, 'snapshot')
      .mockRejectedValueOnce(new Error('Outlook is busy.'))
      .mockRejectedValueOnce(new Error('Outlook is still busy.'))
      .mockRejectedValueOnce(new Error('Outlook is busy again.'));
    const { result } = renderMailbox(host);
    await settle();
    act(() => failed(result.current.state).retry());
    await settle();
    expect(failed(result.current.state).message).toBe('Outlook is still busy.');
    act(() => failed(result.current.state).retry());
    await settle();
    expect(failed(result.current.state).message).toBe('Outlook is busy again.');
    act(() => failed(result.current.state).retry());
    await settle();
    expect(snapshot).toHaveBeenCalledTimes(4);
    expect(ready(result.current.state).detection.site?.address).toBe(site);
  });
});

describe('an initial snapshot (taken before the first render)', () => {
  test('is used at once, without asking Outlook, theme included', async () => {
    const host = makeHost();
    const snapshot = vi.spyOn(host, 'snapshot');
    const initial = snapshotOf({ theme: 'dark' });
    const { result } = renderHook(() => useMailboxContext(host, initial));
    expect(ready(result.current.state).snapshot).toBe(initial);
    expect(result.current.theme).toBe('dark');
    await settle();
    expect(snapshot).not.toHaveBeenCalled();
    expect(ready(result.current.state).snapshot).toBe(initial);
  });

  test('a change still re-detects; a failure then, and its retry, ask Outlook again', async () => {
    const host = makeHost({ theme: 'light' });
    const snapshot = vi.spyOn(host, 'snapshot').mockRejectedValueOnce(new Error('Outlook is busy.'));
    const { result } = renderHook(() => useMailboxContext(host, snapshotOf({ theme: 'dark' })));
    act(() => host.selectItem(otherSite));
    await settle();
    expect(snapshot).toHaveBeenCalledTimes(1);
    expect(failed(result.current.state).message).toBe('Outlook is busy.');
    act(() => failed(result.current.state).retry());
    await settle();
    expect(snapshot).toHaveBeenCalledTimes(2);
    expect(ready(result.current.state).detection.site?.address).toBe(otherSite);
    expect(result.current.theme).toBe('light');
  });
});

describe('re-detecting when Outlook says something changed', () => {
  test('another item selected: asked again, the previous answer on screen meanwhile, then the new one', async () => {
    const host = makeHost();
    const snapshot = vi.spyOn(host, 'snapshot');
    const { result } = renderHook(() => useMailboxContext(host));
    await settle();
    const before = ready(result.current.state);
    act(() => host.selectItem(otherSite, 'Care.AB123 (Elm Lodge, Leeds)'));
    expect(snapshot).toHaveBeenCalledTimes(2);
    expect(ready(result.current.state).snapshot).toBe(before.snapshot);
    await settle();
    expect(ready(result.current.state).detection.site).toMatchObject({ address: otherSite, siteName: 'Elm Lodge', town: 'Leeds' });
  });

  test('a theme change re-detects and changes the theme', async () => {
    const host = makeHost();
    const { result } = renderHook(() => useMailboxContext(host));
    await settle();
    act(() => host.setTheme('dark'));
    expect(result.current.theme).toBe('light');
    await settle();
    expect(result.current.theme).toBe('dark');
  });

  test('an older answer arriving after a newer one is ignored, answer or failure', async () => {
    const host = makeHost();
    const older = deferred<HostSnapshot>();
    const oldest = deferred<HostSnapshot>();
    const newer = deferred<HostSnapshot>();
    vi.spyOn(host, 'snapshot').mockReturnValueOnce(oldest.promise).mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    const { result } = renderHook(() => useMailboxContext(host));
    act(() => host.selectItem(otherSite));
    act(() => host.selectItem(otherSite));
    await act(async () => newer.resolve(snapshotOf({ signals: [{ source: 'shared-properties', address: otherSite }], theme: 'dark' })));
    expect(ready(result.current.state).detection.site?.address).toBe(otherSite);
    await act(async () => older.resolve(snapshotOf({ theme: 'light' })));
    await act(async () => oldest.reject(new Error('Outlook is busy.')));
    expect(ready(result.current.state).detection.site?.address).toBe(otherSite);
    expect(result.current.theme).toBe('dark');
  });

  test('an answer after unmount changes nothing, and the host is left with no handlers', async () => {
    const host = makeHost();
    const late = deferred<HostSnapshot>();
    vi.spyOn(host, 'snapshot').mockReturnValueOnce(late.promise);
    const { result, unmount } = renderHook(() => useMailboxContext(host));
    expect(host.outlookHandlers.get('item')).toHaveLength(1);
    unmount();
    expect(host.outlookHandlers.has('item')).toBe(false);
    await act(async () => late.resolve(snapshotOf()));
    expect(result.current.state).toEqual({ status: 'loading' });
  });

  test('another host: its snapshot and its changes, and the first host is let go', async () => {
    const first = makeHost();
    const second = makeHost({ mailbox: otherSite, displayName: undefined });
    const { result, rerender } = renderHook(({ host }) => useMailboxContext(host), { initialProps: { host: first } });
    await settle();
    rerender({ host: second });
    await settle();
    expect(ready(result.current.state).detection.site?.address).toBe(otherSite);
    expect(first.outlookHandlers.has('item')).toBe(false);
    expect(second.outlookHandlers.get('item')).toHaveLength(1);
    act(() => second.selectItem(site));
    await settle();
    expect(ready(result.current.state).detection.site?.address).toBe(site);
    act(() => result.current.confirmMailbox(otherSite));
    expect(second.storage.get('mailboxes')).toBe(JSON.stringify([otherSite]));
    expect(first.storage.get('mailboxes')).toBeNull();
  });
});

describe('the mailbox the user chose or confirmed', () => {
  test('remembered mailboxes are offered from the start, never applied', async () => {
    const storage = memoryStorage();
    rememberMailbox(storage, otherSite);
    const { result } = renderMailbox(makeHost({ mailbox: person, displayName: undefined }, storage));
    expect(result.current.remembered).toEqual([otherSite]);
    await settle();
    expect(ready(result.current.state).detection.site).toBeUndefined();
  });

  test('confirmMailbox remembers it (lower case, latest first) and offers it, without choosing it', async () => {
    const host = makeHost();
    const { result } = renderHook(() => useMailboxContext(host));
    await settle();
    act(() => result.current.confirmMailbox('Care.AB123@nhs.net'));
    expect(result.current.remembered).toEqual([otherSite]);
    act(() => result.current.confirmMailbox(site));
    expect(result.current.remembered).toEqual([site, otherSite]);
    expect(host.storage.get('mailboxes')).toBe(JSON.stringify([site, otherSite]));
    expect(ready(result.current.state).detection.source).toBe('shared-properties');
  });

  test('where storage is blocked, a confirmed mailbox is still offered while the pane is open', async () => {
    const { result } = renderMailbox(makeHost({}, prefixedStorage('nas:', null)));
    await settle();
    act(() => result.current.confirmMailbox(otherSite));
    expect(result.current.remembered).toEqual([otherSite]);
  });

  test('chooseMailbox: a typed address is remembered and overrides detection', async () => {
    const host = makeHost();
    const { result } = renderHook(() => useMailboxContext(host));
    await settle();
    act(() => result.current.chooseMailbox(otherSite));
    const state = ready(result.current.state);
    expect(state.detection.site?.address).toBe(otherSite);
    expect(state.detection.source).toBe('typed');
    expect(state.snapshot.signals).not.toContainEqual(expect.objectContaining({ source: 'typed' }));
    expect(result.current.remembered).toEqual([otherSite]);
    // It stays chosen when Outlook re-detects.
    act(() => host.setTheme('dark'));
    await settle();
    expect(ready(result.current.state).detection.source).toBe('typed');
  });

  test('choosing the detected mailbox goes back to detection, whatever its case', async () => {
    const { result } = renderMailbox(makeHost());
    await settle();
    act(() => result.current.chooseMailbox(otherSite));
    expect(ready(result.current.state).detection.source).toBe('typed');
    act(() => result.current.chooseMailbox('CARE.VN6C2@nhs.net'));
    const state = ready(result.current.state);
    expect(state.detection.source).toBe('shared-properties');
    expect(state.detection.site?.address).toBe(site);
    expect(result.current.remembered).toEqual([site, otherSite]);
  });

  test('with nothing detected, any choice is typed', async () => {
    const { result } = renderMailbox(makeHost({ mailbox: person, displayName: undefined }));
    await settle();
    act(() => result.current.chooseMailbox(site));
    expect(ready(result.current.state).detection).toMatchObject({ source: 'typed', site: { address: site } });
  });

  test('a choice made while loading or after a failure is typed once Outlook answers', async () => {
    const host = makeHost();
    vi.spyOn(host, 'snapshot').mockRejectedValueOnce(new Error('Outlook is busy.'));
    const { result } = renderHook(() => useMailboxContext(host));
    act(() => result.current.chooseMailbox(site));
    await settle();
    act(() => result.current.chooseMailbox(site));
    act(() => failed(result.current.state).retry());
    await settle();
    expect(ready(result.current.state).detection.source).toBe('typed');
    expect(result.current.remembered).toEqual([site]);
  });
});

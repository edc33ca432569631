// Checks the small Office helpers at their edges: officeAsync, officeReady,
// readSelectedItem and the lazy TeamsJS loader.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { officeAsync } from './officeAsync';
import { waitForOffice } from './officeReady';
import { readSelectedItem } from './readItem';
import { lazyTeamsSdk } from './lazyTeams';
import type { TeamsSdk } from './teamsSdk';

type Cb = (r: { status: string; value?: unknown; error?: { message: string } }) => void;
const office = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Text: 'text' },
} as unknown as typeof Office;

afterEach(() => vi.useRealTimers());

describe('officeAsync', () => {
  test('a time-out gives the reason "timed out"', async () => {
    vi.useFakeTimers();
    const fail = vi.fn((reason: string | undefined) => new Error(`x:${reason}`));
    const p = officeAsync(() => undefined, fail, { office, timeoutMs: 100 }).catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(100);
    expect(await p).toBe('x:timed out');
    expect(fail).toHaveBeenCalledWith('timed out');
  });

  test('a failure without an error object gives no reason', async () => {
    const fail = vi.fn((reason: string | undefined) => new Error(String(reason)));
    await expect(officeAsync((cb) => (cb as unknown as Cb)({ status: 'failed' }), fail, { office })).rejects.toThrow('undefined');
    expect(fail).toHaveBeenCalledTimes(1);
    expect(fail).toHaveBeenCalledWith(undefined);
  });
});

describe('waitForOffice', () => {
  test('onReady that is not a function: no script', async () => {
    expect(await waitForOffice(50, { onReady: 'soon' } as unknown as typeof Office)).toEqual({ state: 'outside', reason: 'no-script' });
  });

  test('onReady resolving with nothing, or Office without HostType: not Outlook', async () => {
    const none = { onReady: () => Promise.resolve(undefined), HostType: { Outlook: 'Outlook' } } as unknown as typeof Office;
    expect(await waitForOffice(50, none)).toEqual({ state: 'outside', reason: 'not-outlook' });
    const noTypes = { onReady: () => Promise.resolve({ host: 'Outlook' }) } as unknown as typeof Office;
    expect(await waitForOffice(50, noTypes)).toEqual({ state: 'outside', reason: 'not-outlook' });
  });

  test('onReady rejecting: not Outlook', async () => {
    const rejecting = { onReady: () => Promise.reject(new Error('blocked')), HostType: { Outlook: 'Outlook' } } as unknown as typeof Office;
    expect(await waitForOffice(50, rejecting)).toEqual({ state: 'outside', reason: 'not-outlook' });
  });

  test('the time-out timer is cleared once Office answers', async () => {
    vi.useFakeTimers();
    const ready = { onReady: () => Promise.resolve({ host: 'Outlook' }), HostType: { Outlook: 'Outlook' } } as unknown as typeof Office;
    expect(await waitForOffice(5000, ready)).toEqual({ state: 'outlook' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('readSelectedItem', () => {
  const yes = () => true;
  test('the subject is cut to 1,000 characters', async () => {
    const item = await readSelectedItem({ subject: 'a'.repeat(1500) }, yes, office);
    expect(item?.subject).toHaveLength(1000);
  });

  test('before Mailbox 1.3 the body is not asked for', async () => {
    const getAsync = vi.fn((_t: unknown, cb: Cb) => cb({ status: 'succeeded', value: 'Body' }));
    const supports = vi.fn((v: string) => v !== '1.3');
    const item = await readSelectedItem({ subject: 'S', body: { getAsync } }, supports, office);
    expect(item?.body).toBe('');
    expect(getAsync).not.toHaveBeenCalled();
    expect(supports).toHaveBeenCalledWith('1.3');
  });

  test('a body that is not text is empty', async () => {
    const getAsync = (_t: unknown, cb: Cb) => cb({ status: 'succeeded', value: undefined });
    expect((await readSelectedItem({ subject: 'S', body: { getAsync } }, yes, office))?.body).toBe('');
    const numeric = (_t: unknown, cb: Cb) => cb({ status: 'succeeded', value: 42 });
    expect((await readSelectedItem({ subject: 'S', body: { getAsync: numeric } }, yes, office))?.body).toBe('');
  });

  test('a sender without a text address is left out; a display name that is not text is left out', async () => {
    expect(await readSelectedItem({ subject: 'S', from: { emailAddress: 5 } }, () => false, office)).toStrictEqual({
      subject: 'S',
      body: '',
    });
    expect(await readSelectedItem({ subject: 'S' }, () => false, office)).toStrictEqual({ subject: 'S', body: '' });
    expect(
      await readSelectedItem({ subject: 'S', from: { emailAddress: 'ward7@nhs.net', displayName: 7 } }, () => false, office),
    ).toStrictEqual({
      subject: 'S',
      from: { address: 'ward7@nhs.net' },
      body: '',
    });
  });
});

describe('lazyTeamsSdk', () => {
  const fake = () =>
    ({
      initialize: vi.fn(async () => undefined),
      getContext: vi.fn(async () => ({ app: { theme: 'dark', host: { name: 'Teams' } } })),
      onThemeChange: vi.fn(),
      mailSupported: vi.fn(() => true),
      composeMail: vi.fn(async () => undefined),
    }) as unknown as TeamsSdk & { onThemeChange: ReturnType<typeof vi.fn> };

  test('getContext answers with the loaded SDK context', async () => {
    const sdk = fake();
    expect(await lazyTeamsSdk(async () => sdk).getContext()).toEqual({ app: { theme: 'dark', host: { name: 'Teams' } } });
  });

  test('a theme handler given before the SDK loads is passed on once it has loaded', async () => {
    const sdk = fake();
    const lazy = lazyTeamsSdk(async () => sdk);
    const handler = vi.fn();
    lazy.onThemeChange(handler);
    await lazy.load();
    await Promise.resolve();
    expect(sdk.onThemeChange).toHaveBeenCalledWith(handler);
  });
});

// The pane's mark on the email it filled in (item session data): a help, so every odd answer is
// ignored and every failure resolves false, never throws, never hangs.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { markComposed } from './fillMarker';
import { composeMarkKey } from '../domain/sendGuardProtocol';

type Cb = (result: { status: unknown; value?: unknown }) => void;
const item = (answer: ((cb: Cb) => void) | undefined) => {
  const calls: [string, string][] = [];
  return {
    calls,
    item: {
      sessionData: {
        setAsync: (name: string, value: string, cb?: Cb) => (calls.push([name, value]), answer?.(cb!)),
        getAsync: () => undefined,
      },
    },
  };
};

afterEach(() => vi.useRealTimers());

describe('markComposed', () => {
  test('writes the mark as JSON under nasAssistant and resolves true on success (any case of "succeeded")', async () => {
    const a = item((cb) => cb({ status: 'succeeded' }));
    await expect(markComposed(a.item, { subject: 'New user accounts – VN6C2', sharedMailbox: 'care.vn6c2@nhs.net' })).resolves.toBe(true);
    expect(composeMarkKey).toBe('nasAssistant'); // the key the guard reads
    expect(a.calls).toEqual([['nasAssistant', '{"subject":"New user accounts – VN6C2","sharedMailbox":"care.vn6c2@nhs.net"}']]);
    await expect(markComposed(item((cb) => cb({ status: 'Succeeded' })).item, { subject: 's' })).resolves.toBe(true);
  });

  test('a failed or odd answer resolves false', async () => {
    await expect(markComposed(item((cb) => cb({ status: 'failed' })).item, { subject: 's' })).resolves.toBe(false);
    await expect(markComposed(item((cb) => cb(undefined as never)).item, { subject: 's' })).resolves.toBe(false);
    await expect(markComposed(item((cb) => cb({ status: 'succeededx' })).item, { subject: 's' })).resolves.toBe(false);
  });

  test('no item, no session data, or no setAsync: false at once', async () => {
    await expect(markComposed(undefined, { subject: 's' })).resolves.toBe(false);
    await expect(markComposed({}, { subject: 's' })).resolves.toBe(false);
    await expect(markComposed({ sessionData: { setAsync: 'no' } }, { subject: 's' })).resolves.toBe(false);
  });

  test('setAsync throwing resolves false', async () => {
    const throwing = {
      sessionData: {
        setAsync: () => {
          throw new Error('boom');
        },
      },
    };
    await expect(markComposed(throwing, { subject: 's' })).resolves.toBe(false);
  });

  test('no answer: false after the time-out (2 s by default), not before', async () => {
    vi.useFakeTimers();
    let settled: boolean | undefined;
    void markComposed(item(undefined).item, { subject: 's' }).then((v) => (settled = v));
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(false);
  });

  test('an answer after the time-out changes nothing; one before it clears the timer', async () => {
    vi.useFakeTimers();
    let late: Cb | undefined;
    const p = markComposed(item((cb) => (late = cb)).item, { subject: 's' }, 100);
    await vi.advanceTimersByTimeAsync(100);
    late!({ status: 'succeeded' });
    await expect(p).resolves.toBe(false);
    const q = markComposed(item((cb) => cb({ status: 'succeeded' })).item, { subject: 's' }, 100);
    expect(vi.getTimerCount()).toBe(0);
    await expect(q).resolves.toBe(true);
  });
});

describe('markComposed when Outlook answers late or oddly', () => {
  test('setAsync throwing resolves false at once, not at the time-out', async () => {
    vi.useFakeTimers();
    let settled: boolean | undefined;
    const throwing = {
      sessionData: {
        setAsync: () => {
          throw new Error('boom');
        },
      },
    };
    void markComposed(throwing, { subject: 's' }).then((v) => (settled = v));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
  });

  test('an answer with no result object, arriving later, resolves false without an error', async () => {
    const late = item((cb) => queueMicrotask(() => cb(undefined as never)));
    await expect(markComposed(late.item, { subject: 's' }, 50)).resolves.toBe(false);
  });
});

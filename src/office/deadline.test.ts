import { afterEach, describe, expect, test, vi } from 'vitest';
import { asHostError, callDeadlineMs, composeDeadlineMs, deadlineFor, singleFlight, timedOutMessage, withDeadline } from './deadline';
import { HostError } from './host';

afterEach(() => {
  vi.useRealTimers();
});

const settle = async <T>(p: Promise<T>) =>
  p.then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined, error }),
  );

describe('deadlines', () => {
  test('a few seconds for reading, longer for composing: 3 s and 15 s', () => {
    expect(callDeadlineMs).toBe(3000);
    expect(composeDeadlineMs).toBe(15_000);
    expect(deadlineFor('getFrom')).toBe(3000);
    expect(deadlineFor('snapshot')).toBe(3000);
    expect(deadlineFor('composeNew')).toBe(15_000);
    expect(deadlineFor('fillCurrent')).toBe(15_000);
  });

  test('the time-out message says what failed and how long Outlook was given', () => {
    expect(timedOutMessage('Outlook could not read the From address', 3000)).toBe(
      'Outlook could not read the From address (Outlook did not answer within 3 seconds)',
    );
  });

  test('an answer before the deadline is passed through, and the timer is cleared', async () => {
    vi.useFakeTimers();
    const p = settle(withDeadline(Promise.resolve('care.vn6c2@nhs.net'), 'getFrom', 'x'));
    await vi.advanceTimersByTimeAsync(0);
    expect(await p).toEqual({ value: 'care.vn6c2@nhs.net', error: undefined });
    expect(vi.getTimerCount()).toBe(0);
  });

  test('no answer: rejects at exactly the deadline, not a moment before, with the operation named', async () => {
    vi.useFakeTimers();
    let outcome: { value: unknown; error: unknown } | undefined;
    void settle(withDeadline(new Promise(() => undefined), 'fillCurrent', 'Outlook could not set the body', { ms: 1000 })).then(
      (o) => (outcome = o),
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome?.error).toBeInstanceOf(HostError);
    expect(outcome?.error).toMatchObject({
      operation: 'fillCurrent',
      message: 'Outlook could not set the body (Outlook did not answer within 1 seconds)',
    });
  });

  test('the time-out can have its own words', async () => {
    vi.useFakeTimers();
    const p = settle(
      withDeadline(new Promise(() => undefined), 'snapshot', 'Not shared', {
        timedOut: 'Outlook did not say which mailbox this message is in',
      }),
    );
    await vi.advanceTimersByTimeAsync(callDeadlineMs);
    expect((await p).error).toMatchObject({
      message: 'Outlook did not say which mailbox this message is in (Outlook did not answer within 3 seconds)',
    });
  });

  test('a rejection before the deadline becomes a HostError for the operation and clears the timer', async () => {
    vi.useFakeTimers();
    const p = settle(withDeadline(Promise.reject(new Error('Internal error')), 'composeNew', 'Outlook could not open a new email'));
    await vi.advanceTimersByTimeAsync(0);
    expect((await p).error).toMatchObject({
      name: 'HostError',
      operation: 'composeNew',
      message: 'Outlook could not open a new email (Internal error)',
    });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('asHostError', () => {
  test('a HostError is kept as it is', () => {
    const e = new HostError('getFrom', 'kept');
    expect(asHostError(e, 'snapshot', 'other')).toBe(e);
  });
  test('an Error, a string, or anything else: the reason is kept where there is one', () => {
    expect(asHostError(new Error('boom'), 'snapshot', 'Failed')).toMatchObject({ operation: 'snapshot', message: 'Failed (boom)' });
    expect(asHostError('text reason', 'getFrom', 'Failed')).toMatchObject({ operation: 'getFrom', message: 'Failed (text reason)' });
    expect(asHostError(42, 'getFrom', 'Failed')).toMatchObject({ message: 'Failed' });
    expect(asHostError(new Error(''), 'getFrom', 'Failed')).toMatchObject({ message: 'Failed' });
  });
});

describe('singleFlight', () => {
  test('callers share the call in flight; a new call starts only once it has settled', async () => {
    const resolvers: ((v: number) => void)[] = [];
    const start = vi.fn(() => new Promise<number>((r) => resolvers.push(r)));
    const call = singleFlight(start);
    const a = call();
    const b = call();
    expect(a).toBe(b);
    expect(start).toHaveBeenCalledTimes(1);
    resolvers[0]!(1);
    expect(await a).toBe(1);
    const c = call();
    expect(c).not.toBe(a);
    expect(start).toHaveBeenCalledTimes(2);
    resolvers[1]!(2);
    expect(await c).toBe(2);
  });

  test('a failed call is not kept either', async () => {
    let n = 0;
    const call = singleFlight(() => (++n === 1 ? Promise.reject(new Error('no')) : Promise.resolve(n)));
    await expect(call()).rejects.toThrow('no');
    expect(await call()).toBe(2);
  });
});

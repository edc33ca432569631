import { afterEach, describe, expect, test, vi } from 'vitest';
import { HostEvents, fromPollMs, pollFrom } from './hostEvents';
import type { HostChange } from './host';

afterEach(() => {
  vi.useRealTimers();
});

describe('HostEvents', () => {
  test('sources start with the first listener and stop with the last, once each', () => {
    const stop = vi.fn();
    const sources = vi.fn(() => stop);
    const events = new HostEvents(sources);
    const a = events.subscribe(() => undefined);
    const b = events.subscribe(() => undefined);
    expect(sources).toHaveBeenCalledTimes(1);
    expect(events.listenerCount).toBe(2);
    a();
    expect(stop).not.toHaveBeenCalled();
    a();
    expect(events.listenerCount).toBe(1);
    b();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(events.listenerCount).toBe(0);
    events.subscribe(() => undefined);
    expect(sources).toHaveBeenCalledTimes(2);
  });

  test('emits to every listener in order, even when one unsubscribes another mid-way', () => {
    let emit: (c: HostChange) => void = () => undefined;
    const events = new HostEvents((e) => ((emit = e), () => undefined));
    const seen: string[] = [];
    let stopB: () => void = () => undefined;
    events.subscribe((c) => {
      seen.push(`a:${c}`);
      stopB();
    });
    stopB = events.subscribe((c) => seen.push(`b:${c}`));
    emit('item');
    emit('theme');
    expect(seen).toEqual(['a:item', 'b:item', 'a:theme']);
  });
});

describe('pollFrom', () => {
  test('reads at once for a baseline, then once per interval; a change is reported once', async () => {
    vi.useFakeTimers();
    let from: string | undefined = 'a@nhs.net';
    const read = vi.fn(() => Promise.resolve(from));
    const changed = vi.fn();
    const poll = pollFrom(read, changed);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(fromPollMs - 1);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toHaveBeenCalledTimes(2);
    expect(changed).not.toHaveBeenCalled();
    from = undefined;
    await vi.advanceTimersByTimeAsync(fromPollMs);
    expect(changed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(fromPollMs * 3);
    expect(changed).toHaveBeenCalledTimes(1);
    poll.stop();
    const reads = read.mock.calls.length;
    await vi.advanceTimersByTimeAsync(fromPollMs * 3);
    expect(read).toHaveBeenCalledTimes(reads);
  });

  test('a first answer of undefined is a baseline too: a later address is a change', async () => {
    vi.useFakeTimers();
    const outlook: { from?: string } = {};
    const changed = vi.fn();
    pollFrom(() => Promise.resolve(outlook.from), changed, 100);
    await vi.advanceTimersByTimeAsync(0);
    outlook.from = 'care.vn6c2@nhs.net';
    await vi.advanceTimersByTimeAsync(100);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  test('a failed read is not a change, and polling carries on', async () => {
    vi.useFakeTimers();
    let fail = false;
    const read = vi.fn(() => (fail ? Promise.reject(new Error('x')) : Promise.resolve('a')));
    const changed = vi.fn();
    pollFrom(read, changed, 100);
    await vi.advanceTimersByTimeAsync(0);
    fail = true;
    await vi.advanceTimersByTimeAsync(100);
    fail = false;
    await vi.advanceTimersByTimeAsync(100);
    expect(read).toHaveBeenCalledTimes(3);
    expect(changed).not.toHaveBeenCalled();
  });

  test('now() polls at once; while a read is in flight it asks again right after, not twice at once', async () => {
    vi.useFakeTimers();
    const resolvers: ((v: string) => void)[] = [];
    const read = vi.fn(() => new Promise<string>((r) => resolvers.push(r)));
    const changed = vi.fn();
    const poll = pollFrom(read, changed, 1000);
    poll.now();
    poll.now();
    expect(read).toHaveBeenCalledTimes(1);
    resolvers[0]!('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledTimes(2);
    resolvers[1]!('b');
    await vi.advanceTimersByTimeAsync(0);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(read).toHaveBeenCalledTimes(3);
  });

  test('an answer arriving after stop is not reported, and nothing more is scheduled', async () => {
    vi.useFakeTimers();
    const resolvers: ((v: string) => void)[] = [];
    const read = vi.fn(() => new Promise<string>((r) => resolvers.push(r)));
    const changed = vi.fn();
    const poll = pollFrom(read, changed, 100);
    resolvers[0]!('a');
    await vi.advanceTimersByTimeAsync(100);
    poll.stop();
    resolvers[1]!('b');
    await vi.advanceTimersByTimeAsync(0);
    // Nothing left scheduled once stopped.
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(changed).not.toHaveBeenCalled();
    expect(read).toHaveBeenCalledTimes(2);
    poll.now();
    expect(read).toHaveBeenCalledTimes(2);
  });
});

// The screens chunk's loader: the mark `npm run bench` waits for before timing a click on a settled pane,
// one load shared by all, a failed load forgotten and retried only when asked, and the idle wait.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadScreens, screensMark } from './useLazyScreens';

test(`"${screensMark}" is marked when the screens have loaded, not before`, async () => {
  performance.clearMarks(screensMark);
  const loading = loadScreens();
  expect(performance.getEntriesByName(screensMark)).toHaveLength(0);
  const screens = await loading;
  expect(typeof screens.RequestScreen).toBe('function');
  expect(performance.getEntriesByName(screensMark)).toHaveLength(1);
  expect(screensMark).toBe('nas-screens-loaded');
});

// The loader's state lives in the module (one load shared by every component), so each test below
// takes a fresh copy, whose lazy chunk is a stand-in that answers or fails when the test says.
describe('with a stand-in chunk (a fresh loader each test)', () => {
  const standIn = { marked: 'the lazy screens' };
  const chunk = {
    attempts: 0,
    pending: [] as { load: () => void; fail: () => void }[],
  };
  const factory = () => {
    chunk.attempts++;
    return new Promise((resolve, reject) =>
      chunk.pending.push({ load: () => resolve(standIn), fail: () => reject(new Error('Failed to fetch dynamically imported module')) }),
    );
  };
  /** Settles the oldest attempt still waiting, and lets everything that follows from it run. */
  const settle = (how: 'load' | 'fail') =>
    act(async () => {
      const next = chunk.pending.shift();
      if (!next) throw new Error('no load is waiting');
      next[how]();
      await vi.advanceTimersByTimeAsync(0);
    });
  let lazy: typeof import('./useLazyScreens');
  // The stand-in is registered again each time: Vitest keeps a stand-in's answer across resetModules.
  const fresh = async () => {
    vi.resetModules();
    vi.doMock('../lazy/lazyScreens', factory);
    lazy = await import('./useLazyScreens');
  };

  beforeEach(async () => {
    vi.useFakeTimers();
    chunk.attempts = 0;
    chunk.pending = [];
    await fresh();
  });
  afterEach(() => {
    vi.doUnmock('../lazy/lazyScreens');
    vi.resetModules();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  describe('loadScreens', () => {
    test('one import however many ask at once, and each gets the screens', async () => {
      const first = lazy.loadScreens();
      const second = lazy.loadScreens();
      await vi.advanceTimersByTimeAsync(0);
      expect(chunk.attempts).toBe(1);
      await settle('load');
      expect(await first).toMatchObject(standIn);
      expect(await second).toBe(await first);
      expect(await lazy.loadScreens()).toBe(await first);
      expect(chunk.attempts).toBe(1);
    });

    test('a failed load rejects, is forgotten, and the next call imports afresh', async () => {
      const failing = lazy.loadScreens();
      const seen = failing.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(0);
      await settle('fail');
      expect(await seen).toBeInstanceOf(Error);
      await expect(failing).rejects.toThrow();
      const again = lazy.loadScreens();
      await vi.advanceTimersByTimeAsync(0);
      expect(chunk.attempts).toBe(2);
      await settle('load');
      expect(await again).toMatchObject(standIn);
    });

    test(`"${screensMark}" is marked on success only, once`, async () => {
      // Fake timers stand in for performance too: watch the call rather than the entries.
      const mark = vi.spyOn(performance, 'mark');
      const failing = lazy.loadScreens().catch(() => undefined);
      await vi.advanceTimersByTimeAsync(0);
      await settle('fail');
      await failing;
      expect(mark).not.toHaveBeenCalled();
      const loading = lazy.loadScreens();
      await vi.advanceTimersByTimeAsync(0);
      await settle('load');
      await loading;
      await lazy.loadScreens();
      expect(mark.mock.calls).toEqual([[screensMark]]);
    });

    test('where there is no performance.mark, or no performance at all, the screens still load', async () => {
      vi.stubGlobal('performance', { now: () => Date.now() });
      const loading = lazy.loadScreens();
      await vi.advanceTimersByTimeAsync(0);
      await settle('load');
      expect(await loading).toMatchObject(standIn);

      await fresh();
      vi.stubGlobal('performance', undefined);
      const without = lazy.loadScreens();
      await vi.advanceTimersByTimeAsync(0);
      await settle('load');
      expect(await without).toMatchObject(standIn);
    });
  });

  describe('prefetchScreens and loadScreensWhenIdle: once the pane is idle', () => {
    const idleCallback = () => {
      const idle = vi.fn<(then: () => void, options?: { timeout: number }) => void>();
      vi.stubGlobal('requestIdleCallback', idle);
      return idle;
    };

    test('prefetch waits for requestIdleCallback, asked to wait at most 2000 ms, and no timer', async () => {
      const idle = idleCallback();
      lazy.prefetchScreens();
      expect(idle).toHaveBeenCalledTimes(1);
      expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 2000 });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(chunk.attempts).toBe(0);
      idle.mock.calls[0]![0]();
      await vi.advanceTimersByTimeAsync(0);
      expect(chunk.attempts).toBe(1);
      await settle('load');
      expect(await lazy.loadScreens()).toMatchObject(standIn);
      expect(chunk.attempts).toBe(1);
    });

    test('prefetch without requestIdleCallback waits 200 ms, not 199', async () => {
      lazy.prefetchScreens();
      await vi.advanceTimersByTimeAsync(199);
      expect(chunk.attempts).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(chunk.attempts).toBe(1);
    });

    test('a failed prefetch is swallowed (no unhandled rejection) and forgotten', async () => {
      lazy.prefetchScreens();
      await vi.advanceTimersByTimeAsync(200);
      await settle('fail');
      const again = lazy.loadScreens();
      await vi.advanceTimersByTimeAsync(0);
      expect(chunk.attempts).toBe(2);
      await settle('load');
      expect(await again).toMatchObject(standIn);
    });

    test('loadScreensWhenIdle waits for requestIdleCallback (at most 2000 ms), then loads', async () => {
      const idle = idleCallback();
      let screens: unknown;
      void lazy.loadScreensWhenIdle().then((s) => (screens = s));
      expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 2000 });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(chunk.attempts).toBe(0);
      idle.mock.calls[0]![0]();
      await vi.advanceTimersByTimeAsync(0);
      expect(chunk.attempts).toBe(1);
      await settle('load');
      expect(screens).toMatchObject(standIn);
    });

    test('loadScreensWhenIdle without requestIdleCallback waits 200 ms, not 199', async () => {
      let screens: unknown;
      void lazy.loadScreensWhenIdle().then((s) => (screens = s));
      await vi.advanceTimersByTimeAsync(199);
      expect(chunk.attempts).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(chunk.attempts).toBe(1);
      await settle('load');
      expect(screens).toMatchObject(standIn);
    });

    test('loadScreensWhenIdle answers at once once the screens are loaded, without waiting for idle', async () => {
      const loading = lazy.loadScreens();
      await vi.advanceTimersByTimeAsync(0);
      await settle('load');
      const screens = await loading;
      const idle = idleCallback();
      expect(await lazy.loadScreensWhenIdle()).toBe(screens);
      expect(idle).not.toHaveBeenCalled();
    });

    test('loadScreensWhenIdle rejects when the load fails', async () => {
      const answer = lazy.loadScreensWhenIdle().then(
        () => 'loaded',
        () => 'failed',
      );
      await vi.advanceTimersByTimeAsync(200);
      await settle('fail');
      expect(await answer).toBe('failed');
    });
  });

  describe('useLazyScreens and useLazyScreensFailure', () => {
    const both = (needed?: boolean) => ({ screens: lazy.useLazyScreens(needed), failure: lazy.useLazyScreensFailure() });

    test('needed by default: loading starts at once (not at idle); undefined until the screens arrive', async () => {
      const idle = vi.fn();
      vi.stubGlobal('requestIdleCallback', idle);
      const { result } = renderHook(() => both());
      expect(result.current.screens).toBeUndefined();
      expect(result.current.failure.failed).toBe(false);
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(chunk.attempts).toBe(1);
      expect(idle).not.toHaveBeenCalled();
      await settle('load');
      expect(result.current.screens).toMatchObject(standIn);
      expect(result.current.screens).toBe(await lazy.loadScreens());
      expect(result.current.failure.failed).toBe(false);
      expect(chunk.attempts).toBe(1);
    });

    test('useLazyScreens(false) does not load, shows the screens once something else loads them, and loads when needed later', async () => {
      const { result, rerender } = renderHook(({ needed }) => lazy.useLazyScreens(needed), { initialProps: { needed: false } });
      await act(() => vi.advanceTimersByTimeAsync(5000));
      expect(chunk.attempts).toBe(0);
      expect(result.current).toBeUndefined();
      rerender({ needed: true });
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(chunk.attempts).toBe(1);
      await settle('load');
      expect(result.current).toMatchObject(standIn);
    });

    test('useLazyScreens(false) shows the screens another caller loaded', async () => {
      const { result } = renderHook(() => lazy.useLazyScreens(false));
      const loading = lazy.loadScreens();
      await act(() => vi.advanceTimersByTimeAsync(0));
      await settle('load');
      expect(result.current).toBe(await loading);
      expect(chunk.attempts).toBe(1);
    });

    test('a failed load is reported and never retried on its own, only by retry', async () => {
      const { result, rerender } = renderHook(() => both());
      await act(() => vi.advanceTimersByTimeAsync(0));
      await settle('fail');
      expect(result.current.failure.failed).toBe(true);
      expect(result.current.screens).toBeUndefined();
      // Re-rendering, or another screen that needs them appearing, does not try again.
      rerender();
      const another = renderHook(() => lazy.useLazyScreens());
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      expect(chunk.attempts).toBe(1);
      expect(another.result.current).toBeUndefined();
      act(() => result.current.failure.retry());
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(chunk.attempts).toBe(2);
      await settle('load');
      expect(result.current.failure.failed).toBe(false);
      expect(result.current.screens).toMatchObject(standIn);
      expect(another.result.current).toBe(result.current.screens);
    });

    test('a component that goes stops listening', () => {
      expect(lazy.screensListenerCount()).toBe(0);
      // useLazyScreens listens twice (the screens, the failure); useLazyScreensFailure once.
      const screens = renderHook(() => lazy.useLazyScreens(false));
      expect(lazy.screensListenerCount()).toBe(2);
      const failure = renderHook(() => lazy.useLazyScreensFailure());
      expect(lazy.screensListenerCount()).toBe(3);
      screens.unmount();
      expect(lazy.screensListenerCount()).toBe(1);
      failure.unmount();
      expect(lazy.screensListenerCount()).toBe(0);
    });

    test('a retry that fails again is reported again, and swallowed', async () => {
      const { result } = renderHook(() => lazy.useLazyScreensFailure());
      const first = lazy.loadScreens().catch(() => undefined);
      await act(() => vi.advanceTimersByTimeAsync(0));
      await settle('fail');
      await first;
      expect(result.current.failed).toBe(true);
      act(() => result.current.retry());
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(chunk.attempts).toBe(2);
      await settle('fail');
      expect(result.current.failed).toBe(true);
    });
  });
});

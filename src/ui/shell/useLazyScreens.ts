// Loads the lazy screens module once, shared by every component that needs it. Not React.lazy:
// React 19 holds back content revealed after a Suspense fallback for about 300 ms, which would
// make every first form feel slow. Components render a short "Loading…" until it arrives.
//
// A load can fail (a redeploy while the pane is open, a network blip). The failure is not kept:
// "Try again" imports afresh (browsers no longer keep a failed module fetch: whatwg/html#10327).
import { useEffect, useSyncExternalStore } from 'react';

type Screens = typeof import('../lazy/lazyScreens');

/** Marked once the screens have loaded (`npm run bench` times a click on a settled pane from it). */
export const screensMark = 'nas-screens-loaded';

let loaded: Screens | undefined;
let loading: Promise<Screens> | undefined;
let failed = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function loadScreens(): Promise<Screens> {
  loading ??= import('../lazy/lazyScreens').then(
    (m) => {
      loaded = m;
      failed = false;
      if (typeof performance?.mark === 'function') performance.mark(screensMark);
      notify();
      return m;
    },
    (error: unknown) => {
      // Forget the failed attempt, so the next call tries again.
      loading = undefined;
      failed = true;
      notify();
      throw error;
    },
  );
  return loading;
}

/** Runs `then` once the pane is idle (the first screen drawn), or after a short wait where there is no idle callback. */
function whenIdle(then: () => void) {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(then, { timeout: 2000 });
  else setTimeout(then, 200);
}

/** Fetch the screens while the user reads the action list, so the first click is quick. */
export function prefetchScreens() {
  whenIdle(() => void loadScreens().catch(() => undefined));
}

/** The screens for work that can wait for the first screen (the open email's card): loaded at idle, not during start-up. */
export function loadScreensWhenIdle(): Promise<Screens> {
  if (loaded) return Promise.resolve(loaded);
  return new Promise<void>((resolve) => whenIdle(resolve)).then(loadScreens);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** How many components are listening for the screens (tests check that one unmounted lets go). */
export function screensListenerCount(): number {
  return listeners.size;
}

/** The screens module once loaded; `needed` starts loading it now rather than at idle. */
export function useLazyScreens(needed = true): Screens | undefined {
  const screens = useSyncExternalStore(subscribe, () => loaded);
  const hasFailed = useSyncExternalStore(subscribe, () => failed);
  useEffect(() => {
    // After a failure, only "Try again" loads again: no silent loop while the network is down.
    if (screens || !needed || hasFailed) return;
    loadScreens().catch(() => undefined);
  }, [screens, needed, hasFailed]);
  return screens;
}

/** Whether the last load failed, and a way to try again. */
export function useLazyScreensFailure(): { failed: boolean; retry: () => void } {
  return { failed: useSyncExternalStore(subscribe, () => failed), retry: () => void loadScreens().catch(() => undefined) };
}

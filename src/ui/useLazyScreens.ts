// Loads the lazy screens module once, shared by every component that needs it. Not React.lazy:
// React 19 holds back content revealed after a Suspense fallback for about 300 ms, which would
// make every first form feel slow. Components render a short "Loading…" until it arrives.
//
// A load can fail (a redeploy while the pane is open, a network blip). The failure is not kept:
// "Try again" loads afresh, and where the browser still remembers the failed fetch for that
// address, the retry asks for the same file under a new query so the network is really asked.
import { useEffect, useSyncExternalStore } from 'react';

type Screens = typeof import('./lazyScreens');

let loaded: Screens | undefined;
let loading: Promise<Screens> | undefined;
let failure: { url?: string } | undefined;
let attempt = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** The chunk's address, from the browser's "Failed to fetch dynamically imported module: <url>". */
function failedUrl(error: unknown): string | undefined {
  const m = /(https?:\/\/\S+\.js)\b/.exec(error instanceof Error ? error.message : String(error));
  return m?.[1];
}

function importScreens(): Promise<Screens> {
  const url = failure?.url;
  if (url) return import(/* @vite-ignore */ `${url}?retry=${++attempt}`) as Promise<Screens>;
  return import('./lazyScreens');
}

export function loadScreens(): Promise<Screens> {
  loading ??= importScreens().then(
    (m) => {
      loaded = m;
      failure = undefined;
      notify();
      return m;
    },
    (error: unknown) => {
      // Forget the failed attempt, so the next call tries again.
      loading = undefined;
      failure = { url: failedUrl(error) ?? failure?.url };
      notify();
      throw error;
    },
  );
  return loading;
}

/** Fetch the screens while the user reads the action list, so the first click is quick. */
export function prefetchScreens() {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  const load = () => void loadScreens().catch(() => undefined);
  if (idle) idle(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** The screens module once loaded; `needed` starts loading it now rather than at idle. */
export function useLazyScreens(needed = true): Screens | undefined {
  const screens = useSyncExternalStore(subscribe, () => loaded);
  const failed = useSyncExternalStore(subscribe, () => failure !== undefined);
  useEffect(() => {
    // After a failure, only "Try again" loads again: no silent loop while the network is down.
    if (screens || !needed || failed) return;
    loadScreens().catch(() => undefined);
  }, [screens, needed, failed]);
  return screens;
}

/** Whether the last load failed, and a way to try again. */
export function useLazyScreensFailure(): { failed: boolean; retry: () => void } {
  const failed = useSyncExternalStore(subscribe, () => failure !== undefined);
  return { failed, retry: () => void loadScreens().catch(() => undefined) };
}

/** Tests only: start again as if the page had just loaded. */
export function resetLazyScreensForTest() {
  loaded = undefined;
  loading = undefined;
  failure = undefined;
  notify();
}

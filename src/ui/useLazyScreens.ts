// Loads the lazy screens module once, shared by every component that needs it. Not React.lazy:
// React 19 holds back content revealed after a Suspense fallback for about 300 ms, which would
// make every first form feel slow. Components render a short "Loading…" until it arrives.
import { useEffect, useState } from 'react';

type Screens = typeof import('./lazyScreens');

let loaded: Screens | undefined;
let loading: Promise<Screens> | undefined;

export function loadScreens(): Promise<Screens> {
  loading ??= import('./lazyScreens').then((m) => (loaded = m));
  return loading;
}

/** Fetch the screens while the user reads the action list, so the first click is quick. */
export function prefetchScreens() {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(() => void loadScreens(), { timeout: 2000 });
  else setTimeout(() => void loadScreens(), 200);
}

/** The screens module once loaded; `needed` starts loading it now rather than at idle. */
export function useLazyScreens(needed = true): Screens | undefined {
  const [screens, setScreens] = useState(loaded);
  useEffect(() => {
    if (screens || !needed) return;
    let live = true;
    loadScreens().then((m) => live && setScreens(m), () => undefined);
    return () => {
      live = false;
    };
  }, [screens, needed]);
  return screens;
}

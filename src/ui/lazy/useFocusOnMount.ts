import { useEffect, useRef } from 'react';

/** Moves keyboard focus to the element when a new screen appears, so nobody is left on a button that has gone. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

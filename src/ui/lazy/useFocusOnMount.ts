import { useEffect, useRef } from 'react';

/** Moves keyboard focus to the element when a new screen appears, so nobody is left on a button that has gone. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(
    () => {
      ref.current?.focus();
    },
    // Stryker disable next-line ArrayDeclaration: ["Stryker was here"] never changes either, so the effect still runs on mount only
    [],
  );
  return ref;
}

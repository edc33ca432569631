import { createContext } from 'react';

/** Fields whose pasted text was cut to their limit (by path key), until the user edits them. */
export const CutNotes = createContext<{ cut: ReadonlySet<string>; add: (paths: string[]) => void; clear: (path: string) => void }>({
  cut: new Set(),
  add: () => undefined,
  clear: () => undefined,
});

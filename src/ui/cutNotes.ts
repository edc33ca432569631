import { createContext } from 'react';

/**
 * Notes on pasted cells, by path key, until the user edits them: `cut` holds the fields whose
 * pasted text was cut to their limit, `repaired` the note for a value that was put right (a
 * mobile that had lost its leading 0).
 */
export const CutNotes = createContext<{
  cut: ReadonlySet<string>;
  repaired?: ReadonlyMap<string, string>;
  add: (paths: string[], repaired?: readonly (readonly [string, string])[]) => void;
  clear: (path: string) => void;
}>({
  cut: new Set(),
  add: () => undefined,
  clear: () => undefined,
});

import { createContext } from 'react';

/**
 * Notes on pasted cells, by path key, until the user edits them: the note for a value that was put
 * right (a mobile that had lost its leading 0). Nothing pasted is ever cut (fieldNotes.ts).
 */
export const CutNotes = createContext<{
  repaired?: ReadonlyMap<string, string>;
  add: (repaired: readonly (readonly [string, string])[]) => void;
  clear: (path: string) => void;
}>({
  add: () => undefined,
  clear: () => undefined,
});

// The notes on pasted cells: outside a provider the form still works, and the context's defaults
// do nothing.
import { useContext } from 'react';
import { renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { CutNotes } from './cutNotes';

test('without a provider there are no notes, and add and clear do nothing and return undefined', () => {
  const { result } = renderHook(() => useContext(CutNotes));
  const notes = result.current;
  expect(notes.repaired).toBeUndefined();
  expect(Object.keys(notes).sort()).toEqual(['add', 'clear']);
  expect(notes.add([['people.0.mobile', 'The leading 0 was put back.']])).toBeUndefined();
  expect(notes.clear('people.0.mobile')).toBeUndefined();
  expect(notes.add([])).toBeUndefined();
  // Still nothing after the calls: the default holds no state.
  expect(renderHook(() => useContext(CutNotes)).result.current.repaired).toBeUndefined();
});

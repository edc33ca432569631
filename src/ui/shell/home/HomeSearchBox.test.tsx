// The search box's take-over: the plain stand-in gives way to Fluent's SearchBox when the lazy
// screens arrive, possibly mid-word. The SearchBox must carry on with the same value, focus and
// caret, even when the stand-in's `select` event has not caught up with the last keystroke.
import { describe, expect, test, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState, useSyncExternalStore } from 'react';
import SearchField from '../../lazy/home/SearchField';

const lazy = vi.hoisted(() => {
  let screens: unknown;
  const listeners = new Set<() => void>();
  return {
    get: () => screens,
    subscribe: (l: () => void) => (listeners.add(l), () => void listeners.delete(l)),
    arrive: (value: unknown) => {
      screens = value;
      listeners.forEach((l) => l());
    },
  };
});
vi.mock('../useLazyScreens', () => ({
  useLazyScreens: () => useSyncExternalStore(lazy.subscribe, lazy.get),
  loadScreens: () => new Promise(() => undefined),
}));
const { HomeSearchBox } = await import('./HomeSearchBox');

function Box() {
  const [value, setValue] = useState('');
  return <HomeSearchBox value={value} onChange={setValue} />;
}

describe('the home search box', () => {
  test.each([
    ['mate', 4, 4],
    ['mate', 2, 2],
    ['maternity', 9, 9],
  ])('typed "%s" with the caret at %i when the SearchBox takes over: focus and caret carry over (at %i)', (typed, at, expected) => {
    lazy.arrive(undefined);
    render(<Box />);
    const standIn = screen.getByRole('searchbox', { name: 'Find a request or an answer' }) as HTMLInputElement;
    standIn.focus();
    fireEvent.focus(standIn);
    // Typed, with no `select` event yet (as when Chromium's lags a keystroke behind).
    fireEvent.change(standIn, { target: { value: typed } });
    standIn.setSelectionRange(at, at);
    act(() => lazy.arrive({ SearchField }));
    const box = screen.getByRole('searchbox', { name: 'Find a request or an answer' }) as HTMLInputElement;
    expect(box).not.toBe(standIn);
    expect(box.value).toBe(typed);
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([expected, expected]);
  });

  test('not focused when the SearchBox takes over: it does not take focus', () => {
    lazy.arrive(undefined);
    render(<Box />);
    act(() => lazy.arrive({ SearchField }));
    expect(document.activeElement).toBe(document.body);
  });
});

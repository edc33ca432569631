// Keyboard focus moves to a new screen's element when it appears, once, and never fails without one.
import { createElement } from 'react';
import { render, renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useFocusOnMount } from './useFocusOnMount';

function Screen({ label }: { label: string }) {
  const ref = useFocusOnMount<HTMLInputElement>();
  return createElement('input', { ref, 'aria-label': label });
}

test('the element takes focus when it appears', () => {
  const before = document.createElement('button');
  document.body.append(before);
  before.focus();
  const { getByRole } = render(createElement(Screen, { label: 'Site name' }));
  expect(document.activeElement).toBe(getByRole('textbox', { name: 'Site name' }));
  before.remove();
});

test('only when it appears: a later render leaves focus where the person put it', () => {
  const { getByRole, rerender } = render(createElement(Screen, { label: 'Site name' }));
  const elsewhere = document.createElement('button');
  document.body.append(elsewhere);
  elsewhere.focus();
  rerender(createElement(Screen, { label: 'Site name, again' }));
  expect(getByRole('textbox', { name: 'Site name, again' })).not.toBe(document.activeElement);
  expect(document.activeElement).toBe(elsewhere);
  elsewhere.remove();
});

test('the ref starts empty, and with nothing attached nothing is focused and nothing fails', () => {
  const { result } = renderHook(() => useFocusOnMount<HTMLDivElement>());
  expect(result.current.current).toBeNull();
  expect(document.activeElement).toBe(document.body);
});

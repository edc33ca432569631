// Pins for paneStorage.ts: a null backing means memory only, not localStorage.
import { afterEach, expect, test } from 'vitest';
import { paneStorage } from './paneStorage';

afterEach(() => localStorage.clear());

test('a null backing keeps values in memory only (storage blocked), never in localStorage', () => {
  const s = paneStorage('abc', null);
  expect(s.blocked).toBe(true);
  expect(s.set('mailboxes', '[]')).toBe(false);
  expect(s.get('mailboxes')).toBe('[]');
  expect(localStorage.length).toBe(0);
  expect(s.area?.prefix).toBe('abc:nas-assistant:');
});

test('no backing given: localStorage', () => {
  const s = paneStorage(undefined);
  expect(s.blocked).toBe(false);
  expect(s.set('mailboxes', '[]')).toBe(true);
  expect(localStorage.getItem('nas-assistant:mailboxes')).toBe('[]');
});

test('a backing given is used under the partition prefix', () => {
  const s = paneStorage('p', localStorage);
  s.set('k', 'v');
  expect(localStorage.getItem('p:nas-assistant:k')).toBe('v');
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { paneStorage, paneStoragePrefix } from './paneStorage';

afterEach(() => localStorage.clear());

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the pane storage (one helper for the task pane and the send guard)', () => {
  test('keyed under the partition key where Outlook gives one', () => {
    paneStorage('abc').set('mailboxes', '["care.vn6c2@nhs.net"]');
    paneStorage(undefined).set('mailboxes', '["pharmacy.fh542@nhs.net"]');
    expect(localStorage.getItem('abc:nas-assistant:mailboxes')).toBe('["care.vn6c2@nhs.net"]');
    expect(localStorage.getItem('nas-assistant:mailboxes')).toBe('["pharmacy.fh542@nhs.net"]');
  });

  test('the prefix is written once in src/ (here), so the pane and the guard cannot drift apart', () => {
    const src = resolve(import.meta.dirname, '..');
    const writers = sources(src)
      .filter(
        (f) => readFileSync(f, 'utf8').includes(`'${paneStoragePrefix}'`) || readFileSync(f, 'utf8').includes(`${paneStoragePrefix}\``),
      )
      .map((f) => relative(src, f));
    expect(writers).toEqual(['office/paneStorage.ts']);
  });
});

describe('where the pane keeps its values', () => {
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
});

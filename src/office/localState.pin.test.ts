// Pins for localState.ts: what a draft must look like to be restored, and the remembered list's limits.
import { describe, expect, test } from 'vitest';
import { memoryStorage, type KeyValueStore } from './host';
import { loadDraft, rememberMailbox, rememberedMailboxes, saveDraft } from './localState';

/** A memory store that records removals. */
function recording(): KeyValueStore & { removed: string[] } {
  const store = memoryStorage();
  const removed: string[] = [];
  return {
    ...store,
    removed,
    remove: (key) => {
      removed.push(key);
      store.remove(key);
    },
  };
}

const now = Date.UTC(2026, 11, 1, 9, 0, 0);

describe('drafts: the stored shape', () => {
  test('a draft is kept as JSON under draft:<kind id>', () => {
    const store = memoryStorage();
    saveDraft(store, 'audit', { note: 'x' }, now);
    expect(store.get('draft:audit')).toBe(`{"savedAt":${now},"values":{"note":"x"}}`);
    expect(loadDraft(store, 'audit', now)).toEqual({ savedAt: now, values: { note: 'x' } });
  });
  test('no draft: nothing is removed', () => {
    const store = recording();
    expect(loadDraft(store, 'audit', now)).toBeUndefined();
    expect(store.removed).toEqual([]);
  });
  test('an empty value is no draft, and is left alone', () => {
    const store = recording();
    store.set('draft:audit', '');
    expect(loadDraft(store, 'audit', now)).toBeUndefined();
    expect(store.removed).toEqual([]);
  });
  test.each([
    ['savedAt not a number', `{"savedAt":"${now}","values":{}}`],
    ['savedAt missing', '{"values":{"note":"x"}}'],
    ['values not an object', `{"savedAt":${now},"values":"x"}`],
    ['values missing', `{"savedAt":${now}}`],
    ['JSON null', 'null'],
    ['not JSON', '{not json'],
  ])('%s: dropped and removed', (_, raw) => {
    const store = recording();
    store.set('draft:audit', raw);
    expect(loadDraft(store, 'audit', now)).toBeUndefined();
    expect(store.removed).toEqual(['draft:audit']);
    expect(store.get('draft:audit')).toBeNull();
  });
  test('a draft saved 24 hours ago is kept; 24 hours and 1 ms ago it is removed', () => {
    const store = recording();
    saveDraft(store, 'audit', { note: 'x' }, now - 86_400_000);
    expect(loadDraft(store, 'audit', now)?.values).toEqual({ note: 'x' });
    expect(store.removed).toEqual([]);
    saveDraft(store, 'audit', { note: 'x' }, now - 86_400_001);
    expect(loadDraft(store, 'audit', now)).toBeUndefined();
    expect(store.removed).toEqual(['draft:audit']);
  });
});

describe('remembered mailboxes', () => {
  test('none stored: an empty list', () => {
    expect(rememberedMailboxes(memoryStorage())).toEqual([]);
  });
  test('a stored value that is not a list, or not JSON, gives an empty list', () => {
    const store = memoryStorage();
    store.set('mailboxes', '{"care.vn6c2@nhs.net":1}');
    expect(rememberedMailboxes(store)).toEqual([]);
    store.set('mailboxes', '"care.vn6c2@nhs.net"');
    expect(rememberedMailboxes(store)).toEqual([]);
    store.set('mailboxes', '[not json');
    expect(rememberedMailboxes(store)).toEqual([]);
  });
  test('only strings are kept, at most the first five', () => {
    const store = memoryStorage();
    store.set('mailboxes', JSON.stringify([1, 'a@nhs.net', null, 'b@nhs.net', {}, 'c@nhs.net', 'd@nhs.net', 'e@nhs.net', 'f@nhs.net']));
    expect(rememberedMailboxes(store)).toEqual(['a@nhs.net', 'b@nhs.net', 'c@nhs.net', 'd@nhs.net', 'e@nhs.net']);
  });
  test('remembering stores at most five, newest first, lower case', () => {
    const store = memoryStorage();
    for (const a of ['a', 'b', 'c', 'd', 'e']) rememberMailbox(store, `${a}@nhs.net`);
    rememberMailbox(store, 'F@NHS.NET');
    expect(JSON.parse(store.get('mailboxes')!)).toEqual(['f@nhs.net', 'e@nhs.net', 'd@nhs.net', 'c@nhs.net', 'b@nhs.net']);
  });
});

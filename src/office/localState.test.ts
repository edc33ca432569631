import { describe, expect, test } from 'vitest';
import { clearDraft, draftLifetimeMs, loadDraft, rememberMailbox, rememberedMailboxes, saveDraft } from './localState';
import { memoryStorage as memoryStore } from './host';

describe('drafts', () => {
  test('saved, restored, cleared', () => {
    const store = memoryStore();
    saveDraft(store, 'audit', { note: 'x' }, 1000);
    expect(loadDraft(store, 'audit', 2000)?.values).toEqual({ note: 'x' });
    clearDraft(store, 'audit');
    expect(loadDraft(store, 'audit', 2000)).toBeUndefined();
  });
  test('expire after 24 hours and are removed', () => {
    const store = memoryStore();
    saveDraft(store, 'audit', { note: 'x' }, 0);
    expect(loadDraft(store, 'audit', draftLifetimeMs)).toBeDefined();
    expect(loadDraft(store, 'audit', draftLifetimeMs + 1)).toBeUndefined();
    expect(store.get('draft:audit')).toBeNull();
  });
  test('the lifetime is 24 hours, written out: kept at 24 h exactly, gone 1 ms later', () => {
    expect(draftLifetimeMs).toBe(24 * 60 * 60 * 1000);
    expect(draftLifetimeMs).toBe(86_400_000);
    const store = memoryStore();
    const saved = Date.UTC(2026, 10, 20, 9, 0, 0);
    saveDraft(store, 'audit', { note: 'x' }, saved);
    expect(loadDraft(store, 'audit', Date.UTC(2026, 10, 21, 9, 0, 0))).toBeDefined();
    expect(loadDraft(store, 'audit', Date.UTC(2026, 10, 21, 9, 0, 0) + 1)).toBeUndefined();
  });
  test('corrupt drafts are dropped, not thrown', () => {
    const store = memoryStore();
    store.set('draft:audit', '{not json');
    expect(loadDraft(store, 'audit')).toBeUndefined();
  });
  test('remembered mailboxes: addresses only, most recent first, at most five', () => {
    const store = memoryStore();
    for (const code of ['a', 'b', 'c', 'd', 'e', 'f']) rememberMailbox(store, `care.v000${code}@nhs.net`);
    rememberMailbox(store, 'CARE.V000C@nhs.net');
    expect(rememberedMailboxes(store)).toEqual([
      'care.v000c@nhs.net',
      'care.v000f@nhs.net',
      'care.v000e@nhs.net',
      'care.v000d@nhs.net',
      'care.v000b@nhs.net',
    ]);
  });
});

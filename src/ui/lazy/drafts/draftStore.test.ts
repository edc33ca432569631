// The draft store with an injected clock: lifetime, damaged values, failed writes, other panes.
import { describe, expect, test } from 'vitest';
import { memoryStorage, prefixedStorage, type KeyValueStore } from '../../../office/host';
import { draftKey, draftParser } from '../../../domain/draft';
import { fullName, mobile } from '../../../domain/fields';
import { DraftStore } from './draftStore';
import { quotaStorage } from '../../../../test/setup/quotaStorage';

const hour = 60 * 60 * 1000;
const fields = { name: fullName(), mobile: mobile() };
const parse = draftParser(fields);
const key = draftKey('name-change', 'care.vn6c2@nhs.net');
const clock = (start = 1_750_000_000_000) => {
  const c = { t: start, now: () => c.t };
  return c;
};
const raw = (o: unknown) => JSON.stringify(o);

describe('lifetime', () => {
  test('a draft lasts exactly 24 hours (86,400,000 ms) after it was saved, then is removed', () => {
    const c = clock();
    const kv = memoryStorage();
    new DraftStore(kv, c.now).save(key, 'a', { name: 'Sarah Bell', mobile: '' });
    c.t += 86_400_000;
    expect(new DraftStore(kv, c.now).load(key, parse)?.values).toEqual({ name: 'Sarah Bell', mobile: '' });
    c.t += 1;
    const later = new DraftStore(kv, c.now);
    expect(later.load(key, parse)).toBeUndefined();
    expect(kv.get(key)).toBeNull();
    expect(later.diagnostics.expired).toBe(1);
  });

  test('the in-memory copy expires too', () => {
    const c = clock();
    const store = new DraftStore(memoryStorage(), c.now);
    store.save(key, 'a', { name: 'Sarah Bell', mobile: '' });
    c.t += 24 * hour + 1;
    expect(store.load(key, parse)).toBeUndefined();
  });

  test('a draft dated in the future is expired, not kept for ever', () => {
    const c = clock();
    const kv = memoryStorage();
    kv.set(key, raw({ v: 2, id: 'x', savedAt: c.t + 1000 * 24 * hour, values: { name: 'A', mobile: '' } }));
    const store = new DraftStore(kv, c.now);
    expect(store.load(key, parse)).toBeUndefined();
    expect(kv.get(key)).toBeNull();
  });

  test('start-up removes every expired draft, of any request and any mailbox, and leaves the rest', () => {
    const c = clock();
    const kv = memoryStorage();
    const old = (k: string) => kv.set(k, raw({ v: 2, id: 'x', savedAt: c.t - 25 * hour, values: {} }));
    old(draftKey('add-user', 'care.vn6c2@nhs.net'));
    old(draftKey('leaver', 'pharmacy.fa123@nhs.net'));
    old(draftKey('audit', undefined));
    kv.set('draft:name-change', raw({ savedAt: c.t - 48 * hour, values: { name: 'legacy' } }));
    kv.set(draftKey('leaver', 'care.vl86q@nhs.net'), raw({ v: 2, id: 'y', savedAt: c.t - 23 * hour, values: { x: 'kept' } }));
    kv.set('mailboxes', '["care.vn6c2@nhs.net"]');
    const store = new DraftStore(kv, c.now);
    store.sweep();
    expect([...kv.area!.memory.keys()].sort()).toEqual([draftKey('leaver', 'care.vl86q@nhs.net'), 'mailboxes']);
    expect(store.diagnostics).toMatchObject({ expired: 3, discarded: 1 });
  });
});

describe('damaged or foreign values are discarded and counted, never restored', () => {
  const c = clock();
  test.each([
    ['not JSON', '{not json'],
    ['null', 'null'],
    ['an array', '[]'],
    ['null values', raw({ v: 2, id: 'a', savedAt: c.t, values: null })],
    ['values an array', raw({ v: 2, id: 'a', savedAt: c.t, values: [] })],
    ['another version', raw({ v: 1, id: 'a', savedAt: c.t, values: { name: 'A', mobile: '' } })],
    ['no version (the old format)', raw({ savedAt: c.t, values: { name: 'A', mobile: '' } })],
    ['savedAt a string', raw({ v: 2, id: 'a', savedAt: String(c.t), values: { name: 'A', mobile: '' } })],
    ['a field of the wrong type', raw({ v: 2, id: 'a', savedAt: c.t, values: { name: 42, mobile: '' } })],
    ['a field null', raw({ v: 2, id: 'a', savedAt: c.t, values: { name: null, mobile: '' } })],
    ['fields of another form', raw({ v: 2, id: 'a', savedAt: c.t, values: { reason: 'x' } })],
    ['an extra field', raw({ v: 2, id: 'a', savedAt: c.t, values: { name: 'A', mobile: '', other: 'x' } })],
  ])('%s', (_, value) => {
    const kv = memoryStorage();
    kv.set(key, value);
    const store = new DraftStore(kv, c.now);
    expect(store.load(key, parse)).toBeUndefined();
    expect(kv.get(key)).toBeNull();
    expect(store.diagnostics.discarded).toBe(1);
  });
});

describe('storage that fails', () => {
  test('a write storage refuses (quota full): the newer answers are read back, not the older stored ones, and the trouble is reported once', () => {
    const c = clock();
    const backing = quotaStorage();
    const kv = prefixedStorage('p:', backing);
    const store = new DraftStore(kv, c.now);
    let told = 0;
    store.subscribe(() => told++);
    store.save(key, 'a', { name: 'Older', mobile: '' });
    backing.full = true;
    c.t += 1000;
    store.save(key, 'a', { name: 'Newer', mobile: '' });
    store.save(key, 'a', { name: 'Newest', mobile: '' });
    expect(store.trouble).toBe('failed');
    expect(told).toBe(1);
    expect(store.diagnostics.failedWrites).toBe(2);
    expect(store.load(key, parse)?.values.name).toBe('Newest');
    // Even a second store over the same KeyValueStore (the pane reopening the form) sees the newer answers.
    expect(new DraftStore(kv, c.now).load(key, parse)?.values.name).toBe('Newest');
  });

  test('storage blocked (the getter throws, as in a sandboxed frame) is known at start-up', () => {
    expect(new DraftStore(prefixedStorage('p:', null)).trouble).toBe('blocked');
    expect(new DraftStore(memoryStorage()).trouble).toBeUndefined();
  });

  test('a store whose set throws is treated as a failed write, not a crash', () => {
    const kv: KeyValueStore = {
      ...memoryStorage(),
      set: () => {
        throw new Error('no');
      },
    };
    const store = new DraftStore(kv);
    store.save(key, 'a', { name: 'A', mobile: '' });
    expect(store.trouble).toBe('failed');
    expect(store.load(key, parse)?.values.name).toBe('A');
  });
});

describe('two panes', () => {
  test('clearing removes only the draft this pane last saw; another pane’s newer one stays', () => {
    const c = clock();
    const kv = memoryStorage();
    const a = new DraftStore(kv, c.now);
    const b = new DraftStore(kv, c.now);
    const seenByA = a.save(key, 'pane-a', { name: 'From A', mobile: '' });
    c.t += 1000;
    b.save(key, 'pane-b', { name: 'From B', mobile: '' });
    a.clear(key, seenByA);
    expect(JSON.parse(kv.get(key)!).values.name).toBe('From B');
    b.clear(key, { id: 'pane-b', savedAt: c.t });
    expect(kv.get(key)).toBeNull();
  });

  test('the same pane id saved later by another pane is not cleared either (the time differs)', () => {
    const c = clock();
    const kv = memoryStorage();
    const a = new DraftStore(kv, c.now);
    const seen = a.save(key, 'x', { name: 'One', mobile: '' });
    c.t += 1;
    new DraftStore(kv, c.now).save(key, 'x', { name: 'Two', mobile: '' });
    a.clear(key, seen);
    expect(kv.get(key)).not.toBeNull();
  });

  test('changes by another page reach the listeners, with the draft key', () => {
    const listeners: ((k: string | null) => void)[] = [];
    const kv: KeyValueStore = { ...memoryStorage(), onExternalChange: (l) => (listeners.push(l), () => undefined) };
    const store = new DraftStore(kv);
    const heard: (string | null)[] = [];
    store.onExternalChange((k) => heard.push(k));
    listeners.forEach((l) => (l(key), l('mailboxes'), l(null)));
    expect(heard).toEqual([key, null]);
  });
});

test('the counts reach the Diagnostics view', async () => {
  const { diagnosticsRows } = await import('../../diagnostics/diagnosticsReport');
  const kv = memoryStorage();
  kv.set(key, '{not json');
  const store = new DraftStore(kv);
  store.sweep();
  const rows = diagnosticsRows({ hostName: 'preview', now: new Date(0), drafts: { ...store.diagnostics, trouble: store.trouble } });
  expect(rows.find((r) => r.label === 'Saved answers')?.value).toBe(
    'storage working; this session: 1 damaged or foreign drafts discarded, 0 expired removed, 0 saves refused',
  );
});

describe('a request sent in one pane, told to the others', () => {
  test('clearing after sending leaves a mark that says so for exactly a minute; clearing without sending leaves none', () => {
    const c = clock();
    const kv = memoryStorage();
    const store = new DraftStore(kv, c.now);
    const seen = store.save(key, 'a', { name: 'Sarah Bell', mobile: '' });
    store.clear(key, seen, { sent: true });
    expect(kv.get(key)).toBeNull();
    expect(store.sentRecently(key)).toBe(true);
    expect(store.sentRecently(draftKey('audit', 'care.vn6c2@nhs.net'))).toBe(false);
    c.t += 60_000;
    expect(store.sentRecently(key)).toBe(true);
    c.t += 1;
    expect(store.sentRecently(key)).toBe(false);
    const other = draftKey('audit', 'care.vn6c2@nhs.net');
    store.clear(other, store.save(other, 'a', { note: 'x' }));
    expect(store.sentRecently(other)).toBe(false);
  });

  test('another pane’s newer draft is not cleared, and no mark says it was sent', () => {
    const kv = memoryStorage();
    const store = new DraftStore(kv, clock().now);
    const seen = store.save(key, 'a', { name: 'Mine', mobile: '' });
    kv.set(key, raw({ v: 2, id: 'b', savedAt: seen.savedAt, values: { name: 'Theirs', mobile: '' } }));
    store.clear(key, seen, { sent: true });
    expect(kv.get(key)).toContain('Theirs');
    expect(store.sentRecently(key)).toBe(false);
  });

  test('a mark dated in the future, or not a time, says nothing; old marks are swept at start-up, new ones kept', () => {
    const c = clock();
    const kv = memoryStorage();
    kv.set(`sent:${key}`, String(c.t + 1));
    expect(new DraftStore(kv, c.now).sentRecently(key)).toBe(false);
    kv.set(`sent:${key}`, 'soon');
    expect(new DraftStore(kv, c.now).sentRecently(key)).toBe(false);
    const fresh = draftKey('audit', 'care.vn6c2@nhs.net');
    kv.set(`sent:${key}`, String(c.t - 60_001));
    kv.set(`sent:${fresh}`, String(c.t - 1_000));
    new DraftStore(kv, c.now).sweep();
    expect(kv.get(`sent:${key}`)).toBeNull();
    expect(kv.get(`sent:${fresh}`)).not.toBeNull();
  });
});

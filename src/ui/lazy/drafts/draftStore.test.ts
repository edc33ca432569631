// The draft store with an injected clock: lifetime, damaged values, failed writes, other panes.
import { describe, expect, test, vi } from 'vitest';
import { memoryStorage, prefixedStorage, type KeyValueStore } from '../../../office/host';
import { draftKey, draftParser } from '../../../domain/draft';
import { fullName, mobile } from '../../../domain/fields';
import { DraftStore, draftStoreFor, newDraftId } from './draftStore';
import { storageTrouble } from './storageTrouble';
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

describe('this pane’s own copy', () => {
  test('a pane’s own copy wins over what storage holds (another pane’s older or newer draft)', () => {
    const c = clock();
    const kv = memoryStorage();
    const store = new DraftStore(kv, c.now);
    store.save(key, 'a', { name: 'Mine', mobile: '' });
    kv.set(key, raw({ v: 2, id: 'b', savedAt: c.t, values: { name: 'Theirs', mobile: '' } }));
    expect(store.load(key, parse)?.values.name).toBe('Mine');
    expect(store.readStored(key, parse)?.values.name).toBe('Theirs');
  });

  test('the own copy lasts from the moment it is saved to exactly 24 hours later, storage or no storage', () => {
    const c = clock();
    const kv = memoryStorage();
    const store = new DraftStore(kv, c.now);
    store.save(key, 'a', { name: 'Mine', mobile: '' });
    kv.remove(key);
    expect(store.load(key, parse)?.values.name).toBe('Mine');
    c.t += 24 * hour;
    expect(store.load(key, parse)?.values.name).toBe('Mine');
    c.t += 1;
    expect(store.load(key, parse)).toBeUndefined();
    c.t -= 1;
    expect(store.load(key, parse)).toBeUndefined();
  });

  test('an own copy from the future (the clock went back) is dropped; storage is read instead', () => {
    const c = clock();
    const kv = memoryStorage();
    const store = new DraftStore(kv, c.now);
    store.save(key, 'a', { name: 'Mine', mobile: '' });
    kv.set(key, raw({ v: 2, id: 'b', savedAt: c.t - 2, values: { name: 'Theirs', mobile: '' } }));
    c.t -= 1;
    expect(store.load(key, parse)?.values.name).toBe('Theirs');
  });

  test('without a parser, the envelope alone decides', () => {
    const kv = memoryStorage();
    kv.set(key, raw({ v: 2, id: 'b', savedAt: 1000, values: { anything: 1 } }));
    const store = new DraftStore(kv, () => 2000);
    expect(store.load(key)?.values).toEqual({ anything: 1 });
    expect(store.readStored(key)?.values).toEqual({ anything: 1 });
  });

  test('nothing stored and nothing saved: nothing, and nothing counted', () => {
    const store = new DraftStore(memoryStorage());
    expect(store.load(key, parse)).toBeUndefined();
    expect(store.readStored(key, parse)).toBeUndefined();
    expect(store.diagnostics).toEqual({ discarded: 0, expired: 0, failedWrites: 0 });
  });

  test('a save returns the draft it wrote: this version, the pane id, the time and the answers', () => {
    const c = clock();
    const kv = memoryStorage();
    const draft = new DraftStore(kv, c.now).save(key, 'pane-a', { name: 'Sarah Bell', mobile: '' });
    expect(draft).toEqual({ v: 2, id: 'pane-a', savedAt: c.t, values: { name: 'Sarah Bell', mobile: '' } });
    expect(JSON.parse(kv.get(key)!)).toEqual(draft);
  });
});

describe('saves that do not reach storage', () => {
  test('a blocked store: each save is kept for the page, but it is not a failure (the pane said so at start-up)', () => {
    const kv = prefixedStorage('p:', null);
    const store = new DraftStore(kv);
    let told = 0;
    store.subscribe(() => told++);
    store.save(key, 'a', { name: 'A', mobile: '' });
    expect(store.trouble).toBe('blocked');
    expect(store.diagnostics.failedWrites).toBe(0);
    expect(told).toBe(0);
    expect(storageTrouble(kv)).toBe('blocked');
    expect(store.load(key, parse)?.values.name).toBe('A');
  });

  test('a store whose set returns nothing (void) has saved: no trouble', () => {
    const base = memoryStorage();
    const kv: KeyValueStore = { ...base, set: (k, v) => void base.set(k, v) };
    const store = new DraftStore(kv);
    store.save(key, 'a', { name: 'A', mobile: '' });
    expect(store.trouble).toBeUndefined();
    expect(store.diagnostics.failedWrites).toBe(0);
    expect(storageTrouble(kv)).toBeUndefined();
  });

  test('a refused save is reported for the whole page (the first screen’s notice hears of it)', () => {
    const kv: KeyValueStore = { ...memoryStorage(), set: () => false };
    const store = new DraftStore(kv);
    expect(storageTrouble(kv)).toBeUndefined();
    store.save(key, 'a', { name: 'A', mobile: '' });
    expect(storageTrouble(kv)).toBe('failed');
    expect(store.diagnostics.failedWrites).toBe(1);
  });

  test('a listener that unsubscribed is not told', () => {
    const kv: KeyValueStore = { ...memoryStorage(), set: () => false };
    const store = new DraftStore(kv);
    let told = 0;
    const stop = store.subscribe(() => told++);
    stop();
    store.save(key, 'a', { name: 'A', mobile: '' });
    expect(told).toBe(0);
  });
});

describe('clearing and discarding', () => {
  test('nothing seen: nothing is cleared', () => {
    const kv = memoryStorage();
    const store = new DraftStore(kv);
    store.save(key, 'a', { name: 'A', mobile: '' });
    store.clear(key, undefined, { sent: true });
    expect(kv.get(key)).not.toBeNull();
    expect(store.load(key, parse)?.values.name).toBe('A');
    expect(store.sentRecently(key)).toBe(false);
  });

  test('clearing the draft this pane saved drops its own copy too, so it does not come back', () => {
    const c = clock();
    const kv = memoryStorage();
    const store = new DraftStore(kv, c.now);
    const seen = store.save(key, 'a', { name: 'A', mobile: '' });
    store.clear(key, seen);
    expect(store.load(key, parse)).toBeUndefined();
  });

  test('clearing an older draft keeps this pane’s newer own copy, and what storage holds', () => {
    const c = clock();
    const kv = memoryStorage();
    const store = new DraftStore(kv, c.now);
    const older = store.save(key, 'a', { name: 'Older', mobile: '' });
    c.t += 1;
    store.save(key, 'a', { name: 'Newer', mobile: '' });
    store.clear(key, older, { sent: true });
    expect(store.load(key, parse)?.values.name).toBe('Newer');
    expect(JSON.parse(kv.get(key)!).values.name).toBe('Newer');
    expect(store.sentRecently(key)).toBe(false);
  });

  test('clearing an older draft keeps this pane’s newer own copy, even when storage holds another pane’s', () => {
    const c = clock();
    const kv = memoryStorage();
    const store = new DraftStore(kv, c.now);
    const older = store.save(key, 'a', { name: 'Older', mobile: '' });
    c.t += 1;
    store.save(key, 'a', { name: 'Newer', mobile: '' });
    kv.set(key, raw({ v: 2, id: 'b', savedAt: c.t, values: { name: 'Theirs', mobile: '' } }));
    store.clear(key, older);
    expect(store.load(key, parse)?.values.name).toBe('Newer');
    expect(JSON.parse(kv.get(key)!).values.name).toBe('Theirs');
  });

  test('the own copy is dropped even when storage holds nothing (no mark is left then)', () => {
    const c = clock();
    const kv = memoryStorage();
    const store = new DraftStore(kv, c.now);
    const seen = store.save(key, 'a', { name: 'A', mobile: '' });
    kv.remove(key);
    store.clear(key, seen, { sent: true });
    expect(store.load(key, parse)).toBeUndefined();
    expect(kv.get(`sent:${key}`)).toBeNull();
  });

  test('a damaged value where the draft was is removed too, and marked when sent', () => {
    const c = clock();
    const kv = memoryStorage();
    const store = new DraftStore(kv, c.now);
    const seen = store.save(key, 'a', { name: 'A', mobile: '' });
    kv.set(key, '{not json');
    store.clear(key, seen, { sent: true });
    expect(kv.get(key)).toBeNull();
    expect(kv.get(`sent:${key}`)).toBe(String(c.t));
  });

  test('"Start again" removes the draft whoever wrote it, and this pane’s own copy', () => {
    const kv = memoryStorage();
    const store = new DraftStore(kv);
    store.save(key, 'a', { name: 'Mine', mobile: '' });
    store.discard(key);
    expect(store.load(key, parse)).toBeUndefined();
    kv.set(key, raw({ v: 2, id: 'b', savedAt: Date.now(), values: { name: 'Theirs', mobile: '' } }));
    store.discard(key);
    expect(kv.get(key)).toBeNull();
  });
});

describe('the "sent" mark', () => {
  test('no mark at all says nothing, even in the first minute of the clock (a missing mark reads as 0)', () => {
    const store = new DraftStore(memoryStorage(), () => 30_000);
    expect(store.sentRecently(key)).toBe(false);
  });

  test('a mark of 0 or below, or of infinity, says nothing', () => {
    const kv = memoryStorage();
    const store = new DraftStore(kv, () => 30_000);
    for (const mark of ['0', '-1', 'Infinity', '-Infinity', '']) {
      kv.set(`sent:${key}`, mark);
      expect(store.sentRecently(key)).toBe(false);
    }
    kv.set(`sent:${key}`, '1');
    expect(store.sentRecently(key)).toBe(true);
  });
});

describe('listing what storage holds, for the start-up sweep', () => {
  const expired = (c: { t: number }) => raw({ v: 2, id: 'x', savedAt: c.t - 25 * hour, values: {} });
  const fresh = (c: { t: number }) => raw({ v: 2, id: 'y', savedAt: c.t - hour, values: {} });

  test('a store that lists its own keys is swept through them', () => {
    const c = clock();
    const values = new Map([
      [key, expired(c)],
      ['draft:audit:x', fresh(c)],
    ]);
    const kv: KeyValueStore = {
      get: (k) => values.get(k) ?? null,
      set: (k, v) => (values.set(k, v), true),
      remove: (k) => void values.delete(k),
      keys: () => [...values.keys()],
    };
    new DraftStore(kv, c.now).sweep();
    expect([...values.keys()]).toEqual(['draft:audit:x']);
  });

  test('a store that can list nothing is left alone', () => {
    const c = clock();
    const base = memoryStorage();
    base.set(key, expired(c));
    const kv: KeyValueStore = { get: base.get, set: base.set, remove: base.remove };
    new DraftStore(kv, c.now).sweep();
    expect(base.get(key)).not.toBeNull();
  });

  test('browser storage under a prefix: its drafts are swept, other prefixes’ values are not touched', () => {
    const c = clock();
    const backing = quotaStorage();
    const kv = prefixedStorage('p:', backing);
    kv.set(key, expired(c));
    kv.set('draft:audit:x', fresh(c));
    backing.setItem(`q:${key}`, expired(c));
    backing.setItem('unprefixed', expired(c));
    const store = new DraftStore(kv, c.now);
    store.sweep();
    expect([...backing.data.keys()].sort()).toEqual(['p:draft:audit:x', `q:${key}`, 'unprefixed']);
    expect(store.diagnostics.expired).toBe(1);
  });

  test('values kept only in the page (storage was full) are swept too', () => {
    const c = clock();
    const backing = quotaStorage();
    const kv = prefixedStorage('p:', backing);
    backing.full = true;
    kv.set(key, expired(c));
    new DraftStore(kv, c.now).sweep();
    expect(kv.get(key)).toBeNull();
  });

  test('storage that fails while listed: the page’s own values are still swept', () => {
    const c = clock();
    const backing = quotaStorage();
    const kv = prefixedStorage('p:', backing);
    backing.full = true;
    kv.set(key, expired(c));
    Object.defineProperty(backing, 'length', {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    new DraftStore(kv, c.now).sweep();
    expect(kv.get(key)).toBeNull();
  });

  test('a key that vanished while listed (null) is skipped, and the rest are swept', () => {
    const c = clock();
    const backing = quotaStorage();
    const kv = prefixedStorage('p:', backing);
    kv.set(key, expired(c));
    const listed = [null, `p:${key}`];
    Object.assign(backing, { key: (i: number) => listed[i] ?? null });
    Object.defineProperty(backing, 'length', { get: () => listed.length });
    new DraftStore(kv, c.now).sweep();
    expect(kv.get(key)).toBeNull();
  });
});

describe('hearing other pages through the browser’s storage event', () => {
  const event = (init: StorageEventInit) => window.dispatchEvent(new StorageEvent('storage', init));

  test('a change to this store’s prefix reaches the listeners with the draft key; others do not', () => {
    const kv = prefixedStorage('p:', localStorage);
    const store = new DraftStore(kv);
    const heard: (string | null)[] = [];
    store.onExternalChange((k) => heard.push(k));
    event({ key: `p:${key}`, storageArea: localStorage });
    event({ key: `q:${key}`, storageArea: localStorage });
    event({ key: 'p:mailboxes', storageArea: localStorage });
    event({ key: `p:${key}`, storageArea: sessionStorage });
    event({ key: null, storageArea: localStorage });
    expect(heard).toEqual([key, null]);
  });

  test('a listener that stopped listening hears nothing more', () => {
    const kv = prefixedStorage('p:', localStorage);
    const store = new DraftStore(kv);
    const heard: (string | null)[] = [];
    const stop = store.onExternalChange((k) => heard.push(k));
    stop();
    event({ key: `p:${key}`, storageArea: localStorage });
    expect(heard).toEqual([]);
  });

  test('memory-only storage hears nothing, and is no trouble to set up', () => {
    const store = new DraftStore(prefixedStorage('p:', null));
    const heard: (string | null)[] = [];
    store.onExternalChange((k) => heard.push(k));
    event({ key: `p:${key}`, storageArea: localStorage });
    expect(heard).toEqual([]);
  });

  test('a store with no area of its own hears nothing', () => {
    const base = memoryStorage();
    const store = new DraftStore({ get: base.get, set: base.set, remove: base.remove });
    const heard: (string | null)[] = [];
    store.onExternalChange((k) => heard.push(k));
    event({ key: key, storageArea: localStorage });
    expect(heard).toEqual([]);
  });

  test('with no window (a worker), a store over browser storage is still made, and hears nothing', () => {
    vi.stubGlobal('window', undefined);
    try {
      expect(() => new DraftStore(prefixedStorage('p:', localStorage))).not.toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('one store per storage', () => {
  test('the same storage gives the same store; another storage another', () => {
    const kv = memoryStorage();
    expect(draftStoreFor(kv)).toBe(draftStoreFor(kv));
    expect(draftStoreFor(memoryStorage())).not.toBe(draftStoreFor(kv));
  });

  test('made the first time it is asked for, on the clock given, and swept then', () => {
    const c = clock();
    const kv = memoryStorage();
    kv.set(key, raw({ v: 2, id: 'x', savedAt: c.t - 25 * hour, values: {} }));
    const store = draftStoreFor(kv, c.now);
    expect(kv.get(key)).toBeNull();
    expect(store.diagnostics.expired).toBe(1);
    expect(store.save(key, 'a', {}).savedAt).toBe(c.t);
  });
});

describe('pane ids', () => {
  test('each id is new', () => {
    expect(newDraftId()).not.toBe(newDraftId());
    expect(newDraftId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test.each([
    ['no crypto', undefined],
    ['crypto without randomUUID (an older browser, or not a secure context)', {}],
  ])('%s: the time and a random part, in base 36', (_, crypto) => {
    vi.useFakeTimers({ now: 1_750_000_000_000 });
    vi.stubGlobal('crypto', crypto);
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    try {
      expect(newDraftId()).toBe(`${(1_750_000_000_000).toString(36)}-i`);
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});

import { describe, expect, test } from 'vitest';
import { memoryStorage } from './host';
import { rememberMailbox, rememberedMailboxes } from './localState';

describe('remembered mailboxes', () => {
  test('addresses only, most recent first, at most five', () => {
    const store = memoryStorage();
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

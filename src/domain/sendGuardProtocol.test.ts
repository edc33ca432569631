// The send guard's protocol: the keys the pane, the guard and the compose handlers share, and the
// parsing of what Outlook hands back (untrusted: anything malformed is ignored).
import { describe, expect, test, vi } from 'vitest';
import {
  blockedMarkKey,
  composeMarkKey,
  fromNoticeKey,
  guardRanKey,
  parseBlockedContext,
  parseMark,
  recordGuardRan,
  sendGuardMinSet,
  serialiseBlocked,
  serialiseBlockedContext,
  serialiseMark,
  wasBlocked,
} from './sendGuardProtocol';

describe('fixed names (the manifests, the pane and stored data use these exact strings)', () => {
  test('session-data keys, notification key, storage key and minimum Mailbox set', () => {
    expect(composeMarkKey).toBe('nasAssistant');
    expect(blockedMarkKey).toBe('nasAssistantBlocked');
    expect(fromNoticeKey).toBe('nasAssistantFrom');
    // Outlook refuses notification keys over 32 characters (NotificationMessages.addAsync).
    expect(fromNoticeKey.length).toBeLessThanOrEqual(32);
    expect(guardRanKey).toBe('guard-last-ran');
    expect(sendGuardMinSet).toBe('1.14');
  });
});

describe('parseMark', () => {
  test('a full mark, and one without a shared mailbox', () => {
    expect(parseMark('{"subject":"Leaver – VN6C2","sharedMailbox":"care.vn6c2@nhs.net"}')).toEqual({
      subject: 'Leaver – VN6C2',
      sharedMailbox: 'care.vn6c2@nhs.net',
    });
    expect(parseMark('{"subject":"Leaver","sharedMailbox":7}')).toEqual({ subject: 'Leaver', sharedMailbox: undefined });
    expect(parseMark('{"subject":""}')).toEqual({ subject: '', sharedMailbox: undefined });
  });

  test.each([undefined, null, 7, '', '{not json', 'null', '{}', '{"subject":7}', '[]', '"text"'])('%j is no mark', (value) => {
    expect(parseMark(value)).toBeUndefined();
  });
});

describe('guard run record', () => {
  test('stores the ISO time under guard-last-ran; the send event is declared from Mailbox 1.14', () => {
    const set = vi.fn();
    recordGuardRan({ set }, new Date('2026-11-20T10:00:00Z'));
    expect(set).toHaveBeenCalledWith('guard-last-ran', '2026-11-20T10:00:00.000Z');
    expect(guardRanKey).toBe('guard-last-ran');
    expect(sendGuardMinSet).toBe('1.14');
  });

  test('no store, or a store that throws: nothing escapes', () => {
    expect(() => recordGuardRan(undefined, new Date())).not.toThrow();
    expect(() =>
      recordGuardRan(
        {
          set: () => {
            throw new Error('blocked');
          },
        },
        new Date(),
      ),
    ).not.toThrow();
  });
});

describe('the mark round trip', () => {
  test('what the pane writes is what the guard reads', () => {
    const mark = { subject: 'Leaver – VN6C2', sharedMailbox: 'care.vn6c2@nhs.net' };
    expect(parseMark(serialiseMark(mark))).toEqual(mark);
    expect(parseMark(serialiseMark({ subject: 'Leaver' }))).toEqual({ subject: 'Leaver', sharedMailbox: undefined });
  });
});

describe('the block record (a second send is never trapped)', () => {
  test('the record the guard writes reads back as blocked', () => {
    expect(serialiseBlocked('add-user')).toBe('{"kindId":"add-user"}');
    expect(wasBlocked(serialiseBlocked('add-user'))).toBe(true);
    expect(wasBlocked('{"kindId":"leaver"}')).toBe(true);
  });
  test.each([undefined, null, 7, '', '{not json', 'null', '{}', '{"kindId":7}', '"add-user"'])('%j is no record', (value) => {
    expect(wasBlocked(value)).toBe(false);
  });
});

describe('the context a blocked send passes to the pane', () => {
  test('round trip, with and without a mailbox', () => {
    expect(parseBlockedContext(serialiseBlockedContext({ kindId: 'add-user', mailbox: 'care.vn6c2@nhs.net' }))).toEqual({
      kindId: 'add-user',
      mailbox: 'care.vn6c2@nhs.net',
    });
    expect(parseBlockedContext(serialiseBlockedContext({ kindId: 'leaver' }))).toEqual({ kindId: 'leaver', mailbox: undefined });
  });
  test.each([
    undefined,
    '',
    '{bad',
    '{"kindId":"add-user"}', // not ours: no marker
    '{"nasAssistant":1,"kindId":"<script>"}',
    '{"nasAssistant":1,"kindId":7}',
    '{"nasAssistant":2,"kindId":"add-user"}',
    `{"nasAssistant":1,"kindId":"add-user","pad":"${'x'.repeat(1000)}"}`,
  ])('%j is ignored', (value) => {
    expect(parseBlockedContext(value)).toBeUndefined();
  });
});

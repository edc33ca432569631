// Two panes on the same request: what this pane does when another changes the draft.
import { describe, expect, test } from 'vitest';
import type { Draft } from '../../../domain/draftEnvelope';
import { draftEvent, mustSaveOnHide, sentMarkMs } from './draftConflict';

const draft = (id: string, values: Record<string, unknown>, savedAt = 1000): Draft => ({ v: 2, id, savedAt, values });
const mine = { currentName: 'Mine' };
const base = { sentElsewhere: false, ownId: 'me', seen: undefined, mine, typedHere: true };

describe('draftEvent', () => {
  test('another pane sent the request this pane is still writing: kept, and said to be sent', () => {
    expect(draftEvent({ ...base, stored: undefined, sentElsewhere: true })).toEqual({ kind: 'kept', sent: true });
  });
  test('another pane cleared it (Start again, or storage cleared): kept, said to be cleared', () => {
    expect(draftEvent({ ...base, stored: undefined })).toEqual({ kind: 'kept', sent: false });
  });
  test('nothing typed here (only restored or loaded answers, or a blank form): nothing to keep', () => {
    expect(draftEvent({ ...base, stored: undefined, sentElsewhere: true, typedHere: false })).toEqual({ kind: 'ignore' });
  });
  test('different answers saved by another pane: offered', () => {
    const theirs = draft('other', { currentName: 'Theirs' });
    expect(draftEvent({ ...base, stored: theirs })).toEqual({ kind: 'offer', draft: theirs });
    // Whether or not this pane typed: an offer never overwrites anything.
    expect(draftEvent({ ...base, stored: theirs, typedHere: false })).toEqual({ kind: 'offer', draft: theirs });
  });
  test('this pane’s own draft, the one it last saw, or the same answers: ignored', () => {
    expect(draftEvent({ ...base, stored: draft('me', { currentName: 'Older' }) })).toEqual({ kind: 'ignore' });
    expect(draftEvent({ ...base, stored: draft('other', { currentName: 'Seen' }, 5), seen: { id: 'other', savedAt: 5 } })).toEqual({
      kind: 'ignore',
    });
    expect(draftEvent({ ...base, stored: draft('other', { currentName: 'Mine' }) })).toEqual({ kind: 'ignore' });
  });
  test('the same pane id but another save time is still this pane’s; the same time from another pane is not', () => {
    expect(draftEvent({ ...base, stored: draft('other', { currentName: 'New' }, 6), seen: { id: 'other', savedAt: 5 } }).kind).toBe(
      'offer',
    );
    expect(draftEvent({ ...base, stored: draft('third', { currentName: 'New' }, 5), seen: { id: 'other', savedAt: 5 } }).kind).toBe(
      'offer',
    );
  });
});

describe('mustSaveOnHide', () => {
  test('typing of this pane’s own that storage does not hold is written; nothing else', () => {
    expect(mustSaveOnHide({ typedHere: true, done: false, stored: undefined, mine })).toBe(true);
    expect(mustSaveOnHide({ typedHere: true, done: false, stored: draft('other', { currentName: 'Theirs' }), mine })).toBe(true);
    expect(mustSaveOnHide({ typedHere: true, done: false, stored: draft('me', mine), mine })).toBe(false);
    expect(mustSaveOnHide({ typedHere: false, done: false, stored: undefined, mine })).toBe(false);
    expect(mustSaveOnHide({ typedHere: true, done: true, stored: undefined, mine })).toBe(false);
  });
  test('a sent mark speaks for a minute', () => expect(sentMarkMs).toBe(60_000));
});

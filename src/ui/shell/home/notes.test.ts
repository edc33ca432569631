// A reason several requests share is said once, as a note above the list; a reason of one request
// stays on it. The wording of the note, branch by branch, and the "most"/"some" boundary.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { detectMailbox } from '../../../domain/detectMailbox';
import { kindIndex, kindList, type KindSummary } from '../../../domain/kindIndex';
import { notFittingReason } from '../applicability';
import { placeNotes, sharedNote } from './notes';

// The real reasons, unless a test gives its own (placeNotes groups whatever reasons it is given).
vi.mock('../applicability', async (importOriginal) => {
  const real = await importOriginal<typeof import('../applicability')>();
  return { ...real, notFittingReason: vi.fn(real.notFittingReason) };
});
afterEach(() => {
  vi.mocked(notFittingReason).mockReset();
});

const sharedReason = "Sent from your site's shared mailbox: you will be asked which site.";
const personalReason = 'Send this from your own account, not the shared mailbox.';
const mustReason = "Must be sent from your site's shared mailbox, not amira.khan3@nhs.net. You will be asked which site.";

describe('sharedNote: a reason said of several requests', () => {
  test('"Must …", "Can …", "Cannot …": the sentence goes on from "of these requests"', () => {
    expect(sharedNote(mustReason, 14, 24)).toBe(
      "Most of these requests must be sent from your site's shared mailbox, not amira.khan3@nhs.net. You will be asked which site.",
    );
    expect(sharedNote('Can be sent from either mailbox.', 2, 24)).toBe('Some of these requests can be sent from either mailbox.');
    expect(sharedNote('Cannot be sent from here.', 3, 4)).toBe('Most of these requests cannot be sent from here.');
  });

  test('"Send this …" becomes "are to be sent …"', () => {
    expect(sharedNote(personalReason, 2, 24)).toBe('Some of these requests are to be sent from your own account, not the shared mailbox.');
    expect(sharedNote('Send this by phone.', 5, 6)).toBe('Most of these requests are to be sent by phone.');
  });

  test('"Sent …" becomes "are sent …"', () => {
    expect(sharedNote(sharedReason, 14, 24)).toBe(
      "Most of these requests are sent from your site's shared mailbox: you will be asked which site.",
    );
    expect(sharedNote('Sent by post.', 1, 24)).toBe('Some of these requests are sent by post.');
  });

  test('anything else follows a colon, its first letter in lower case', () => {
    expect(sharedNote('Ask your manager first.', 2, 24)).toBe('Some of these requests: ask your manager first.');
    expect(sharedNote('Not for this mailbox.', 20, 24)).toBe('Most of these requests: not for this mailbox.');
  });

  test('the words are matched whole and only at the start', () => {
    // "Canteen", "Mustard", "Sending", "Sentinel": not the words themselves.
    expect(sharedNote('Canteen staff only.', 2, 24)).toBe('Some of these requests: canteen staff only.');
    expect(sharedNote('Mustard is not a site.', 2, 24)).toBe('Some of these requests: mustard is not a site.');
    expect(sharedNote('Sending is not possible.', 2, 24)).toBe('Some of these requests: sending is not possible.');
    expect(sharedNote('Sentinel sites only.', 2, 24)).toBe('Some of these requests: sentinel sites only.');
    expect(sharedNote('Send these by phone.', 2, 24)).toBe('Some of these requests: send these by phone.');
    // The words later in the sentence do not count.
    expect(sharedNote('Ask first: you must be an owner.', 2, 24)).toBe('Some of these requests: ask first: you must be an owner.');
    expect(sharedNote('Ask first, then send this by phone.', 2, 24)).toBe('Some of these requests: ask first, then send this by phone.');
    expect(sharedNote('Ask first, then sent by post.', 2, 24)).toBe('Some of these requests: ask first, then sent by post.');
  });

  test('"Most" only when more than half: 3 of 5 and 13 of 24 are most; 2 of 4, 12 of 24 and 1 of 24 are some', () => {
    expect(sharedNote(sharedReason, 3, 5)).toMatch(/^Most of these requests /);
    expect(sharedNote(sharedReason, 13, 24)).toMatch(/^Most of these requests /);
    expect(sharedNote(sharedReason, 24, 24)).toMatch(/^Most of these requests /);
    expect(sharedNote(sharedReason, 2, 4)).toMatch(/^Some of these requests /);
    expect(sharedNote(sharedReason, 12, 24)).toMatch(/^Some of these requests /);
    expect(sharedNote(sharedReason, 2, 5)).toMatch(/^Some of these requests /);
    expect(sharedNote(sharedReason, 1, 24)).toMatch(/^Some of these requests /);
  });

  test('only the first letter is lowered', () => {
    expect(sharedNote('Sent from NHSmail ONLY.', 2, 24)).toBe('Some of these requests are sent from NHSmail ONLY.');
  });
});

describe('placeNotes on real detections', () => {
  const personal = detectMailbox([{ source: 'from', address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' }]);
  const shared = detectMailbox([{ source: 'from', address: 'care.vn6c2@nhs.net', displayName: 'Care.VN6C2 (Sunrise House, Durham)' }]);
  const unknown = detectMailbox([{ source: 'user-profile', address: 'amira.khan3@nhs.net' }]);

  test('From personal, no site: one note for every shared-mailbox request sent by email, none left on a request', () => {
    const placed = placeNotes(kindList, personal);
    const sharedByEmail = kindList.filter((k) => k.route === 'email' && k.sendFrom === 'shared').map((k) => k.id);
    expect(sharedByEmail).toHaveLength(15);
    expect(kindList).toHaveLength(25);
    expect(placed.note).toBe(
      "Most of these requests must be sent from your site's shared mailbox, not amira.khan3@nhs.net. You will be asked which site.",
    );
    expect([...placed.noted]).toEqual(sharedByEmail);
    expect(placed.own.size).toBe(0);
  });

  test('Outlook did not say: the rule as one note', () => {
    const placed = placeNotes(kindList, unknown);
    expect(placed.note).toBe("Most of these requests are sent from your site's shared mailbox: you will be asked which site.");
    expect(placed.noted.size).toBe(15);
  });

  test('a shared mailbox in use: the one personal request keeps its own reason, and there is no note', () => {
    const placed = placeNotes(kindList, shared);
    expect(placed.note).toBeUndefined();
    expect(placed.noted.size).toBe(0);
    expect([...placed.own]).toEqual([['missing-shared-access', personalReason]]);
  });

  test('two requests sharing a reason are enough for a note; "some" when they are not most of the list', () => {
    const two = [kindIndex['add-user'], kindIndex['leaver'], kindIndex['leaver-self'], kindIndex['escalation'], kindIndex['ods-query']];
    const placed = placeNotes(two, personal);
    expect(placed.note).toBe(
      "Some of these requests must be sent from your site's shared mailbox, not amira.khan3@nhs.net. You will be asked which site.",
    );
    expect([...placed.noted]).toEqual(['add-user', 'leaver']);
    expect(placed.own.size).toBe(0);
  });

  test('one request with a reason: it keeps it, and there is no note', () => {
    const placed = placeNotes([kindIndex['add-user'], kindIndex['leaver-self']], personal);
    expect(placed).toEqual({ note: undefined, noted: new Set(), own: new Map([['add-user', mustReason]]) });
  });

  test('nothing that does not fit: no note, nothing noted, nothing of its own', () => {
    const none = placeNotes([kindIndex['leaver-self'], kindIndex['phone-no-access'], kindIndex['self-service-reset']], personal);
    expect(none).toEqual({ note: undefined, noted: new Set(), own: new Map() });
    expect(placeNotes([], personal)).toEqual({ note: undefined, noted: new Set(), own: new Map() });
  });
});

describe('placeNotes grouping, whatever the reasons', () => {
  const kind = (id: string): KindSummary => ({ id, title: id, group: 'help', route: 'email', sendFrom: 'shared' });
  const withReasons = (reasons: Record<string, string | undefined>) =>
    vi.mocked(notFittingReason).mockImplementation((k) => reasons[(k as KindSummary).id]);
  const detection = detectMailbox([]);

  test('the reason most requests share becomes the note; the others stay on their requests', () => {
    withReasons({ a: personalReason, b: sharedReason, c: sharedReason, d: sharedReason, e: personalReason, f: mustReason });
    const placed = placeNotes(['a', 'b', 'c', 'd', 'e', 'f'].map(kind), detection);
    expect(placed.note).toBe("Some of these requests are sent from your site's shared mailbox: you will be asked which site.");
    expect([...placed.noted]).toEqual(['b', 'c', 'd']);
    expect([...placed.own]).toEqual([
      ['a', personalReason],
      ['e', personalReason],
      ['f', mustReason],
    ]);
  });

  test('a larger group found later wins over a smaller one found first', () => {
    withReasons({ a: personalReason, b: personalReason, c: sharedReason, d: sharedReason, e: sharedReason });
    const placed = placeNotes(['a', 'b', 'c', 'd', 'e'].map(kind), detection);
    expect(placed.note).toBe("Most of these requests are sent from your site's shared mailbox: you will be asked which site.");
    expect([...placed.noted]).toEqual(['c', 'd', 'e']);
    expect([...placed.own]).toEqual([
      ['a', personalReason],
      ['b', personalReason],
    ]);
  });

  test('a smaller group found later does not replace a larger one', () => {
    withReasons({ a: sharedReason, b: sharedReason, c: sharedReason, d: personalReason, e: personalReason });
    const placed = placeNotes(['a', 'b', 'c', 'd', 'e'].map(kind), detection);
    expect([...placed.noted]).toEqual(['a', 'b', 'c']);
    expect([...placed.own.keys()]).toEqual(['d', 'e']);
  });

  test('a tie: the reason met first is the note', () => {
    withReasons({ a: personalReason, b: sharedReason, c: personalReason, d: sharedReason });
    const placed = placeNotes(['a', 'b', 'c', 'd'].map(kind), detection);
    expect(placed.note).toBe('Some of these requests are to be sent from your own account, not the shared mailbox.');
    expect([...placed.noted]).toEqual(['a', 'c']);
    expect([...placed.own]).toEqual([
      ['b', sharedReason],
      ['d', sharedReason],
    ]);
  });

  test('reasons each of one request: no note, each stays its own', () => {
    withReasons({ a: personalReason, b: sharedReason, c: undefined, d: mustReason });
    const placed = placeNotes(['a', 'b', 'c', 'd'].map(kind), detection);
    expect(placed.note).toBeUndefined();
    expect(placed.noted.size).toBe(0);
    expect([...placed.own]).toEqual([
      ['a', personalReason],
      ['b', sharedReason],
      ['d', mustReason],
    ]);
  });

  test('"most" counts against every request listed, those without a reason too', () => {
    withReasons({ a: sharedReason, b: sharedReason });
    expect(placeNotes(['a', 'b', 'c'].map(kind), detection).note).toMatch(/^Most /);
    expect(placeNotes(['a', 'b', 'c', 'd'].map(kind), detection).note).toMatch(/^Some /);
  });
});

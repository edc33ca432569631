// useDraft driven directly, on a fake clock: what a form starts from, when typing is saved, what
// "Start again" and creating the email do, closing the pane, and another pane on the same storage.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { memoryStorage, type KeyValueStore } from '../../../office/host';
import { draftKey } from '../../../domain/draft';
import { fullName, mobile } from '../../../domain/fields';
import { emptyValues, type FormValues } from '../request/formValues';
import { draftStoreFor } from './draftStore';
import { useDraft, type DraftOptions, type DraftState } from './useDraft';

const t0 = Date.parse('2026-11-20T10:00:00Z');
const fields = { name: fullName(), mobile: mobile() };
const key = draftKey('name-change', 'care.vn6c2@nhs.net');
const otherKey = draftKey('audit', 'care.vn6c2@nhs.net');
const blank = () => emptyValues(fields);
const answers = (name: string, phone = ''): FormValues => ({ name, mobile: phone });
const envelope = (values: FormValues, savedAt = Date.now(), id = 'pane-a') => JSON.stringify({ v: 2, id, savedAt, values });

/** What storage holds for a key: the parsed draft, or null. */
const stored = (kv: KeyValueStore, k = key) => {
  const raw = kv.get(k);
  return raw === null ? null : (JSON.parse(raw) as { id: string; savedAt: number; values: FormValues });
};

/**
 * Two panes on one storage: each hears the other's writes and removals (as the browser's storage
 * event), never its own. The hook runs on `b`; "another pane" is a draft store on `a`, its actions
 * wrapped in act() by the tests.
 */
function twoPanes() {
  const shared = memoryStorage();
  const listeners = { a: new Set<(k: string | null) => void>(), b: new Set<(k: string | null) => void>() };
  const pane = (me: 'a' | 'b'): KeyValueStore => {
    const tell = (k: string | null) => (me === 'a' ? listeners.b : listeners.a).forEach((l) => l(k));
    return {
      get: (k) => shared.get(k),
      area: shared.area,
      set: (k, v) => {
        shared.set(k, v);
        tell(k);
        return true;
      },
      remove: (k) => {
        shared.remove(k);
        tell(k);
      },
      onExternalChange: (l) => (listeners[me].add(l), () => listeners[me].delete(l)),
    };
  };
  const a = pane('a');
  return {
    shared,
    a,
    b: pane('b'),
    other: draftStoreFor(a),
    /** A storage event heard late, after this pane's own writes (browsers queue them): nothing is written. */
    announce: (k: string) => act(() => listeners.b.forEach((l) => l(k))),
    /** Another page cleared the whole of storage (the storage event with a null key). */
    clearAll: () => {
      for (const k of [...shared.area!.memory.keys()]) shared.remove(k);
      act(() => listeners.b.forEach((l) => l(null)));
    },
  };
}

function open(storage: KeyValueStore, options: Partial<DraftOptions> = {}) {
  return renderHook((props: Partial<DraftOptions>) => useDraft({ storage, key, fields, blank, ...props }), { initialProps: options });
}
/** What another pane does, heard by this one (its state updates inside act). */
function elsewhere<T>(action: () => T): T {
  let out: T | undefined;
  act(() => {
    out = action();
  });
  return out as T;
}
const type = (draft: { current: DraftState }, values: FormValues) => act(() => draft.current.setValues(values));
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const pagehide = () => act(() => void window.dispatchEvent(new Event('pagehide')));
const visibility = (state: DocumentVisibilityState) => {
  const spy = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
  spy.mockRestore();
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(t0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('what the form starts from', () => {
  test('no saved draft: blank answers, nothing restored or offered, and nothing saved however long it stays open', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    expect(result.current.values).toEqual(blank());
    expect(result.current.restored).toBe(false);
    expect(result.current.elsewhere).toBe(false);
    expect(result.current.keptFromElsewhere).toBeUndefined();
    wait(10_000);
    pagehide();
    expect(kv.get(key)).toBeNull();
  });

  test('a saved draft with answers is restored and says so; restoring it does not save it again', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(answers('Sarah Bell', '07700 900123'), t0 - 60_000));
    const { result, unmount } = open(kv);
    expect(result.current.values).toEqual(answers('Sarah Bell', '07700 900123'));
    expect(result.current.restored).toBe(true);
    wait(10_000);
    pagehide();
    unmount();
    expect(stored(kv)?.savedAt).toBe(t0 - 60_000);
  });

  test('a saved draft equal to the blank form is not "restored"', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(blank(), t0 - 60_000));
    const { result } = open(kv);
    expect(result.current.values).toEqual(blank());
    expect(result.current.restored).toBe(false);
  });

  test('a saved draft that is not this form’s (other fields) is not restored, and is removed', () => {
    const kv = memoryStorage();
    kv.set(key, envelope({ note: 'x' }, t0 - 60_000));
    const { result } = open(kv);
    expect(result.current.values).toEqual(blank());
    expect(result.current.restored).toBe(false);
    expect(kv.get(key)).toBeNull();
  });

  test('a draft saved more than 24 hours ago is not restored', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(answers('Sarah Bell'), t0 - 24 * 60 * 60 * 1000 - 1));
    const { result } = open(kv);
    expect(result.current.values).toEqual(blank());
    expect(result.current.restored).toBe(false);
  });

  test('answers to start from win over a saved draft, are not "restored", and are not saved until typed into', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(answers('Sarah Bell'), t0 - 60_000));
    const start = answers('Tom Hill');
    const { result } = open(kv, { start });
    expect(result.current.values).toBe(start);
    expect(result.current.restored).toBe(false);
    wait(10_000);
    pagehide();
    expect(stored(kv)?.values).toEqual(answers('Sarah Bell'));
  });

  test('answers to start from, then the email created: the saved draft they replaced is cleared, as sent', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(answers('Sarah Bell'), t0 - 60_000));
    const { result } = open(kv, { start: answers('Tom Hill') });
    act(() => result.current.composed());
    expect(kv.get(key)).toBeNull();
    expect(draftStoreFor(kv).sentRecently(key)).toBe(true);
  });

  test('the answers are read once: a later render with other starting answers changes nothing', () => {
    const kv = memoryStorage();
    const { result, rerender } = open(kv, { start: answers('Tom Hill') });
    rerender({ start: answers('Sarah Bell') });
    expect(result.current.values).toEqual(answers('Tom Hill'));
  });
});

describe('saving as the user types', () => {
  test('nothing is saved before 250 ms; at 250 ms the answers are, with this pane’s id and the time', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('Sarah Bell'));
    wait(249);
    expect(kv.get(key)).toBeNull();
    wait(1);
    const saved = stored(kv);
    expect(saved?.values).toEqual(answers('Sarah Bell'));
    expect(saved?.savedAt).toBe(t0 + 250);
    expect(saved?.id).toMatch(/\S/);
  });

  test('another keystroke within 250 ms starts the delay again, and only the latest answers are saved', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('S'));
    wait(200);
    type(result, answers('Sa'));
    wait(249);
    expect(kv.get(key)).toBeNull();
    wait(1);
    expect(stored(kv)?.values).toEqual(answers('Sa'));
    expect(stored(kv)?.savedAt).toBe(t0 + 450);
  });

  test('each pause saves again under the same pane id', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('S'));
    wait(250);
    const first = stored(kv);
    type(result, answers('Sarah'));
    wait(250);
    expect(stored(kv)?.values).toEqual(answers('Sarah'));
    expect(stored(kv)?.id).toBe(first?.id);
    expect(stored(kv)?.savedAt).toBe(t0 + 500);
  });

  test('two panes have different ids', () => {
    const kv = memoryStorage();
    const one = open(kv, { key });
    type(one.result, answers('A'));
    wait(250);
    const two = open(kv, { key: otherKey });
    type(two.result, answers('B'));
    wait(250);
    expect(stored(kv, otherKey)?.id).not.toBe(stored(kv)?.id);
  });

  test('a blank form is never saved, even typed back to blank', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, blank());
    wait(1000);
    pagehide();
    expect(kv.get(key)).toBeNull();
  });

  test('rubbing the answers out removes the saved draft, 250 ms after the last keystroke', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('S'));
    wait(250);
    type(result, blank());
    wait(249);
    expect(stored(kv)?.values).toEqual(answers('S'));
    wait(1);
    expect(kv.get(key)).toBeNull();
    type(result, answers('T'));
    wait(250);
    expect(stored(kv)?.values).toEqual(answers('T'));
  });

  test('rubbing out restored answers removes the restored draft', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(answers('Sarah Bell'), t0 - 60_000));
    const { result } = open(kv);
    type(result, blank());
    wait(250);
    expect(kv.get(key)).toBeNull();
  });

  test('rubbing out answers leaves another pane’s newer draft alone', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    type(result, blank());
    wait(250);
    expect(stored(panes.shared)?.values).toEqual(answers('Theirs'));
  });

  test('after rubbing out, the draft the pane had is forgotten: another pane saving it again is offered', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    const mine = stored(panes.shared)!;
    type(result, blank());
    wait(250);
    // Another pane writes back exactly the draft this pane had saved (same id and time).
    elsewhere(() => panes.a.set(key, JSON.stringify({ v: 2, ...mine, id: 'pane-a' })));
    expect(result.current.elsewhere).toBe(true);
  });
});

describe('Start again', () => {
  test('restored answers: the form is blank, "restored" goes, the draft is removed, and nothing is saved afterwards', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(answers('Sarah Bell'), t0 - 60_000));
    const { result, unmount } = open(kv);
    act(() => result.current.startAgain());
    expect(result.current.values).toEqual(blank());
    expect(result.current.restored).toBe(false);
    expect(kv.get(key)).toBeNull();
    wait(1000);
    pagehide();
    unmount();
    expect(kv.get(key)).toBeNull();
  });

  test('typing still waiting to be saved is dropped, not saved 250 ms later or when the pane closes', () => {
    const kv = memoryStorage();
    const { result, unmount } = open(kv);
    type(result, answers('Sarah Bell'));
    wait(100);
    act(() => result.current.startAgain());
    wait(1000);
    pagehide();
    visibility('hidden');
    unmount();
    expect(kv.get(key)).toBeNull();
  });

  test('another pane’s draft goes too, whoever wrote it', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    kv.set(key, envelope(answers('Theirs')));
    act(() => result.current.startAgain());
    expect(kv.get(key)).toBeNull();
  });

  test('typing after starting again is saved as usual', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(answers('Sarah Bell'), t0 - 60_000));
    const { result } = open(kv);
    act(() => result.current.startAgain());
    type(result, answers('Tom Hill'));
    wait(250);
    expect(stored(kv)?.values).toEqual(answers('Tom Hill'));
  });

  test('answers typed after starting again, then rubbed out: nothing is saved, and no other draft is touched', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(answers('Sarah Bell'), t0 - 60_000));
    const { result } = open(kv);
    act(() => result.current.startAgain());
    kv.set(key, envelope(answers('Theirs')));
    type(result, answers('T'));
    type(result, blank());
    wait(250);
    expect(stored(kv)?.values).toEqual(answers('Theirs'));
  });

  test('the note that this pane’s answers were kept goes too', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    elsewhere(() => panes.a.remove(key));
    expect(result.current.keptFromElsewhere).toBe('cleared');
    act(() => result.current.startAgain());
    expect(result.current.keptFromElsewhere).toBeUndefined();
  });

  test('answers only restored after starting again are not kept when another pane clears them', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    act(() => result.current.startAgain());
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    elsewhere(() => panes.a.remove(key));
    expect(result.current.keptFromElsewhere).toBeUndefined();
    expect(panes.shared.get(key)).toBeNull();
  });
});

describe('the email created', () => {
  test('the saved draft is cleared and marked as sent', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('Sarah Bell'));
    wait(250);
    act(() => result.current.composed());
    expect(kv.get(key)).toBeNull();
    expect(kv.get(`sent:${key}`)).toBe(String(t0 + 250));
  });

  test('typing still waiting is not saved afterwards: not after 250 ms, not when hidden or closed', () => {
    const kv = memoryStorage();
    const { result, unmount } = open(kv);
    type(result, answers('Sarah Bell'));
    wait(250);
    type(result, answers('Sarah Bell-Jones'));
    wait(100);
    act(() => result.current.composed());
    wait(1000);
    pagehide();
    visibility('hidden');
    unmount();
    expect(kv.get(key)).toBeNull();
  });

  test('answers changed after the email was created are never saved', () => {
    const kv = memoryStorage();
    const { result, unmount } = open(kv);
    type(result, answers('Sarah Bell'));
    act(() => result.current.composed());
    type(result, answers('Tom Hill'));
    wait(1000);
    pagehide();
    unmount();
    expect(kv.get(key)).toBeNull();
  });

  test('nothing saved yet: nothing is cleared and no "sent" mark is left', () => {
    const kv = memoryStorage();
    kv.set(key, envelope(answers('Theirs')));
    const { result } = open(kv, { start: answers('Mine') });
    kv.remove(key);
    act(() => result.current.composed());
    expect(kv.get(`sent:${key}`)).toBeNull();
  });
});

describe('closing or hiding the pane keeps the last keystrokes', () => {
  test('pagehide saves typing still waiting, at once', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('Sarah Bell'));
    wait(100);
    pagehide();
    expect(stored(kv)?.values).toEqual(answers('Sarah Bell'));
    expect(stored(kv)?.savedAt).toBe(t0 + 100);
  });

  test('the pane hidden saves typing still waiting, at once; the pane shown again does not', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('Sarah Bell'));
    visibility('visible');
    expect(kv.get(key)).toBeNull();
    visibility('hidden');
    expect(stored(kv)?.values).toEqual(answers('Sarah Bell'));
  });

  test('the form closed (unmounted) saves typing still waiting', () => {
    const kv = memoryStorage();
    const { result, unmount } = open(kv);
    type(result, answers('Sarah Bell'));
    unmount();
    expect(stored(kv)?.values).toEqual(answers('Sarah Bell'));
  });

  test('typing already saved is not saved again when the pane is hidden', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('Sarah Bell'));
    wait(250);
    wait(1000);
    pagehide();
    expect(stored(kv)?.savedAt).toBe(t0 + 250);
  });

  test('typing rubbed out and still waiting: closing removes the saved draft rather than keeping it', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('Sarah Bell'));
    wait(250);
    type(result, blank());
    pagehide();
    expect(kv.get(key)).toBeNull();
  });

  test('own typing that storage no longer holds (another pane cleared it, unheard) is saved again', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('Sarah Bell'));
    wait(250);
    kv.remove(key);
    wait(1000);
    pagehide();
    expect(stored(kv)?.values).toEqual(answers('Sarah Bell'));
    expect(stored(kv)?.savedAt).toBe(t0 + 1250);
  });

  test('once the form is closed, the pane’s events no longer save anything', () => {
    const kv = memoryStorage();
    const { result, unmount } = open(kv);
    type(result, answers('Sarah Bell'));
    unmount();
    kv.remove(key);
    pagehide();
    visibility('hidden');
    expect(kv.get(key)).toBeNull();
  });
});

describe('another pane on the same request', () => {
  test('different answers saved there are offered, never applied; storage holds theirs', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    expect(result.current.elsewhere).toBe(true);
    expect(result.current.values).toEqual(answers('Mine'));
    expect(stored(panes.shared)?.values).toEqual(answers('Theirs'));
  });

  test('their answers offered while this pane has typed nothing are offered too', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    expect(result.current.elsewhere).toBe(true);
    expect(result.current.values).toEqual(blank());
  });

  test('the same answers saved there are not offered', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Same'));
    wait(250);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Same')));
    expect(result.current.elsewhere).toBe(false);
  });

  test('the same answers as this pane is still typing (not yet saved) are not offered', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Same'));
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Same')));
    expect(result.current.elsewhere).toBe(false);
  });

  test('answers restored here and not typed into, saved again there unchanged: not offered', () => {
    const panes = twoPanes();
    panes.other.save(key, 'pane-a', answers('Theirs'));
    const { result } = open(panes.b);
    vi.setSystemTime(t0 + 1000);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    expect(result.current.elsewhere).toBe(false);
  });

  test('a blank form not typed into: another pane’s blank answers are not offered', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    elsewhere(() => panes.a.set(key, envelope(blank())));
    expect(result.current.elsewhere).toBe(false);
  });

  test('an offer stays until it is answered, even when a later event needs nothing (one late for this pane’s own save)', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    type(result, answers('Mine, more'));
    wait(250);
    expect(stored(panes.shared)?.values).toEqual(answers('Mine, more'));
    panes.announce(key);
    expect(result.current.elsewhere).toBe(true);
    act(() => result.current.loadElsewhere());
    expect(result.current.values).toEqual(answers('Theirs'));
  });

  test.each([true, false])(
    'their answers offered, then sent there (typed here: %s): the offer is withdrawn, loading brings nothing back',
    (typedHere) => {
      const panes = twoPanes();
      const { result } = open(panes.b);
      if (typedHere) {
        type(result, answers('Mine'));
        wait(250);
      }
      const theirs = elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
      expect(result.current.elsewhere).toBe(true);
      elsewhere(() => panes.other.clear(key, theirs, { sent: true }));
      expect(result.current.elsewhere).toBe(false);
      act(() => result.current.loadElsewhere());
      expect(result.current.values).toEqual(typedHere ? answers('Mine') : blank());
      expect(result.current.keptFromElsewhere).toBe(typedHere ? 'sent' : undefined);
    },
  );

  test('their answers offered, then storage cleared by another page: the offer is withdrawn', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    expect(result.current.elsewhere).toBe(true);
    panes.clearAll();
    expect(result.current.elsewhere).toBe(false);
  });

  test('loading their answers: the form shows them, the offer goes, and they are not saved again here', () => {
    const panes = twoPanes();
    const { result, unmount } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    const theirs = stored(panes.shared);
    act(() => result.current.loadElsewhere());
    expect(result.current.values).toEqual(answers('Theirs'));
    expect(result.current.elsewhere).toBe(false);
    wait(1000);
    pagehide();
    unmount();
    expect(stored(panes.shared)).toEqual(theirs);
  });

  test('loading their answers within 250 ms of a keystroke: the dropped typing is not saved when the pane closes', () => {
    const panes = twoPanes();
    const { result, unmount } = open(panes.b);
    type(result, answers('Mine'));
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    act(() => result.current.loadElsewhere());
    pagehide();
    unmount();
    expect(stored(panes.shared)?.values).toEqual(answers('Theirs'));
  });

  test('their answers loaded, then the email created: their draft is cleared, as sent', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    act(() => result.current.loadElsewhere());
    act(() => result.current.composed());
    expect(panes.shared.get(key)).toBeNull();
    expect(panes.other.sentRecently(key)).toBe(true);
  });

  test('their answers loaded and not typed into: their sending it is final, nothing is kept here', () => {
    const panes = twoPanes();
    const { result, unmount } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    const seen = elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    act(() => result.current.loadElsewhere());
    elsewhere(() => panes.other.clear(key, seen, { sent: true }));
    expect(result.current.keptFromElsewhere).toBeUndefined();
    pagehide();
    unmount();
    expect(panes.shared.get(key)).toBeNull();
  });

  test('their answers loaded, then typed into: typing is saved as usual', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    act(() => result.current.loadElsewhere());
    type(result, answers('Theirs, edited'));
    wait(250);
    expect(stored(panes.shared)?.values).toEqual(answers('Theirs, edited'));
  });

  test('loading with nothing offered changes nothing', () => {
    const kv = memoryStorage();
    const { result } = open(kv);
    type(result, answers('Mine'));
    act(() => result.current.loadElsewhere());
    expect(result.current.values).toEqual(answers('Mine'));
    wait(250);
    expect(stored(kv)?.values).toEqual(answers('Mine'));
  });

  test('keeping mine: the offer goes, the form keeps this pane’s answers, and closing saves them over theirs', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    act(() => result.current.keepMine());
    expect(result.current.elsewhere).toBe(false);
    expect(result.current.values).toEqual(answers('Mine'));
    pagehide();
    expect(stored(panes.shared)?.values).toEqual(answers('Mine'));
  });

  test('their draft restored here and announced again: not offered (it is the one this pane has)', () => {
    const panes = twoPanes();
    panes.other.save(key, 'pane-a', answers('Theirs'));
    const { result } = open(panes.b);
    type(result, answers('Theirs, edited'));
    elsewhere(() => panes.a.set(key, panes.shared.get(key)!));
    expect(result.current.elsewhere).toBe(false);
  });

  test('this pane’s own draft announced (a storage event for a write of its own) is not offered', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    type(result, answers('Mine, more'));
    elsewhere(() => panes.a.set(key, panes.shared.get(key)!));
    expect(result.current.elsewhere).toBe(false);
  });
});

describe('another pane sends or clears this request while this one is being written', () => {
  test('sent there after this pane saved: this pane’s answers are saved again at once, and it says "sent"', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    const seen = panes.other.load(key)!;
    wait(1000);
    elsewhere(() => panes.other.clear(key, seen, { sent: true }));
    expect(result.current.keptFromElsewhere).toBe('sent');
    expect(result.current.values).toEqual(answers('Mine'));
    expect(stored(panes.shared)?.values).toEqual(answers('Mine'));
    expect(stored(panes.shared)?.savedAt).toBe(t0 + 1250);
  });

  test('their own answers sent there while this pane’s typing was still waiting: saved again at once, "sent"', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(100);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    const seen = panes.other.load(key)!;
    elsewhere(() => panes.other.clear(key, seen, { sent: true }));
    expect(result.current.keptFromElsewhere).toBe('sent');
    expect(stored(panes.shared)?.values).toEqual(answers('Mine'));
    expect(stored(panes.shared)?.savedAt).toBe(t0 + 100);
  });

  test('cleared there (not sent): saved again at once, and it says "cleared"', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    elsewhere(() => panes.a.remove(key));
    expect(result.current.keptFromElsewhere).toBe('cleared');
    expect(stored(panes.shared)?.values).toEqual(answers('Mine'));
  });

  test('the whole of storage cleared by another page: saved again at once, "cleared"', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    panes.clearAll();
    expect(result.current.keptFromElsewhere).toBe('cleared');
    expect(stored(panes.shared)?.values).toEqual(answers('Mine'));
  });

  test('typing kept this way is not written a second time when the pane is hidden', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(100);
    elsewhere(() => panes.a.remove(key));
    const kept = stored(panes.shared);
    vi.setSystemTime(t0 + 200);
    pagehide();
    expect(stored(panes.shared)).toEqual(kept);
  });

  test('the note can be dismissed; the answers stay saved', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    elsewhere(() => panes.a.remove(key));
    act(() => result.current.dismissKept());
    expect(result.current.keptFromElsewhere).toBeUndefined();
    expect(stored(panes.shared)?.values).toEqual(answers('Mine'));
  });

  test('answers only restored here, not typed: sending there is final, nothing comes back', () => {
    const panes = twoPanes();
    const seen = panes.other.save(key, 'pane-a', answers('Theirs'));
    const { result, unmount } = open(panes.b);
    expect(result.current.restored).toBe(true);
    elsewhere(() => panes.other.clear(key, seen, { sent: true }));
    expect(result.current.keptFromElsewhere).toBeUndefined();
    pagehide();
    unmount();
    expect(panes.shared.get(key)).toBeNull();
  });

  test('typing rubbed out to blank: nothing is kept when the draft is cleared there', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    type(result, blank());
    elsewhere(() => panes.a.remove(key));
    expect(result.current.keptFromElsewhere).toBeUndefined();
    expect(panes.shared.get(key)).toBeNull();
  });

  test('after this pane created the email, another pane clearing the draft keeps nothing', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    wait(250);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('Theirs')));
    act(() => result.current.composed());
    elsewhere(() => panes.a.remove(key));
    expect(result.current.keptFromElsewhere).toBeUndefined();
    expect(panes.shared.get(key)).toBeNull();
  });
});

describe('changes to other drafts are not this form’s business', () => {
  test('another request’s draft saved or removed there: nothing offered or kept, and typing waits its 250 ms', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    elsewhere(() => panes.other.save(otherKey, 'pane-a', { note: 'x' }));
    elsewhere(() => panes.a.remove(otherKey));
    expect(result.current.elsewhere).toBe(false);
    expect(result.current.keptFromElsewhere).toBeUndefined();
    expect(panes.shared.get(key)).toBeNull();
    wait(250);
    expect(stored(panes.shared)?.values).toEqual(answers('Mine'));
  });

  test('a value that is not a draft changed there: nothing happens', () => {
    const panes = twoPanes();
    const { result } = open(panes.b);
    type(result, answers('Mine'));
    elsewhere(() => panes.a.set('mailboxes', '[]'));
    expect(result.current.keptFromElsewhere).toBeUndefined();
    expect(panes.shared.get(key)).toBeNull();
  });
});

describe('the site becomes known while the form is open (a new draft key)', () => {
  test('typing is then saved, cleared and started again under the new key', () => {
    const kv = memoryStorage();
    const before = draftKey('name-change', undefined);
    const { result, rerender } = open(kv, { key: before });
    rerender({ key });
    type(result, answers('Sarah Bell'));
    wait(250);
    expect(stored(kv)?.values).toEqual(answers('Sarah Bell'));
    expect(kv.get(before)).toBeNull();
    act(() => result.current.composed());
    expect(kv.get(key)).toBeNull();
    expect(kv.get(`sent:${key}`)).not.toBeNull();
  });

  test('typing still waiting when the pane closes is saved under the new key', () => {
    const kv = memoryStorage();
    const before = draftKey('name-change', undefined);
    const { result, rerender, unmount } = open(kv, { key: before });
    rerender({ key });
    type(result, answers('Sarah Bell'));
    pagehide();
    expect(stored(kv)?.values).toEqual(answers('Sarah Bell'));
    type(result, answers('Sarah Bell-Jones'));
    unmount();
    expect(stored(kv)?.values).toEqual(answers('Sarah Bell-Jones'));
    expect(kv.get(before)).toBeNull();
  });

  test('Start again removes the new key’s draft', () => {
    const kv = memoryStorage();
    const { result, rerender } = open(kv, { key: otherKey });
    rerender({ key });
    kv.set(key, envelope(answers('Theirs')));
    act(() => result.current.startAgain());
    expect(kv.get(key)).toBeNull();
  });

  test('another pane’s changes to the new key are heard, the old key’s are not', () => {
    const panes = twoPanes();
    const { result, rerender } = open(panes.b, { key: otherKey });
    rerender({ key });
    elsewhere(() => panes.other.save(otherKey, 'pane-a', answers('Old key')));
    expect(result.current.elsewhere).toBe(false);
    elsewhere(() => panes.other.save(key, 'pane-a', answers('New key')));
    expect(result.current.elsewhere).toBe(true);
  });
});

describe('the form’s fields change while it is open (another request on the same screen)', () => {
  test('another pane’s draft is read against the new fields', () => {
    const panes = twoPanes();
    const nameOnly = { name: fullName() };
    const { result, rerender } = open(panes.b);
    rerender({ fields: nameOnly, blank: () => emptyValues(nameOnly) });
    elsewhere(() => panes.a.set(key, envelope({ name: 'Theirs' })));
    expect(result.current.elsewhere).toBe(true);
    expect(stored(panes.shared)?.values).toEqual({ name: 'Theirs' });
  });
});

// The answers of one request form, saved as the user types and restored when the pane reopens.
// All draft behaviour lives here and in draftStore: autosave (debounced, flushed when the pane
// closes, cancelled when the email is created), restore, expiry, other panes' changes, draft id.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyValueStore } from '../../../office/host';
import { draftParser, sameValues, type Draft } from '../../../domain/draft';
import type { FieldMap } from '../../../domain/fields';
import { draftStoreFor, newDraftId } from './draftStore';
import { draftEvent, mustSaveOnHide } from './draftConflict';
import type { FormValues } from '../request/formValues';

export interface DraftOptions {
  storage: KeyValueStore;
  /** Which draft this form keeps: one per request kind and per site (draftIdentity.ts). */
  key: string;
  fields: FieldMap;
  blank: () => FormValues;
  /** Answers to start from instead of a saved draft (the "About this email" card's suggestions). */
  start?: FormValues;
}

export interface DraftState {
  values: FormValues;
  setValues: (values: FormValues) => void;
  /** True while "Your earlier answers were restored" should show. */
  restored: boolean;
  /** Another pane saved different answers for this request; offered, never applied silently. */
  elsewhere: boolean;
  loadElsewhere: () => void;
  keepMine: () => void;
  /** Forget the restored answers and start from a blank form. */
  startAgain: () => void;
  /** The email was created: nothing pending may save these answers again. */
  composed: () => void;
  /** Another pane sent (or cleared) this request while this one was being written: this pane's answers were saved again. */
  keptFromElsewhere?: 'sent' | 'cleared';
  dismissKept: () => void;
}

type Seen = Pick<Draft, 'id' | 'savedAt'>;
const saveDelayMs = 250;

export function useDraft({ storage, key, fields, blank, start }: DraftOptions): DraftState {
  const store = draftStoreFor(storage);
  const parse = useMemo(() => draftParser(fields), [fields]);
  // Read once per form (a lazy initial state, not a memo with no dependencies: nothing to re-read).
  const [initial] = useState(() => {
    const found = store.load(key, parse);
    if (start) return { values: start, seen: found ?? undefined, restored: false };
    const fresh = blank();
    return found && !sameValues(found.values, fresh)
      ? { values: found.values, seen: found, restored: true }
      : { values: fresh, seen: undefined, restored: false };
  });
  const [values, setValues] = useState<FormValues>(initial.values);
  const [restored, setRestored] = useState(initial.restored);
  const [elsewhere, setElsewhere] = useState<Draft>();
  const [kept, setKept] = useState<'sent' | 'cleared'>();
  const id = useRef(newDraftId());
  // Whether the answers on screen hold typing of this pane's own (not only restored or loaded ones).
  const typed = useRef(false);
  const current = useRef(initial.values);
  useEffect(() => {
    current.current = values;
  }, [values]);
  const seen = useRef<Seen | undefined>(initial.seen);
  // Answers this pane did not type (restored or loaded): saving them again would only extend their life.
  const loaded = useRef<FormValues>(initial.values);
  const pending = useRef<FormValues | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const done = useRef(false);

  const write = useCallback(
    (v: FormValues) => {
      pending.current = undefined;
      // Never called with the loaded answers: the effect below waits only on answers that differ from
      // them, and whatever changes them (load, start again) drops what was waiting.
      if (done.current) return;
      // A blank form is never saved; blanking a saved one removes it.
      if (sameValues(v, blank())) {
        store.clear(key, seen.current);
        seen.current = undefined;
        return;
      }
      seen.current = store.save(key, id.current, v);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, key],
  );

  // Save as the user types; a short delay keeps typing smooth, and whatever is still waiting is
  // written at once when the pane closes or this screen goes, so the last keystrokes are kept too.
  useEffect(() => {
    if (values === loaded.current) return;
    pending.current = values;
    timer.current = setTimeout(() => write(values), saveDelayMs);
    return () => clearTimeout(timer.current);
  }, [values, write]);
  // This pane's typing worth keeping: typed here, not sent, not blank.
  const ownTyping = () => {
    const mine = pending.current ?? current.current;
    return typed.current && !done.current && !sameValues(mine, blank()) ? mine : undefined;
  };

  // Another Outlook window (or browser tab) on the same request saved its answers, or sent them.
  useEffect(
    () =>
      store.onExternalChange((changed) => {
        if (changed !== null && changed !== key) return;
        const stored = store.readStored(key, parse);
        const mine = ownTyping();
        const event = draftEvent({
          stored,
          sentElsewhere: !stored && store.sentRecently(key),
          ownId: id.current,
          seen: seen.current,
          mine: mine ?? current.current,
          typedHere: Boolean(mine),
        });
        if (event.kind === 'offer') setElsewhere(event.draft);
        // Their answers were sent (or cleared) there: an offer still on screen would bring them back.
        else if (!stored) setElsewhere(undefined);
        if (
          event.kind === 'kept' &&
          // Stryker disable next-line ConditionalExpression: draftEvent says 'kept' only when typedHere, which is Boolean(mine), so mine is set here (this only narrows its type)
          mine
        ) {
          // Written again at once: this pane may be closed next, and its typing must survive.
          pending.current = undefined;
          seen.current = store.save(key, id.current, mine);
          setKept(event.sent ? 'sent' : 'cleared');
        }
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, key, parse],
  );

  // Closed, hidden, or this screen gone: what is still waiting is written at once, and whatever this
  // pane typed is written again if storage does not hold it (another pane may have saved over it,
  // or sent it), so the last keystrokes are kept and closing never loses typing.
  useEffect(() => {
    const keep = () => {
      if (pending.current) write(pending.current);
      const mine = ownTyping();
      if (mine && mustSaveOnHide({ typedHere: true, done: done.current, stored: store.readStored(key, parse), mine }))
        seen.current = store.save(key, id.current, mine);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && keep();
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', onVisibility);
      keep();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [write, parse]);

  const loadElsewhere = useCallback(() => {
    if (!elsewhere) return;
    typed.current = false;
    // This pane's typing still waiting is dropped with the rest of its answers, not saved on closing.
    pending.current = undefined;
    loaded.current = elsewhere.values;
    seen.current = elsewhere;
    setValues(loaded.current);
    setElsewhere(undefined);
  }, [elsewhere]);
  // Stryker disable next-line ArrayDeclaration: [] and ['Stryker was here'] are both constant, so the callback is made once either way
  const keepMine = useCallback(() => setElsewhere(undefined), []);

  const startAgain = useCallback(() => {
    store.discard(key);
    seen.current = undefined;
    clearTimeout(timer.current);
    pending.current = undefined;
    // Stryker disable next-line BooleanLiteral: the answers are now blank, which ownTyping never keeps whatever typed says, and the next change sets it to true
    typed.current = false;
    loaded.current = blank();
    setValues(loaded.current);
    setRestored(false);
    setKept(undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, key]);
  const composed = useCallback(() => {
    done.current = true;
    clearTimeout(timer.current);
    pending.current = undefined;
    store.clear(key, seen.current, { sent: true });
  }, [store, key]);
  // Stryker disable ArrayDeclaration: [] and ['Stryker was here'] are both constant, so each callback is made once either way
  const change = useCallback((next: FormValues) => {
    typed.current = true;
    setValues(next);
  }, []);
  const dismissKept = useCallback(() => setKept(undefined), []);
  // Stryker restore ArrayDeclaration

  return {
    values,
    setValues: change,
    restored,
    elsewhere: Boolean(elsewhere),
    loadElsewhere,
    keepMine,
    startAgain,
    composed,
    keptFromElsewhere: kept,
    dismissKept,
  };
}

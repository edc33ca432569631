// The answers of one request form, saved as the user types and restored when the pane reopens.
// All draft behaviour lives here: autosave (debounced, flushed when the pane closes), restore,
// expiry, and clearing after the email is created.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyValueStore } from '../office/host';
import { clearDraft, loadDraft, saveDraft } from '../office/localState';
import type { FormValues } from './formValues';

export interface DraftState {
  values: FormValues;
  setValues: (values: FormValues) => void;
  /** True while "Your earlier answers were restored" should show. */
  restored: boolean;
  /** Forget the restored answers and start from a blank form. */
  startAgain: (blank: FormValues) => void;
  /** The email was created: nothing pending may save these answers again. */
  composed: () => void;
}

export function useDraft(storage: KeyValueStore, kindId: string, blank: () => FormValues): DraftState {
  const restoredDraft = useMemo(() => loadDraft(storage, kindId), [storage, kindId]);
  const [values, setValues] = useState<FormValues>(() => (restoredDraft?.values as FormValues) ?? blank());
  const [restored, setRestored] = useState(Boolean(restoredDraft));

  // Save as the user types; a short delay keeps typing smooth, and whatever is still waiting is
  // written at once when the pane closes or this screen goes, so the last keystrokes are kept too.
  const unsaved = useRef<FormValues | undefined>(undefined);
  const done = useRef(false);
  useEffect(() => {
    unsaved.current = values;
    const timer = setTimeout(() => {
      saveDraft(storage, kindId, values);
      unsaved.current = undefined;
    }, 250);
    return () => clearTimeout(timer);
  }, [storage, kindId, values]);
  useEffect(() => {
    const flush = () => {
      if (unsaved.current && !done.current) saveDraft(storage, kindId, unsaved.current);
      unsaved.current = undefined;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [storage, kindId]);

  const startAgain = useCallback(
    (fresh: FormValues) => {
      clearDraft(storage, kindId);
      setValues(fresh);
      setRestored(false);
    },
    [storage, kindId],
  );
  const composed = useCallback(() => {
    done.current = true;
    unsaved.current = undefined;
    clearDraft(storage, kindId);
  }, [storage, kindId]);

  return { values, setValues, restored, startAgain, composed };
}

// One list of people in a form: its heading, each person's fieldset, Add / Remove / Paste, the limit
// note, and where focus goes after each of those.

import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Caption1, Link, MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import { AddRegular, ClipboardPasteRegular } from '@fluentui/react-icons';
import { kindIndex, type KindId } from '../../../domain/kindIndex';
import { isInitial, type Field, type FieldMap } from '../../../domain/fields';
import { CutNotes } from './cutNotes';
import { useFormStyles } from './formStyles';
import { emptyValues, pathKey, type FormValues } from './formValues';
import { PastePanel } from './PastePanel';
import { firstFieldId, focusControl } from './focus';

/** What a list needs from the form around it (kept small so the two modules do not import each other). */
export interface ListHost {
  renderFields: (fields: FieldMap, prefix: (string | number)[]) => ReactNode[];
  onTouch: (paths: string[]) => void;
  onOpenKind: (id: string) => void;
}

export function FormList(p: {
  field: Extract<Field, { type: 'list' }>;
  path: (string | number)[];
  items: FormValues[];
  error?: string;
  set: (v: unknown) => void;
  host: ListHost;
}) {
  const styles = useFormStyles();
  const { field, items } = p;
  const [pasting, setPasting] = useState(false);
  const notes = useContext(CutNotes);
  const headingId = useId('list');
  const hintId = useId('list-hint');
  const addButton = useRef<HTMLButtonElement>(null);
  const pasteButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the list has re-rendered: a person's first field, or (none) the add button.
  const pending = useRef<{ id?: string }>(undefined);
  useEffect(() => {
    const want = pending.current;
    if (!want) return;
    pending.current = undefined;
    if (!want.id || !focusControl(want.id)) addButton.current?.focus();
  });
  const firstOf = (index: number) => firstFieldId(field.fields, [...p.path, index]);
  const isBlank = (item: FormValues) => isInitial(field.fields, item);
  const noun = field.ui.itemLabel.toLowerCase();
  const closePaste = () => {
    setPasting(false);
    pasteButton.current?.focus();
  };
  const overMax = field.ui.overMaxKind ? kindIndex[field.ui.overMaxKind as KindId] : undefined;
  return (
    <div className={styles.list} role="group" aria-labelledby={headingId} aria-describedby={field.ui.hint ? hintId : undefined}>
      <div className={styles.listHead}>
        <h3 id={headingId} className={styles.listHeading}>
          {field.ui.label}
        </h3>
        {field.ui.hint && <Caption1 id={hintId}>{field.ui.hint}</Caption1>}
      </div>
      {p.error && <ListError id={`${pathKey(p.path)}-error`} message={p.error} />}
      {items.map((_, i) => (
        <fieldset key={i} className={styles.fieldset}>
          <legend className={styles.legend}>
            {field.ui.itemLabel} {i + 1}
          </legend>
          {p.host.renderFields(field.fields, [...p.path, i])}
          {items.length > field.min && (
            <div className={styles.row}>
              <Button
                size="small"
                onClick={() => {
                  // Focus goes to the person before (or the one that moves up), or the add button when none is left.
                  pending.current = { id: i > 0 ? firstOf(i - 1) : items.length > 1 ? firstOf(0) : undefined };
                  p.set(items.filter((_, j) => j !== i));
                }}
              >
                Remove {noun} {i + 1}
              </Button>
            </div>
          )}
        </fieldset>
      ))}
      <div className={styles.row}>
        <Button
          ref={addButton}
          icon={<AddRegular />}
          onClick={() => {
            pending.current = { id: firstOf(items.length) };
            p.set([...items, emptyValues(field.fields)]);
          }}
          disabled={items.length >= field.max}
        >
          {items.length === 0 ? (field.ui.addLabel ?? `Add ${article(noun)} ${noun}`) : `Add another ${noun}`}
        </Button>
        {field.ui.paste && (
          <Button ref={pasteButton} icon={<ClipboardPasteRegular />} onClick={() => setPasting((x) => !x)} aria-expanded={pasting}>
            Paste from a spreadsheet
          </Button>
        )}
      </div>
      {items.length >= field.max && (
        <Caption1 block>
          <LimitNote message={field.maxMessage} title={overMax?.title} onOpen={() => overMax && p.host.onOpenKind(overMax.id)} />
        </Caption1>
      )}
      {pasting && (
        // Escape closes the paste box, as Close does, and focus goes back to its button.
        <div
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            closePaste();
          }}
        >
          <PastePanel
            fields={field.fields}
            max={field.max}
            onMoreAccounts={() => field.ui.overMaxKind && p.host.onOpenKind(field.ui.overMaxKind)}
            onClose={closePaste}
            onPeople={(people, repaired) => {
              const kept = items.filter((item) => !isBlank(item));
              const merged = mergePasted(kept, people, field.max);
              p.set(merged);
              const offset = merged.length === kept.length + people.length ? kept.length : 0;
              notes.add(repaired.map((c) => [pathKey([...p.path, offset + c.index, c.key]), c.note] as const));
              // Pasted rows show their problems straight away, next to each field.
              p.host.onTouch(merged.flatMap((item, i) => Object.keys(item).map((key) => pathKey([...p.path, i, key]))));
              setPasting(false);
              // Focus goes to the first pasted person.
              pending.current = { id: firstOf(offset) };
            }}
          />
        </div>
      )}
    </div>
  );
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** The limit note, with the request that lifts the limit as a link (in place where the note names it). */
function LimitNote(props: { message: string; title?: string; onOpen: () => void }) {
  const { message, title } = props;
  if (!title) return <>{message}</>;
  const link = (
    <Link as="button" inline onClick={props.onOpen}>
      {title}
    </Link>
  );
  const named = [`'${title}'`, `‘${title}’`, title].find((t) => message.includes(t));
  if (!named) {
    return (
      <>
        {message} {link}
      </>
    );
  }
  const at = message.indexOf(named);
  return (
    <>
      {message.slice(0, at)}
      {link}
      {message.slice(at + named.length)}
    </>
  );
}

/** Pasted people join those already typed; if that would pass the limit, the paste replaces them. */
function mergePasted(kept: FormValues[], pasted: FormValues[], max: number): FormValues[] {
  const all = [...kept, ...pasted];
  return all.length > max ? pasted.slice(0, max) : all;
}

/** An error about a group or a list as a whole (an owner is leaving): focused after a failed submit when it is the first problem. */
export function ListError(props: { id: string; message: string }) {
  const styles = useFormStyles();
  return (
    <MessageBar intent="error" layout="multiline" id={props.id} tabIndex={-1} data-error-focus className={styles.error}>
      <MessageBarBody>{props.message}</MessageBarBody>
    </MessageBar>
  );
}

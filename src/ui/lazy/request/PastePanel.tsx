// Paste people from a spreadsheet. The box is a plain, uncontrolled textarea, and a very large paste
// (a whole spreadsheet) is kept aside instead of being laid out in the box: megabytes of text never
// go through React state or the browser's text layout, so the pane stays responsive. Rows are
// counted before anything is parsed, and at most ten problems are listed.

import { useRef, useState } from 'react';
import { Button, Field, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { FieldMap } from '../../../domain/fields';
import { firstErrors, parsePastedPeople, type PasteColumn } from '../../../domain/paste';
import { emptyValues, type FormValues } from './formValues';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  textarea: {
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '7em',
    resize: 'vertical',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** Pastes bigger than this are held aside and summarised rather than shown in the box. */
const largePaste = 20_000;

/** A pasted value that was put right (a mobile's lost 0, a name turned round): which person (0-based), which field, and the note. */
export interface RepairedCell {
  index: number;
  key: string;
  note: string;
}

export function PastePanel(props: {
  fields: FieldMap;
  max: number;
  onPeople: (people: FormValues[], repaired: RepairedCell[]) => void;
  onMoreAccounts: () => void;
  onClose: () => void;
}) {
  const styles = useStyles();
  const box = useRef<HTMLTextAreaElement>(null);
  const [held, setHeld] = useState<{ text: string; lines: number }>();
  const [errors, setErrors] = useState<{ messages: string[]; more: number }>({ messages: [], more: 0 });
  const [tooMany, setTooMany] = useState<number>();
  // Which form field takes each pasted column: names go to the first text field.
  const target = (column: PasteColumn) =>
    Object.entries(props.fields).find(
      ([, f]) => f.type === 'scalar' && (f.ui.pasteAs === column || (column === 'name' && f.ui.control === 'text' && !f.ui.pasteAs)),
    )?.[0];

  const add = () => {
    // Anything typed in the box after a large paste counts too.
    const result = parsePastedPeople([held?.text, box.current?.value].filter(Boolean).join('\n'), { maxRows: props.max });
    setTooMany(undefined);
    setErrors({ messages: [], more: 0 });
    if (result.count === 0) {
      setErrors({ messages: ['Nothing to add. Copy the rows from your spreadsheet and paste them here.'], more: 0 });
      return;
    }
    if (result.count > props.max) {
      setTooMany(result.count);
      return;
    }
    if (result.errors.length) {
      setErrors(firstErrors(result.errors));
      return;
    }
    const repaired: RepairedCell[] = [];
    const people = result.rows.map((row, index) => {
      const person = emptyValues(props.fields);
      for (const column of ['name', 'mobile', 'email'] as const) {
        const key = target(column);
        const field = key ? props.fields[key] : undefined;
        const value = row.values[column];
        if (!key || !value || field?.type !== 'scalar') continue;
        // Kept whole, however long: the field counts it and says what is too long (fieldNotes.ts).
        person[key] = value;
        const repair = row.repairs?.find((r) => r.column === column);
        if (repair) repaired.push({ index, key, note: repair.note });
      }
      for (const [key, f] of Object.entries(props.fields))
        if (f.type === 'scalar' && f.defaultValue !== undefined) person[key] = row.values.role ?? f.defaultValue;
      return person;
    });
    props.onPeople(people, repaired);
    if (box.current) box.current.value = '';
    setHeld(undefined);
  };

  return (
    <div className={styles.box}>
      <Field
        label="Paste from a spreadsheet"
        hint="Copy the rows from Excel (or a CSV file): name, mobile and email columns, in any order, and an owner or member column if you have one. A header row is optional. Anyone without an owner or member cell is added as a member."
      >
        {(fieldProps) => (
          <textarea
            {...fieldProps}
            ref={box}
            className={styles.textarea}
            rows={5}
            spellCheck={false}
            onPaste={(e) => {
              const text = e.clipboardData.getData('text/plain');
              if (text.length <= largePaste) return;
              e.preventDefault();
              let lines = 1;
              for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
              setHeld({ text, lines });
            }}
          />
        )}
      </Field>
      {held && (
        <p role="status">
          {held.lines.toLocaleString('en-GB')} lines pasted ({Math.round(held.text.length / 1024).toLocaleString('en-GB')} KB): too many to
          show in the box. Choose “Add these people”, or{' '}
          <Link as="button" onClick={() => setHeld(undefined)}>
            clear the paste
          </Link>
          .
        </p>
      )}
      {tooMany !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            You pasted {tooMany.toLocaleString('en-GB')} people. NAS sets up at most {props.max} accounts for a site in one go.{' '}
            <Link as="button" onClick={props.onMoreAccounts}>
              Ask for more than 10 accounts
            </Link>{' '}
            first, or paste {props.max} or fewer.
          </MessageBarBody>
        </MessageBar>
      )}
      {errors.messages.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <ul>
              {errors.messages.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
            {errors.more > 0 && <p>…and {errors.more.toLocaleString('en-GB')} more.</p>}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={add}>
          Add these people
        </Button>
        <Button onClick={props.onClose}>Close</Button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { Button, Field, Link, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { FieldMap } from '../domain/fields';
import { parsePastedPeople, type PasteColumn } from '../domain/paste';
import { emptyValues, type FormValues } from './formValues';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function PastePanel(props: { fields: FieldMap; max: number; onPeople: (people: FormValues[]) => void; onMoreAccounts: () => void; onClose: () => void }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [tooMany, setTooMany] = useState<number>();
  // Which form field takes each pasted column: names go to the first text field.
  const target = (column: PasteColumn) =>
    Object.entries(props.fields).find(([, f]) => f.type === 'scalar' && (f.ui.pasteAs === column || (column === 'name' && f.ui.control === 'text' && !f.ui.pasteAs)))?.[0];

  const add = () => {
    const result = parsePastedPeople(text);
    setErrors(result.errors.map((e) => e.message));
    if (result.rows.length === 0) {
      setErrors(['Nothing to add. Copy the rows from your spreadsheet and paste them here.']);
      return;
    }
    if (result.rows.length > props.max) {
      setTooMany(result.rows.length);
      return;
    }
    setTooMany(undefined);
    if (result.errors.length) return;
    const people = result.rows.map((row) => {
      const person = emptyValues(props.fields);
      for (const column of ['name', 'mobile', 'email'] as const) {
        const key = target(column);
        if (key && row.values[column]) person[key] = row.values[column];
      }
      for (const [key, f] of Object.entries(props.fields)) if (f.type === 'scalar' && f.ui.pasteDefault !== undefined) person[key] = f.ui.pasteDefault;
      return person;
    });
    props.onPeople(people);
    setText('');
  };

  return (
    <div className={styles.box}>
      <Field label="Paste from a spreadsheet" hint="Copy the rows from Excel (or a CSV file): name, mobile and email columns, in any order. A header row is optional. Everyone is added as a member; change anyone who should be an owner.">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={5} resize="vertical" />
      </Field>
      {tooMany !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            You pasted {tooMany} people. NAS sets up at most {props.max} accounts for a site in one go.{' '}
            <Link as="button" onClick={props.onMoreAccounts}>
              Ask for more than 10 accounts
            </Link>{' '}
            first, or paste {props.max} or fewer.
          </MessageBarBody>
        </MessageBar>
      )}
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
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

// The generic form renderer: driven entirely by the kind's field data.

import { useMemo, useState, type ReactNode } from 'react';
import { Caption1 } from '@fluentui/react-components';
import { applies, type Field, type FieldMap } from '../../../domain/fields';
import { CutNotes } from './cutNotes';
import { FieldControl } from './FieldControl';
import { FormList, ListError } from './FormList';
import { useFormStyles } from './formStyles';
import { getAt, pathKey, setAt, type FormValues } from './formValues';

export interface FormRendererProps {
  fields: FieldMap;
  values: FormValues;
  errors: Record<string, string>;
  onChange: (values: FormValues) => void;
  onBlur: (path: string) => void;
  /** Show errors for these fields now (rows just pasted). */
  onTouch: (paths: string[]) => void;
  onOpenKind: (id: string) => void;
}

export function FormFields(props: FormRendererProps) {
  const styles = useFormStyles();
  const [repaired, setRepaired] = useState<ReadonlyMap<string, string>>(new Map());
  const notes = useMemo(
    () => ({
      repaired,
      add: (fixes: readonly (readonly [string, string])[]) => {
        if (fixes.length) setRepaired((r) => new Map([...r, ...fixes]));
      },
      clear: (path: string) => setRepaired((r) => (r.has(path) ? new Map([...r].filter(([p]) => p !== path)) : r)),
    }),
    [repaired],
  );
  return (
    <CutNotes.Provider value={notes}>
      <div className={styles.fields}>{renderFields(props.fields, [], props)}</div>
    </CutNotes.Provider>
  );
}

function renderFields(fields: FieldMap, prefix: (string | number)[], props: FormRendererProps): ReactNode[] {
  // Fields that do not apply to the answers around them are not shown (nor checked, nor sent).
  const here = prefix.length ? getAt(props.values, prefix) : props.values;
  const around = (here && typeof here === 'object' ? here : {}) as Record<string, unknown>;
  return Object.entries(fields)
    .filter(([, field]) => applies(field, around))
    .map(([key, field]) => <FieldNode key={key} field={field} path={[...prefix, key]} props={props} />);
}

function FieldNode({ field, path, props }: { field: Field; path: (string | number)[]; props: FormRendererProps }) {
  const styles = useFormStyles();
  const value = getAt(props.values, path);
  const error = props.errors[pathKey(path)];
  const set = (v: unknown) => props.onChange(setAt(props.values, path, v));

  if (field.type === 'scalar') {
    return <FieldControl field={field} path={path} value={value} error={error} onChange={set} onBlur={() => props.onBlur(pathKey(path))} />;
  }
  if (field.type === 'group') {
    return (
      <fieldset className={styles.fieldset} aria-describedby={error ? `${pathKey(path)}-error` : undefined}>
        <legend className={styles.legend}>
          {field.ui.label}
          {field.optional && !field.shownWhen ? ' (if needed)' : ''}
        </legend>
        {field.ui.hint && <Caption1>{field.ui.hint}</Caption1>}
        {error && <ListError id={`${pathKey(path)}-error`} message={error} />}
        {renderFields(field.fields, path, props)}
      </fieldset>
    );
  }
  const host = { renderFields: (fields: FieldMap, prefix: (string | number)[]) => renderFields(fields, prefix, props), ...props };
  return (
    <FormList field={field} path={path} items={(Array.isArray(value) ? value : []) as FormValues[]} error={error} set={set} host={host} />
  );
}

import { useContext, useState } from 'react';
import { Checkbox, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { ScalarField } from '../domain/fields';
import { cutMessage, limitText } from '../domain/text';
import { CutNotes } from './cutNotes';
import { pathId, pathKey } from './formValues';

const inputTypes = { text: 'text', email: 'email', tel: 'tel', date: 'date', datetime: 'datetime-local', number: 'number' } as const;

export interface ControlProps {
  field: ScalarField;
  path: readonly (string | number)[];
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

/** One Fluent Field per input; the error sits next to the field it is about. */
export function FieldControl({ field, path, value, error, onChange: change, onBlur }: ControlProps) {
  const { ui } = field;
  const id = pathId(path);
  // Text longer than the field takes is cut here, typed or pasted, and the field says so (no
  // silent maxLength attribute). Rows pasted from a spreadsheet are cut the same way (CutNotes).
  const notes = useContext(CutNotes);
  const [typedCut, setTypedCut] = useState(false);
  const cut = ui.maxLength !== undefined && (typedCut || notes.cut.has(pathKey(path)));
  const onChange = (next: unknown) => {
    if (typeof next !== 'string' || ui.maxLength === undefined) return change(next);
    const limited = limitText(next, ui.maxLength);
    setTypedCut(limited.cut);
    notes.clear(pathKey(path));
    change(limited.value);
  };
  const common = error
    ? { validationMessage: error, validationState: 'error' as const }
    : cut
      ? { validationMessage: cutMessage(ui.maxLength!), validationState: 'warning' as const }
      : { validationState: 'none' as const };
  // With an error showing, the cut note takes the hint's place, so both are next to the field.
  const usualHint =
    [ui.hint, field.optional && ui.control !== 'checkbox' && !ui.hint?.startsWith('Optional') ? 'Optional' : undefined]
      .filter(Boolean)
      .join('. ') || undefined;
  const hint = cut && error ? cutMessage(ui.maxLength!) : usualHint;

  if (ui.control === 'checkbox') {
    return (
      <Field {...common} hint={ui.hint} required={!field.optional}>
        <Checkbox
          id={id}
          checked={value === true}
          onChange={(_, d) => onChange(d.checked === true)}
          onBlur={onBlur}
          label={ui.label}
          aria-invalid={Boolean(error)}
        />
      </Field>
    );
  }
  if (ui.control === 'choice') {
    return (
      <Field {...common} label={ui.label} hint={hint} required={!field.optional}>
        <RadioGroup id={id} value={shown(value)} onChange={(_, d) => onChange(d.value)} onBlur={onBlur} aria-invalid={Boolean(error)}>
          {ui.options?.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>
    );
  }
  if (ui.control === 'textarea') {
    return (
      <Field {...common} label={ui.label} hint={hint} required={!field.optional}>
        <Textarea
          id={id}
          value={shown(value)}
          onChange={(_, d) => onChange(d.value)}
          onBlur={onBlur}
          resize="vertical"
          rows={4}
          aria-invalid={Boolean(error)}
        />
      </Field>
    );
  }
  return (
    <Field {...common} label={ui.label} hint={hint} required={!field.optional}>
      <Input
        id={id}
        type={inputTypes[ui.control]}
        value={shown(value)}
        onChange={(_, d) => onChange(d.value)}
        onBlur={onBlur}
        autoComplete={ui.autoComplete ?? 'off'}
        inputMode={ui.control === 'tel' || ui.control === 'number' ? 'numeric' : undefined}
        aria-invalid={Boolean(error)}
      />
    </Field>
  );
}

/** What a control shows for a stored value: text and numbers as typed, anything else as empty. */
function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

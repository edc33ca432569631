import { useContext, useState } from 'react';
import { Checkbox, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { fieldWarnings, type ScalarField, type ValidationContext } from '../../../domain/fields';
import { formatUkDate } from '../../../domain/dates';
import { CutNotes } from './cutNotes';
import { fieldHint, lengthNote } from './fieldNotes';
import { pathId, pathKey } from './formValues';

// Dates, date-times and counts are plain text boxes: every browser then shows dd/mm/yyyy the same
// way (not the machine's locale), and a count has no spin box.
const inputTypes = { text: 'text', email: 'email', tel: 'tel', date: 'text', datetime: 'text', number: 'text' } as const;

export interface ControlProps {
  field: ScalarField;
  path: readonly (string | number)[];
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  /** The clock warnings are judged by (tests inject one). */
  now?: () => Date;
}

const noMailbox: ValidationContext['mailbox'] = { kind: 'other', address: '' };

/**
 * One Fluent Field per input; the error sits next to the field it is about. Once the field is left,
 * its warnings (070 and pager numbers, shared team addresses) and any repair (a mobile's lost 0)
 * show there too, not only at the preview.
 */
export function FieldControl({ field, path, value, error, onChange: change, onBlur: blur, now = () => new Date() }: ControlProps) {
  const { ui } = field;
  const id = pathId(path);
  // Text longer than the field takes is never cut, typed or pasted: it stays in the box with a
  // counter and a message next to it (fieldNotes.ts). Repairs to pasted cells come from CutNotes.
  const notes = useContext(CutNotes);
  const [left, setLeft] = useState(false);
  const [typedRepair, setRepairNote] = useState<string>();
  const repairNote = typedRepair ?? notes.repaired?.get(pathKey(path));
  const length = lengthNote(value, ui.maxLength, ui.control);
  const onChange = (next: unknown) => {
    setRepairNote(undefined);
    notes.clear(pathKey(path));
    change(next);
  };
  const onBlur = () => {
    const repaired = typeof value === 'string' ? field.repair?.(value) : undefined;
    if (repaired) {
      change(repaired.value);
      setRepairNote(repaired.note);
    }
    setLeft(true);
    blur();
  };
  const warnings = left && !error ? fieldWarnings(field, value, { now: now(), mailbox: noMailbox }, path).map((w) => w.message) : [];
  const notices = [repairNote, ...warnings].filter((m): m is string => Boolean(m));
  // Too long is said at once, as the text arrives, and first: it must be put right before anything else is worth saying.
  const common = length.over
    ? { validationMessage: length.over, validationState: 'error' as const }
    : error
      ? { validationMessage: error, validationState: 'error' as const }
      : warnings.length
        ? { validationMessage: notices.join(' '), validationState: 'warning' as const }
        : repairNote
          ? { validationMessage: repairNote, validationState: 'success' as const }
          : { validationState: 'none' as const };
  const usualHint = fieldHint(field);
  const hint = [usualHint, length.counter && `${length.counter}.`].filter(Boolean).join(' ') || undefined;
  const invalid = Boolean(error || length.over);

  if (ui.control === 'checkbox') {
    return (
      <Field {...common} hint={ui.hint} required={!field.optional}>
        <Checkbox
          id={id}
          checked={value === true}
          onChange={(_, d) => onChange(d.checked === true)}
          onBlur={onBlur}
          label={ui.label}
          aria-invalid={invalid}
        />
      </Field>
    );
  }
  if (ui.control === 'choice') {
    return (
      <Field {...common} label={ui.label} hint={hint} required={!field.optional}>
        <RadioGroup id={id} value={shown(value)} onChange={(_, d) => onChange(d.value)} onBlur={onBlur} aria-invalid={invalid}>
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
          aria-invalid={invalid}
        />
      </Field>
    );
  }
  return (
    <Field {...common} label={ui.label} hint={hint} required={!field.optional}>
      <Input
        id={id}
        type={inputTypes[ui.control]}
        value={ui.control === 'date' ? formatUkDate(shown(value)) : shown(value)}
        onChange={(_, d) => onChange(d.value)}
        onBlur={onBlur}
        autoComplete={ui.autoComplete ?? 'off'}
        inputMode={ui.control === 'tel' || ui.control === 'number' ? 'numeric' : undefined}
        aria-invalid={invalid}
      />
    </Field>
  );
}

/** What a control shows for a stored value: text and numbers as typed, anything else as empty. */
function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

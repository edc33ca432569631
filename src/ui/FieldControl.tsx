import { useContext, useState } from 'react';
import { Checkbox, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { fieldWarnings, type ScalarField, type ValidationContext } from '../domain/fields';
import { formatUkDate } from '../domain/dates';
import { cutMessage, limitText } from '../domain/text';
import { CutNotes } from './cutNotes';
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
  // Text longer than the field takes is cut here, typed or pasted, and the field says so (no
  // silent maxLength attribute). Rows pasted from a spreadsheet are cut the same way (CutNotes).
  const notes = useContext(CutNotes);
  const [typedCut, setTypedCut] = useState(false);
  const [left, setLeft] = useState(false);
  const [typedRepair, setRepairNote] = useState<string>();
  const repairNote = typedRepair ?? notes.repaired?.get(pathKey(path));
  const cut = ui.maxLength !== undefined && (typedCut || notes.cut.has(pathKey(path)));
  const onChange = (next: unknown) => {
    setRepairNote(undefined);
    notes.clear(pathKey(path));
    if (typeof next !== 'string' || ui.maxLength === undefined) return change(next);
    const limited = limitText(next, ui.maxLength);
    setTypedCut(limited.cut);
    change(limited.value);
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
  const common = error
    ? { validationMessage: error, validationState: 'error' as const }
    : warnings.length
      ? { validationMessage: notices.join(' '), validationState: 'warning' as const }
      : cut
        ? { validationMessage: cutMessage(ui.maxLength!), validationState: 'warning' as const }
        : repairNote
          ? { validationMessage: repairNote, validationState: 'success' as const }
          : { validationState: 'none' as const };
  // With an error or warning showing, the cut note takes the hint's place, so both are next to the field.
  const usualHint =
    [ui.hint, field.optional && ui.control !== 'checkbox' && !ui.hint?.startsWith('Optional') ? 'Optional' : undefined]
      .filter(Boolean)
      // A hint that already ends its sentence must not get a second full stop before "Optional".
      .map((part, i, all) => (i < all.length - 1 ? part!.replace(/\.$/, '') : part))
      .join('. ') || undefined;
  const hint = cut && (error || warnings.length) ? cutMessage(ui.maxLength!) : usualHint;

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
        value={ui.control === 'date' ? formatUkDate(shown(value)) : shown(value)}
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

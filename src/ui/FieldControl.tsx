import { Checkbox, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { ScalarField } from '../domain/fields';
import { pathId } from './formValues';

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
export function FieldControl({ field, path, value, error, onChange, onBlur }: ControlProps) {
  const { ui } = field;
  const id = pathId(path);
  const common = { validationMessage: error, validationState: error ? ('error' as const) : ('none' as const) };
  const hint = [ui.hint, ui.optional && ui.control !== 'checkbox' && !ui.hint?.startsWith('Optional') ? 'Optional' : undefined].filter(Boolean).join('. ') || undefined;

  if (ui.control === 'checkbox') {
    return (
      <Field {...common} hint={ui.hint} required={!ui.optional}>
        <Checkbox id={id} checked={value === true} onChange={(_, d) => onChange(d.checked === true)} onBlur={onBlur} label={ui.label} aria-invalid={Boolean(error)} />
      </Field>
    );
  }
  if (ui.control === 'choice') {
    return (
      <Field {...common} label={ui.label} hint={hint} required={!ui.optional}>
        <RadioGroup id={id} value={String(value ?? '')} onChange={(_, d) => onChange(d.value)} onBlur={onBlur} aria-invalid={Boolean(error)}>
          {ui.options?.map((o) => <Radio key={o.value} value={o.value} label={o.label} />)}
        </RadioGroup>
      </Field>
    );
  }
  if (ui.control === 'textarea') {
    return (
      <Field {...common} label={ui.label} hint={hint} required={!ui.optional}>
        <Textarea id={id} value={String(value ?? '')} onChange={(_, d) => onChange(d.value)} onBlur={onBlur} maxLength={ui.maxLength} resize="vertical" rows={4} aria-invalid={Boolean(error)} />
      </Field>
    );
  }
  return (
    <Field {...common} label={ui.label} hint={hint} required={!ui.optional}>
      <Input
        id={id}
        type={inputTypes[ui.control]}
        value={String(value ?? '')}
        onChange={(_, d) => onChange(d.value)}
        onBlur={onBlur}
        autoComplete={ui.autoComplete ?? 'off'}
        maxLength={ui.maxLength}
        inputMode={ui.control === 'tel' || ui.control === 'number' ? 'numeric' : undefined}
        aria-invalid={Boolean(error)}
      />
    </Field>
  );
}

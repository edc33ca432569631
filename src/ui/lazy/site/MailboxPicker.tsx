import { useEffect, useId, useRef, useState } from 'react';
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { checkTypedMailbox, typedCode, type TypedMailbox } from '../../../domain/typedMailbox';
import { orgTypes, sectorsForCode, type OrgType } from '../../../domain/ods';

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  used: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  caption: { ...typographyStyles.caption1 },
  // Four types side by side were clipped at 320 px ("Optometry" unreadable): two to a row, each whole.
  types: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(8.5em, 1fr))', columnGap: tokens.spacingHorizontalS },
});

export interface MailboxPickerProps {
  remembered: string[];
  onChoose: (address: string) => void;
  /** Without it there is no cancel button. */
  onCancel?: () => void;
  /** The form's accessible name, submit and cancel labels (the site step words them as a question). */
  name?: string;
  submitLabel?: string;
  cancelLabel?: string;
  /** Focus the address field when the box opens ("Not this mailbox?"; the site step focuses its heading). */
  focusOnOpen?: boolean;
}

/**
 * "Not this mailbox?" and the site step: the user types the shared mailbox address or just the ODS
 * code, or picks one used before. With a code alone, the type of site follows the code's shape
 * until the user chooses one; nothing is chosen (or remembered) that the user has not seen.
 */
export default function MailboxPicker(props: MailboxPickerProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  // The type the user chose; until then, the one the code's shape says, if it says only one.
  const [chosen, setChosen] = useState<OrgType>();
  const [error, setError] = useState<Extract<TypedMailbox, { ok: false }>>();
  // The code and type the user was questioned about: submitting them again means they are sure.
  const [questioned, setQuestioned] = useState<string>();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const types = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focusOnOpen) input.current?.focus();
  }, [props.focusOnOpen]);
  const code = typedCode(text);
  const fits = code ? sectorsForCode(code) : [];
  const suggested = fits.length === 1 ? fits[0] : undefined;
  const orgType = chosen ?? suggested;
  const submit = () => {
    const key = `${code ?? ''}|${orgType ?? ''}`;
    const typed = checkTypedMailbox(text, orgType, { sure: questioned === key });
    if (!typed.ok) {
      setError(typed);
      if (typed.field === 'type') {
        if (orgType) setQuestioned(key);
        types.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
      } else input.current?.focus();
    } else {
      setError(undefined);
      props.onChoose(typed.address);
    }
  };
  const typeError = error?.field === 'type' ? error.message : undefined;
  const addressError = error && error.field !== 'type' ? error.message : undefined;
  return (
    <form
      className={styles.picker}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-label={props.name ?? 'Choose the shared mailbox'}
      // Escape closes the box (where it can be closed); the opener takes focus back.
      onKeyDown={(event) => {
        if (event.key === 'Escape' && props.onCancel) {
          event.preventDefault();
          event.stopPropagation();
          props.onCancel();
        }
      }}
    >
      {props.remembered.length > 0 && (
        <div className={styles.used} role="group" aria-labelledby={`${id}-used`}>
          <span id={`${id}-used`} className={styles.caption}>
            Used before:
          </span>
          {props.remembered.map((a) => (
            <Button key={a} size="small" onClick={() => props.onChoose(a)}>
              {a}
            </Button>
          ))}
        </div>
      )}
      <Field
        label="Shared mailbox address or ODS code"
        hint="For example care.vn6c2@nhs.net or VN6C2"
        validationMessage={addressError}
        validationState={addressError ? 'error' : 'none'}
      >
        <Input
          ref={input}
          value={text}
          onChange={(_, d) => {
            setText(d.value);
            setError(undefined);
          }}
          autoComplete="off"
        />
      </Field>
      {!text.includes('@') && (
        <Field
          label="Type of site"
          hint={!chosen && suggested && code ? `Chosen from the shape of the ODS code ${code}. Check it is right.` : undefined}
          validationMessage={typeError}
          validationState={typeError ? 'error' : 'none'}
        >
          <RadioGroup
            ref={types}
            className={styles.types}
            value={orgType ?? ''}
            onChange={(_, d) => {
              setChosen(d.value as OrgType);
              setError(undefined);
            }}
          >
            {orgTypes.map((t) => (
              <Radio key={t} value={t} label={t[0]!.toUpperCase() + t.slice(1)} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {props.submitLabel ?? 'Use this mailbox'}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>{props.cancelLabel ?? 'Cancel'}</Button>}
      </div>
    </form>
  );
}

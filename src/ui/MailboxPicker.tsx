import { useId, useState } from 'react';
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { typedMailboxAddress } from '../domain/detectMailbox';
import { identifyMailbox } from '../domain/mailboxIdentity';
import { orgTypes, type OrgType } from '../domain/ods';

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  used: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  caption: { ...typographyStyles.caption1 },
  // Four types do not fit on one line at 320 px: let them wrap.
  types: { flexWrap: 'wrap' },
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
}

/** "Not this mailbox?" and the site step: the user types the shared mailbox address or just the ODS code, or picks one used before. */
export default function MailboxPicker(props: MailboxPickerProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [orgType, setOrgType] = useState<OrgType>('care');
  const [error, setError] = useState<string>();
  const id = useId();
  const submit = () => {
    const address = typedMailboxAddress(text, orgType);
    const identity = identifyMailbox(address);
    if (!text.trim()) setError('Enter the shared mailbox address or your ODS code');
    else if (identity.kind !== 'shared')
      setError(`${address} is not a shared mailbox address. It looks like care.VN6C2@nhs.net, or enter just the ODS code.`);
    else {
      setError(undefined);
      props.onChoose(identity.address);
    }
  };
  return (
    <form
      className={styles.picker}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-label={props.name ?? 'Choose the shared mailbox'}
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
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
      >
        <Input value={text} onChange={(_, d) => setText(d.value)} autoComplete="off" />
      </Field>
      {!text.includes('@') && (
        <Field label="Type of site">
          <RadioGroup className={styles.types} value={orgType} onChange={(_, d) => setOrgType(d.value as OrgType)} layout="horizontal">
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

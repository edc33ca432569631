// The form stage: the request's fields, errors next to each, and "Check and preview".

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { EmailKind } from '../../../domain/requestKind';
import type { FormValues } from './formValues';
import { FormFields } from './RequestForm';
import { useRequestStyles } from './useRequestStyles';
import { SenderNote } from './SenderNote';
import { SiteNeeded } from '../site/SiteNeeded';
import { focusFirstControl, focusFirstProblem } from './focus';

export interface FormStageProps {
  kind: EmailKind;
  values: FormValues;
  onChange: (values: FormValues) => void;
  /** Every problem with the answers now, by field path ('' for the form as a whole). */
  errors: Record<string, string>;
  /** The answers are complete: go to the preview. */
  onValid: () => void;
  onOpenKind: (id: string) => void;
  /** Notices about the saved answers (restored, kept only while open, changed elsewhere). */
  notices?: ReactNode;
  /** Bumped when the form starts again, so touched fields and the submit count reset. */
  generation?: number;
  /** When set (and each time it changes), the form's first field takes focus: the button pressed has gone. */
  focusFirst?: number;
}

export function FormStage(props: FormStageProps) {
  const styles = useRequestStyles();
  const { kind, errors } = props;
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setTouched(new Set());
    setSubmitted(0);
  }, [props.generation]);
  useEffect(() => {
    if (props.focusFirst) focusFirstControl(formRef.current);
  }, [props.focusFirst]);

  const shown = useMemo(
    () => Object.fromEntries(Object.entries(errors).filter(([path]) => submitted > 0 || touched.has(path) || path === '')),
    [errors, submitted, touched],
  );

  // After a failed submit, focus goes to the first problem: an invalid field, or the message about a
  // group or the whole form (an owner is leaving), or the site question above the form.
  useEffect(() => {
    if (submitted > 0) focusFirstProblem(boxRef.current);
  }, [submitted]);

  const formError = shown[''];
  const errorCount = Object.keys(errors).length;
  // The site question holds a form of its own (the picker), so it sits beside the request's form,
  // never inside it: a nested form would send Enter in the picker to "Check and preview" too.
  return (
    <div className={styles.stack} ref={boxRef}>
      {props.notices}
      <SenderNote placement="form" />
      <SiteNeeded message={shown.site} />
      <form
        ref={formRef}
        noValidate
        aria-label={kind.title}
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted((n) => n + 1);
          if (errorCount === 0) props.onValid();
        }}
        className={styles.about}
      >
        {formError && (
          <MessageBar intent="error" layout="multiline" tabIndex={-1} data-error-focus className={styles.focusTarget}>
            <MessageBarBody>{formError}</MessageBarBody>
          </MessageBar>
        )}
        <FormFields
          fields={kind.fields}
          values={props.values}
          errors={shown}
          onChange={props.onChange}
          onBlur={(path) => setTouched((t) => new Set(t).add(path))}
          onTouch={(paths) => setTouched((t) => new Set([...t, ...paths]))}
          onOpenKind={props.onOpenKind}
        />
        {submitted > 0 && errorCount > 0 && (
          <div role="alert">
            <Caption1>
              {errorCount === 1 ? 'There is 1 problem to fix' : `There are ${errorCount} problems to fix`} before the email can be prepared.
            </Caption1>
          </div>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit">
            Check and preview
          </Button>
        </div>
      </form>
    </div>
  );
}

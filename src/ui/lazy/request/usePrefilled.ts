// A request form opened from the "About this email" card starts from the values it suggested:
// only those the kind has a field for and that pass the field's validation (personal-data guard
// included), laid over the blank form. A module of its own, beside `PrefilledNotice`, so the form
// code only needs to call the hook once and show the notice.

import { useMemo } from 'react';
import type { FieldMap } from '../../../domain/fields';
import type { MailboxIdentity } from '../../../domain/mailboxIdentity';
import { prefilledValues } from '../../../domain/recognisers/prefill';
import { validationContext } from '../../../domain/requestKind';
import type { FormValues } from './formValues';

/** The form's starting values from `initialValues`, worked out once when the form opens; undefined without them. */
export function usePrefilled(
  fields: FieldMap,
  blank: () => FormValues,
  initialValues: Record<string, unknown> | undefined,
  mailbox: MailboxIdentity,
  now: () => Date,
): FormValues | undefined {
  return useMemo(
    () => (initialValues ? prefilledValues(fields, blank(), initialValues, validationContext({ now: now(), mailbox })) : undefined),
    // Once, when the form opens.
    // Stryker disable next-line ArrayDeclaration: ["Stryker was here"] never changes either, so the memo is still worked out once
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
}

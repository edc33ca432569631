// What a field is. A field is data: how the form shows it (`ui`, descriptive only) and how it is
// validated (its schema, and for lists and groups their own rules), so the form and composeRequest
// can never disagree.

import type { z } from 'zod';
import type { MailboxIdentity } from '../mailboxIdentity';

export interface ValidationContext {
  now: Date;
  mailbox: MailboxIdentity;
}

export interface Warning {
  code: string;
  message: string;
  /** The field it is about (`people.0.mobile`), so the form can show it next to that field. */
  path?: string;
}

export type Control = 'text' | 'email' | 'tel' | 'date' | 'datetime' | 'textarea' | 'number' | 'choice' | 'checkbox';

/** How a scalar field's control looks. Nothing here is a validation rule. */
export interface FieldUi {
  control: Control;
  label: string;
  hint?: string;
  /** An example shown as the input's placeholder text (dates: `dd/mm/yyyy`). */
  placeholder?: string;
  options?: readonly { value: string; label: string }[];
  autoComplete?: string;
  /** The longest text the box takes; longer typed or pasted text is cut and the field says so. */
  maxLength?: number;
  /** What this field holds when a list is pasted from a spreadsheet. */
  pasteAs?: 'name' | 'mobile' | 'email';
}

export interface ScalarField {
  type: 'scalar';
  ui: FieldUi;
  /** Validation: an empty box means "not given" rather than an error. */
  optional?: boolean;
  /** The value a new form (and a pasted row, which a spreadsheet does not fill) starts with. */
  defaultValue?: string;
  schema: (ctx: ValidationContext) => z.ZodType;
  /** Puts right a value a spreadsheet damaged (a mobile without its 0), with a note for the user. */
  repair?: (value: string) => { value: string; note: string } | undefined;
  warn?: (value: unknown, ctx: ValidationContext) => Warning[];
  /** Shown, checked and sent only when this holds for the answers around it (the leaver's new owner). */
  shownWhen?: (values: Readonly<Record<string, unknown>>) => boolean;
}

export interface ListField {
  type: 'list';
  /** `overMaxKind`: the request kind to offer when a paste goes over `max` (asking for more accounts). */
  ui: {
    label: string;
    itemLabel: string;
    /** The add button's words while the list is empty, when "Add a person" would not say why. */
    addLabel?: string;
    hint?: string;
    paste?: boolean;
    overMaxKind?: string;
  };
  /** Validation: how many items the list takes (a list with `min` 0 starts empty). */
  min: number;
  max: number;
  maxMessage: string;
  fields: FieldMap;
}

export interface GroupField {
  type: 'group';
  ui: { label: string; hint?: string };
  /** Validation: a group left wholly blank means "not given". */
  optional?: boolean;
  fields: FieldMap;
  /** Shown, checked and sent only when this holds for the answers around it. */
  shownWhen?: (values: Readonly<Record<string, unknown>>) => boolean;
}

export type Field = ScalarField | ListField | GroupField;
export type FieldMap = Readonly<Record<string, Field>>;

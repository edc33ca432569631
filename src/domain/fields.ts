// Field builders. A field is data: how the form shows it (label, hint, control) and how it is
// validated (a zod schema), so the form renderer and composeRequest can never disagree.

import { cleanText } from './text';
import './zodSetup';
import { z } from 'zod';
import { addMonths, isValidIsoDate, ukClock, ukToday } from './dates';
import { identifyMailbox, type MailboxIdentity } from './mailboxIdentity';
import { mobileError, mobileWarning, normaliseMobile } from './mobile';
import { normaliseOdsCode, plausibleCode } from './ods';
import { personalDataMessage, scanPersonalData } from './personalData';

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

export interface FieldUi {
  control: Control;
  label: string;
  hint?: string;
  optional?: boolean;
  options?: readonly { value: string; label: string }[];
  autoComplete?: string;
  maxLength?: number;
  /** What this field holds when a list is pasted from a spreadsheet. */
  pasteAs?: 'name' | 'mobile' | 'email';
  /** The value a pasted row gets for this field, which a spreadsheet does not carry (the role). */
  pasteDefault?: string;
}

export interface ScalarField {
  type: 'scalar';
  ui: FieldUi;
  schema: (ctx: ValidationContext) => z.ZodType;
  warn?: (value: unknown, ctx: ValidationContext) => Warning[];
}

export interface ListField {
  type: 'list';
  /** `overMaxKind`: the request kind to offer when a paste goes over `max` (asking for more accounts). */
  ui: {
    label: string;
    itemLabel: string;
    hint?: string;
    min: number;
    max: number;
    maxMessage: string;
    paste?: boolean;
    overMaxKind?: string;
  };
  fields: FieldMap;
}

export interface GroupField {
  type: 'group';
  ui: { label: string; hint?: string; optional?: boolean };
  fields: FieldMap;
}

export type Field = ScalarField | ListField | GroupField;
export type FieldMap = Readonly<Record<string, Field>>;

// ---------- schema building ----------

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Optional fields: an empty box in the form means "not given". */
function optional(schema: z.ZodType): z.ZodType {
  return z.preprocess((v) => (isBlank(v) ? undefined : v), schema.optional()).optional();
}

export function fieldSchema(field: Field, ctx: ValidationContext): z.ZodType {
  switch (field.type) {
    case 'scalar': {
      const s = field.schema(ctx);
      return field.ui.optional ? optional(s) : s;
    }
    case 'list': {
      const list = z
        .array(objectSchema(field.fields, ctx), { error: `Add at least one ${field.ui.itemLabel.toLowerCase()}` })
        .min(field.ui.min, `Add at least ${field.ui.min === 1 ? 'one' : field.ui.min} ${field.ui.itemLabel.toLowerCase()}`)
        .max(field.ui.max, field.ui.maxMessage);
      return field.ui.min === 0
        ? z.preprocess((v) => (Array.isArray(v) && v.length === 0 ? undefined : v), list.optional()).optional()
        : list;
    }
    case 'group': {
      const obj = objectSchema(field.fields, ctx);
      if (!field.ui.optional) return obj;
      const blank = (v: unknown) => isBlank(v) || (typeof v === 'object' && v !== null && Object.values(v).every(isBlank));
      return z.preprocess((v) => (blank(v) ? undefined : v), obj.optional()).optional();
    }
  }
}

export function objectSchema(fields: FieldMap, ctx: ValidationContext): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) shape[key] = fieldSchema(field, ctx);
  // Unknown keys are dropped, so nothing the form did not ask for can reach NAS.
  return z.object(shape, { error: 'The request details are missing' });
}

/** Field-level warnings for a parsed value, with the path of each. */
export function collectWarnings(
  fields: FieldMap,
  value: Record<string, unknown>,
  ctx: ValidationContext,
  prefix: string[] = [],
): (Warning & { path: string })[] {
  const out: (Warning & { path: string })[] = [];
  for (const [key, field] of Object.entries(fields)) {
    const v = value[key];
    if (v === undefined) continue;
    const path = [...prefix, key];
    if (field.type === 'scalar') {
      for (const w of field.warn?.(v, ctx) ?? []) out.push({ ...w, path: path.join('.') });
    } else if (field.type === 'list') {
      (v as Record<string, unknown>[]).forEach((item, i) => out.push(...collectWarnings(field.fields, item, ctx, [...path, String(i)])));
    } else {
      out.push(...collectWarnings(field.fields, v as Record<string, unknown>, ctx, path));
    }
  }
  return out;
}

// ---------- scalar builders ----------

interface Common {
  label: string;
  hint?: string;
  optional?: boolean;
}

/** "Enter the full name", "Enter the NHSmail address", "Enter your question": acronyms keep their case. */
export function enterMessage(label: string): string {
  const phrase = /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
  return /^(your|their|the|a|an) /i.test(label) ? `Enter ${phrase}` : `Enter the ${phrase}`;
}

/** A required string: wrong types and empty boxes both get the field's own "Enter …" message. */
function requiredString(missing: string, multiline = false) {
  // Control, bidi and zero-width characters and lone surrogates never reach NAS (text.ts).
  return z
    .string({ error: missing })
    .overwrite((v) => cleanText(v, { multiline }))
    .trim()
    .min(1, missing);
}

/** Adds the personal-data guard to free text: the specific message wins over generic format errors. */
function guarded(schema: z.ZodType<string>, ctx: ValidationContext, check?: (v: string) => string | undefined) {
  return schema.superRefine((value, issues) => {
    const found = scanPersonalData(value, ctx.now).find((f) => f.severity === 'error');
    if (found) {
      issues.addIssue({ code: 'custom', message: personalDataMessage(found) });
      return;
    }
    const problem = check?.(value);
    if (problem) issues.addIssue({ code: 'custom', message: problem });
  });
}

const postcodeWarning = (value: unknown, ctx: ValidationContext): Warning[] =>
  scanPersonalData(String(value), ctx.now)
    .filter((f) => f.kind === 'postcode')
    .slice(0, 1)
    .map((f) => ({ code: 'postcode', message: personalDataMessage(f) }));

const nameChars = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

export function fullName(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'Full name';
  return {
    type: 'scalar',
    ui: {
      control: 'text',
      label,
      hint: c.hint ?? 'First and last name, as the person uses at work',
      autoComplete: 'off',
      maxLength: 70,
      optional: c.optional,
    },
    schema: (ctx) =>
      guarded(requiredString(enterMessage(label)), ctx, (v) => {
        if (!nameChars.test(v)) return 'Names can only contain letters, spaces, hyphens and apostrophes';
        if (!/\S\s+\S/.test(v)) return 'Enter the first and last name';
        if (v.length > 70) return 'Names must be 70 characters or fewer';
        return undefined;
      }),
  };
}

export function singleName(c: Common): ScalarField {
  return {
    type: 'scalar',
    ui: { control: 'text', label: c.label, hint: c.hint, autoComplete: 'off', maxLength: 40 },
    schema: (ctx) =>
      guarded(requiredString(enterMessage(c.label)), ctx, (v) => {
        if (!nameChars.test(v)) return 'Names can only contain letters, spaces, hyphens and apostrophes';
        if (v.length > 40) return 'Names must be 40 characters or fewer';
        return undefined;
      }),
  };
}

/** Short free text such as an organisation name or ticket reference. */
export function shortText(c: Common & { max?: number; pattern?: RegExp; patternMessage?: string }): ScalarField {
  const max = c.max ?? 100;
  return {
    type: 'scalar',
    ui: { control: 'text', label: c.label, hint: c.hint, optional: c.optional, maxLength: max, autoComplete: 'off' },
    schema: (ctx) =>
      guarded(requiredString(enterMessage(c.label)), ctx, (v) => {
        if (v.length > max) return `${c.label} must be ${max} characters or fewer`;
        if (c.pattern && !c.pattern.test(v)) return c.patternMessage ?? `Check the ${c.label.toLowerCase()}`;
        return undefined;
      }),
    warn: postcodeWarning,
  };
}

/** Longer free text, always checked by the personal-data guard. */
export function longText(c: Common & { min?: number; max?: number; missing?: string }): ScalarField {
  const min = c.min ?? 1;
  const max = c.max ?? 2000;
  return {
    type: 'scalar',
    ui: { control: 'textarea', label: c.label, hint: c.hint, optional: c.optional, maxLength: max },
    schema: (ctx) =>
      guarded(requiredString(c.missing ?? enterMessage(c.label), true), ctx, (v) => {
        if (v.length < min) return `${c.label} must be at least ${min} characters, so NAS has enough to act on`;
        if (v.length > max) return `${c.label} must be ${max} characters or fewer`;
        return undefined;
      }),
    warn: postcodeWarning,
  };
}

const emailPattern = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

function emailString(missing: string) {
  return requiredString(missing).toLowerCase().max(254, 'Email addresses must be 254 characters or fewer');
}

export function nhsmailAddress(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'NHSmail address';
  return {
    type: 'scalar',
    ui: {
      control: 'email',
      label,
      hint: c.hint ?? 'Their own address ending @nhs.net',
      autoComplete: 'off',
      maxLength: 254,
      pasteAs: 'email',
      optional: c.optional,
    },
    schema: () =>
      emailString(enterMessage(label)).superRefine((v, issues) => {
        if (!emailPattern.test(v))
          issues.addIssue({ code: 'custom', message: 'Enter an email address in the right format, like jane.smith@nhs.net' });
        else if (!v.endsWith('@nhs.net')) issues.addIssue({ code: 'custom', message: 'An NHSmail address ends @nhs.net' });
        else if (identifyMailbox(v).kind === 'shared')
          issues.addIssue({ code: 'custom', message: "This is a shared mailbox. Enter the person's own NHSmail address" });
      }),
  };
}

// Shared team addresses are refused by NAS as a personal email (seed 004, scenario two).
const genericMailbox =
  /^(admin|office|info|enquiries|enquiry|reception|manager|management|hello|contact|mail|team|care|nursing|staff|hr|accounts)@/;

export function personalEmail(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'Personal email address';
  return {
    type: 'scalar',
    ui: {
      control: 'email',
      label,
      hint: c.hint ?? 'Their own email, not NHSmail. The new account details are sent here',
      autoComplete: 'off',
      maxLength: 254,
      pasteAs: 'email',
    },
    schema: () =>
      emailString(enterMessage(label)).superRefine((v, issues) => {
        if (!emailPattern.test(v))
          issues.addIssue({ code: 'custom', message: 'Enter an email address in the right format, like jane@example.com' });
        else if (v.endsWith('@nhs.net'))
          issues.addIssue({
            code: 'custom',
            message:
              "This person already has NHSmail. Ask for them to be added as a joiner instead ('Add staff who already have NHSmail').",
          });
      }),
    warn: (value) =>
      genericMailbox.test(String(value))
        ? [
            {
              code: 'generic-email',
              message: `${String(value)} looks like a shared team address. NAS needs the person's own email address.`,
            },
          ]
        : [],
  };
}

export function mobile(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'Mobile number';
  return {
    type: 'scalar',
    ui: {
      control: 'tel',
      label,
      hint: c.hint ?? 'A UK mobile starting 07. Each person needs their own',
      autoComplete: 'off',
      maxLength: 20,
      pasteAs: 'mobile',
    },
    schema: () =>
      z
        .string({ error: enterMessage(label) })
        .transform(normaliseMobile)
        .superRefine((v, issues) => {
          const problem = mobileError(v);
          if (problem) issues.addIssue({ code: 'custom', message: v === '' ? enterMessage(label) : problem });
        }),
    warn: (value) => {
      const w = mobileWarning(String(value));
      return w ? [{ code: 'mobile-not-personal', message: w }] : [];
    },
  };
}

export function choice<T extends string>(c: Common & { options: readonly { value: T; label: string }[]; missing: string }): ScalarField {
  const values = c.options.map((o) => o.value) as [T, ...T[]];
  return {
    type: 'scalar',
    ui: { control: 'choice', label: c.label, hint: c.hint, options: c.options, optional: c.optional },
    schema: () => z.enum(values, { error: c.missing }),
  };
}

/** Owner or member; pasted people start as members (the form asks the user to change owners). */
export const role = (): ScalarField => {
  const field = choice({
    label: 'Role on the shared mailbox',
    hint: 'Owners can manage who has access; members can read and send',
    options: [
      { value: 'member', label: 'Member' },
      { value: 'owner', label: 'Owner' },
    ],
    missing: 'Choose owner or member',
  });
  return { ...field, ui: { ...field.ui, pasteDefault: 'member' } };
};

/** A box the user must tick: the schema only accepts `true`. */
export function confirm(c: { label: string; hint?: string; missing: string }): ScalarField {
  return {
    type: 'scalar',
    ui: { control: 'checkbox', label: c.label, hint: c.hint },
    schema: () => z.literal(true, { error: c.missing }),
  };
}

export function checkbox(c: { label: string; hint?: string }): ScalarField {
  return {
    type: 'scalar',
    ui: { control: 'checkbox', label: c.label, hint: c.hint, optional: true },
    schema: () => z.boolean({ error: `${c.label}: tick or untick the box` }),
  };
}

export function count(c: Common & { min: number; max: number }): ScalarField {
  return {
    type: 'scalar',
    ui: { control: 'number', label: c.label, hint: c.hint, maxLength: 3 },
    schema: () =>
      z.preprocess(
        (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
        z
          .number({ error: `${enterMessage(c.label)} as a number` })
          .int(`Enter a whole number`)
          .min(c.min, `Enter a number from ${c.min} to ${c.max}`)
          .max(c.max, `Enter a number from ${c.min} to ${c.max}`),
      ),
  };
}

export interface DateRules {
  notPast?: boolean;
  notFuture?: boolean;
}

export function date(c: Common & DateRules): ScalarField {
  const missing = enterMessage(c.label);
  return {
    type: 'scalar',
    ui: { control: 'date', label: c.label, hint: c.hint, optional: c.optional },
    schema: (ctx) =>
      requiredString(missing).superRefine((v, issues) => {
        const today = ukToday(ctx.now);
        if (!isValidIsoDate(v)) issues.addIssue({ code: 'custom', message: `${c.label} must be a real date, like 2026-12-01` });
        else if (c.notPast && v < today) issues.addIssue({ code: 'custom', message: `${c.label} must be today or in the future` });
        else if (c.notFuture && v > today) issues.addIssue({ code: 'custom', message: `${c.label} must be today or in the past` });
        else if (v > addMonths(today, 12 * 5)) issues.addIssue({ code: 'custom', message: `${c.label} is too far ahead. Check the year` });
      }),
  };
}

const dateTimePattern = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

export function dateTime(c: Common): ScalarField {
  return {
    type: 'scalar',
    ui: { control: 'datetime', label: c.label, hint: c.hint, optional: c.optional },
    schema: (ctx) =>
      requiredString(enterMessage(c.label))
        .superRefine((v, issues) => {
          const m = dateTimePattern.exec(v);
          const clock = ukClock(ctx.now);
          if (!m || !isValidIsoDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59) {
            issues.addIssue({ code: 'custom', message: `${c.label} must be a real date and time, like 2026-11-20 14:30` });
          } else if (m[1]! > clock.date || (m[1] === clock.date && Number(m[2]) * 60 + Number(m[3]) > clock.minutes)) {
            issues.addIssue({ code: 'custom', message: `${c.label} cannot be in the future` });
          }
        })
        .transform((v) => v.replace(' ', 'T').slice(0, 16)),
  };
}

export function odsCode(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'ODS code';
  return {
    type: 'scalar',
    ui: {
      control: 'text',
      label,
      hint: c.hint ?? "Your site's code, usually the part after 'care.' in the shared mailbox address",
      autoComplete: 'off',
      maxLength: 9,
    },
    schema: () =>
      requiredString(enterMessage(label))
        .transform(normaliseOdsCode)
        .refine((v) => plausibleCode.test(v), 'An ODS code is up to 9 letters and numbers, like VN6C2'),
  };
}

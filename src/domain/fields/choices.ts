// Builders for choices, ticks, counts, and the list and group containers.

import '../zodSetup';
import { z } from 'zod';
import { enterMessage, type Common } from './base';
import type { FieldMap, GroupField, ListField, ScalarField } from './types';

export function choice<T extends string>(
  c: Common & { options: readonly { value: T; label: string }[]; missing: string; defaultValue?: T },
): ScalarField {
  const values = c.options.map((o) => o.value) as [T, ...T[]];
  return {
    type: 'scalar',
    ui: { control: 'choice', label: c.label, hint: c.hint, options: c.options },
    optional: c.optional,
    defaultValue: c.defaultValue,
    schema: () => z.enum(values, { error: c.missing }),
  };
}

/** Owner or member. Member is the default, for a new form and for pasted rows alike. */
export const role = (): ScalarField =>
  choice({
    label: 'Role on the shared mailbox',
    hint: 'Owners can manage who has access; members can read and send',
    options: [
      { value: 'member', label: 'Member' },
      { value: 'owner', label: 'Owner' },
    ],
    missing: 'Choose owner or member',
    defaultValue: 'member',
  });

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
    ui: { control: 'checkbox', label: c.label, hint: c.hint },
    optional: true,
    schema: () => z.boolean({ error: `${c.label}: tick or untick the box` }),
  };
}

/**
 * A count typed in a plain text box (no spin box): digits only, a clear message for anything else.
 * `max` only where a source states a limit.
 */
export function count(c: Common & { min: number; max?: number; missing?: string }): ScalarField {
  const missing = c.missing ?? enterMessage(c.label);
  const range = c.max === undefined ? `Enter a number of at least ${c.min}` : `Enter a number from ${c.min} to ${c.max}`;
  return {
    type: 'scalar',
    ui: { control: 'number', label: c.label, hint: c.hint, maxLength: 3 },
    optional: c.optional,
    schema: () =>
      z.unknown().transform((v, issues) => {
        const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
        if (text === '') {
          issues.addIssue({ code: 'custom', message: missing });
          return z.NEVER;
        }
        if (!/^\d+$/.test(text)) {
          const message = /^-?\d*\.\d+$/.test(text)
            ? `Enter a whole number, like 12 (not ${text})`
            : 'Enter the number in digits only, like 12';
          issues.addIssue({ code: 'custom', message });
          return z.NEVER;
        }
        const n = Number(text);
        if (n < c.min || (c.max !== undefined && n > c.max)) {
          issues.addIssue({ code: 'custom', message: range });
          return z.NEVER;
        }
        return n;
      }),
  };
}

/** No list limit: where no source states one, the only bound is the 32 KB body (compose refuses beyond it). */
export const noListLimit = { max: Number.POSITIVE_INFINITY, maxMessage: '' } as const;

/** A repeating list of people or items; its `min`/`max` are validation rules, `ui` only describes it. */
export function list(c: ListField['ui'] & { min: number; max: number; maxMessage: string; fields: FieldMap }): ListField {
  const { min, max, maxMessage, fields, ...ui } = c;
  return { type: 'list', ui, min, max, maxMessage, fields };
}

/** A set of fields that belong together; an optional group left wholly blank means "not given". */
export function group(c: { label: string; hint?: string; optional?: boolean; fields: FieldMap }): GroupField {
  return { type: 'group', ui: { label: c.label, hint: c.hint }, optional: c.optional, fields: c.fields };
}

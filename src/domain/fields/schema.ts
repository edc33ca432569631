// From fields to zod schemas and warnings. Every rule comes from the field's own schema and its
// validation data (`optional`, a list's `min`/`max`), never from the `ui` description.

import '../zodSetup';
import { z } from 'zod';
import type { Field, FieldMap, ValidationContext, Warning } from './types';

export const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Optional fields: an empty box in the form means "not given". */
function optional(schema: z.ZodType): z.ZodType {
  return z.preprocess((v) => (isBlank(v) ? undefined : v), schema.optional()).optional();
}

export function fieldSchema(field: Field, ctx: ValidationContext): z.ZodType {
  switch (field.type) {
    case 'scalar': {
      const s = field.schema(ctx);
      return field.optional ? optional(s) : s;
    }
    case 'list': {
      const list = z
        .array(objectSchema(field.fields, ctx), { error: `Add at least one ${field.ui.itemLabel.toLowerCase()}` })
        .min(field.min, `Add at least ${field.min === 1 ? 'one' : field.min} ${field.ui.itemLabel.toLowerCase()}`)
        .max(field.max, field.maxMessage);
      return field.min === 0 ? z.preprocess((v) => (Array.isArray(v) && v.length === 0 ? undefined : v), list.optional()).optional() : list;
    }
    case 'group': {
      const obj = objectSchema(field.fields, ctx);
      if (!field.optional) return obj;
      const blank = (v: unknown) => isBlank(v) || (typeof v === 'object' && v !== null && Object.values(v).every(isBlank));
      return z.preprocess((v) => (blank(v) ? undefined : v), obj.optional()).optional();
    }
  }
}

export function objectSchema(fields: FieldMap, ctx: ValidationContext): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) shape[key] = fieldSchema(field, ctx);
  // Unknown keys are dropped, so nothing the form did not ask for can reach NAS.
  const object = z.object(shape, { error: 'The request details are missing' });
  // Answers to fields that do not apply (the form hides them) are neither checked nor sent.
  if (!Object.values(fields).some((f) => f.type !== 'list' && f.shownWhen)) return object;
  return z.preprocess((v) => (isRecord(v) ? applicableValues(fields, v) : v), object);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a field applies to these answers (the form shows it): always, unless its `shownWhen` says not. */
export function applies(field: Field, values: Readonly<Record<string, unknown>>): boolean {
  return field.type === 'list' || !field.shownWhen || field.shownWhen(values);
}

/** The answers without those to fields that do not apply: what is checked and sent. The form keeps the rest, so unticking brings them back. */
export function applicableValues(fields: FieldMap, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = fields[key];
    if (!field || applies(field, values)) out[key] = value;
  }
  return out;
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

/**
 * The warnings for one field's value as the user leaves it, each with the field's path: the same
 * warnings composeRequest gives at the preview (070 and pager numbers, shared team addresses,
 * postcodes). A value the field would refuse gets none: its error says what to fix.
 */
export function fieldWarnings(
  field: Field,
  value: unknown,
  ctx: ValidationContext,
  path: readonly (string | number)[],
): (Warning & { path: string })[] {
  if (field.type !== 'scalar' || !field.warn || isBlank(value)) return [];
  const parsed = field.schema(ctx).safeParse(value);
  if (!parsed.success) return [];
  return field.warn(parsed.data, ctx).map((w) => ({ ...w, path: path.join('.') }));
}

/**
 * What a new form holds: a field's `defaultValue` (Member for the role), unticked boxes, empty
 * text, and lists with their minimum number of items (a list with `min` 0 starts with none).
 */
export function initialValue(field: Field): unknown {
  if (field.type === 'list') return Array.from({ length: field.min }, () => initialValues(field.fields));
  if (field.type === 'group') return initialValues(field.fields);
  if (field.defaultValue !== undefined) return field.defaultValue;
  return field.ui.control === 'checkbox' ? false : '';
}

export function initialValues(fields: FieldMap): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) values[key] = initialValue(field);
  return values;
}

/** Whether a list item is as a new form leaves it (blank, unticked, defaults untouched): a paste may replace it. */
export function isInitial(fields: FieldMap, item: Record<string, unknown>): boolean {
  return Object.entries(item).every(([key, v]) => {
    const field = fields[key];
    return v === '' || v === false || v === undefined || (field?.type === 'scalar' && v === field.defaultValue);
  });
}

// Values a recogniser suggests go into a form only if the kind has that field and the value passes
// the field's own validation, personal-data guard included: exactly what typed text must pass.
// Anything else is left out, so the person types it instead. Loaded with the forms, not the home screen.

import { fieldSchema, type FieldMap, type ValidationContext } from '../fields';
import type { Prefill } from './recognisers';

/** The parts of `values` that fit `fields` and validate; list items stay at their index. */
export function checkedPrefill(fields: FieldMap, values: Prefill | undefined, ctx: ValidationContext): Prefill {
  const out: Prefill = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    const field = fields[key];
    if (!field || value === undefined) continue;
    if (field.type === 'scalar') {
      if (typeof value === 'string' && fieldSchema(field, ctx).safeParse(value).success) out[key] = value;
    } else if (field.type === 'list') {
      if (!Array.isArray(value)) continue;
      const items = value.slice(0, field.max).map((item) => checkedPrefill(field.fields, isRecord(item) ? item : {}, ctx));
      if (items.some((item) => Object.keys(item).length > 0)) out[key] = items;
    } else if (isRecord(value)) {
      const group = checkedPrefill(field.fields, value, ctx);
      if (Object.keys(group).length > 0) out[key] = group;
    }
  }
  return out;
}

/** `base` (a blank form) with `prefill` laid over it, nested lists and groups included. */
export function withPrefill<T>(base: T, prefill: unknown): T {
  if (prefill === undefined) return base;
  if (Array.isArray(prefill)) {
    const list = Array.isArray(base) ? [...base] : [];
    prefill.forEach((item, i) => (list[i] = withPrefill(list[i] ?? (isRecord(list[0]) ? blankLike(list[0]) : undefined), item)));
    return list as T;
  }
  if (isRecord(prefill)) {
    const obj: Record<string, unknown> = isRecord(base) ? { ...base } : {};
    for (const [key, value] of Object.entries(prefill)) obj[key] = withPrefill(obj[key], value);
    return obj as T;
  }
  return prefill as T;
}

function blankLike(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item).map(([k, v]) => [k, typeof v === 'boolean' ? false : Array.isArray(v) ? [] : isRecord(v) ? blankLike(v) : '']),
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A blank form with the suggested values that pass validation laid over it. */
export function prefilledValues<T extends Record<string, unknown>>(
  fields: FieldMap,
  blank: T,
  values: Prefill | undefined,
  ctx: ValidationContext,
): T {
  return withPrefill(blank, checkedPrefill(fields, values, ctx));
}

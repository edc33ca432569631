// Form state mirrors the request's input shape, so the values go to composeRequest unchanged.

import { initialValue, type Field, type FieldMap } from '../../../domain/fields';

export type FormValues = Record<string, unknown>;

/** A new form's value for a field comes from the domain (role defaults, lists with `min` 0 start empty). */
export const emptyValue: (field: Field) => unknown = initialValue;

export function emptyValues(fields: FieldMap, prefill: Record<string, string> = {}): FormValues {
  const values: FormValues = {};
  for (const [key, field] of Object.entries(fields)) values[key] = prefill[key] ?? emptyValue(field);
  return values;
}

export function getAt(values: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), values);
}

export function setAt<T>(values: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (Array.isArray(values)) {
    const copy = [...values];
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy as T;
  }
  const obj = (values && typeof values === 'object' ? values : {}) as Record<string, unknown>;
  return { ...obj, [head!]: setAt(obj[head!], rest, value) } as T;
}

export const pathId = (path: readonly (string | number)[]) => `field-${path.join('-')}`;
export const pathKey = (path: readonly (string | number)[]) => path.join('.');

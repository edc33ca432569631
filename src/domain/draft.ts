// A draft's answers checked against the form they belong to, with zod: anything read back from
// storage is parsed against the envelope (draftEnvelope.ts) and the form's own fields; what does
// not parse is not a draft. Loaded with the forms, not at start-up (zod is not in the first bundle).

import './zodSetup';
import { z } from 'zod';
import type { Field, FieldMap } from './fields';
import { draftVersion, readDraft, type ParsedDraft } from './draftEnvelope';

export { draftKey, draftLifetimeMs, draftPrefix, draftVersion, sameValues, type Draft, type ParsedDraft } from './draftEnvelope';

const envelope = z.object({
  v: z.literal(draftVersion),
  id: z.string().min(1).max(64),
  savedAt: z.number().int().nonnegative(),
  values: z.record(z.string(), z.unknown()),
});

/** The exact shape the form keeps its answers in: strings, booleans for check boxes, lists of rows. */
function valueSchema(field: Field): z.ZodType {
  if (field.type === 'scalar') return field.ui.control === 'checkbox' ? z.boolean() : z.string().max(100_000);
  if (field.type === 'group') return valuesSchema(field.fields);
  return z.array(valuesSchema(field.fields)).max(field.max);
}

export function valuesSchema(fields: FieldMap): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) shape[key] = valueSchema(field);
  return z.strictObject(shape);
}

/** Whether a stored value is a draft of this form that can still be used: the envelope with zod, then the answers. */
export function parseDraft(raw: string, now: number, fields?: FieldMap): ParsedDraft {
  const read = readDraft(raw, now);
  if (read.state !== 'ok') return read;
  if (!envelope.safeParse(read.draft).success) return { state: 'invalid' };
  if (fields && !valuesSchema(fields).safeParse(read.draft.values).success) return { state: 'invalid' };
  return read;
}

/** A parser for the draft store: the full check for this form. */
export const draftParser = (fields: FieldMap) => (raw: string, now: number) => parseDraft(raw, now, fields);

// What a saved draft is: the answers of one request form for one site, for at most 24 hours.
// Anything read back from storage is parsed against this shape and the form's own fields; what
// does not parse is not a draft.

import './zodSetup';
import { z } from 'zod';
import type { Field, FieldMap } from './fields';

/** Answers are kept for 24 hours after they were last saved (README, "Privacy"). */
export const draftLifetimeMs = 24 * 60 * 60 * 1000;
export const draftVersion = 2;
/** Every draft key starts with this; anything else in storage is not a draft. */
export const draftPrefix = 'draft:';

/** One draft per request kind per site: one site's answers never appear in another's pane. */
export function draftKey(kindId: string, site: string | undefined): string {
  return `${draftPrefix}${kindId}:${(site ?? 'no-site').toLowerCase()}`;
}

export interface Draft {
  v: typeof draftVersion;
  /** Which pane wrote it: a pane clears only its own draft after creating the email. */
  id: string;
  savedAt: number;
  values: Record<string, unknown>;
}

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
  return z.array(valuesSchema(field.fields)).max(field.ui.max);
}

export function valuesSchema(fields: FieldMap): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) shape[key] = valueSchema(field);
  return z.strictObject(shape) as z.ZodType<Record<string, unknown>>;
}

export type ParsedDraft = { state: 'ok'; draft: Draft } | { state: 'expired' } | { state: 'invalid' };

/** Whether a stored value is a draft that can still be used: not damaged, not expired, not from the future. */
export function parseDraft(raw: string, now: number, fields?: FieldMap): ParsedDraft {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { state: 'invalid' };
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success) return { state: 'invalid' };
  const draft = parsed.data as Draft;
  // A draft dated in the future cannot be trusted to expire: treat it as expired.
  if (draft.savedAt > now || now - draft.savedAt > draftLifetimeMs) return { state: 'expired' };
  if (fields && !valuesSchema(fields).safeParse(draft.values).success) return { state: 'invalid' };
  return { state: 'ok', draft };
}

/** Two sets of answers are the same (a form nobody has typed into equals its blank). */
export function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

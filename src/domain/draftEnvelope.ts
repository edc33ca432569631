// What a saved draft is: the answers of one request form for one site, for at most 24 hours.
// This part has no dependencies (it runs at start-up, when every expired or damaged draft is
// swept away); draft.ts adds the zod parse of the answers against the form's fields.

/** Answers are kept for 24 hours after they were last saved (docs/deploy.md, "Privacy"). */
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

export type ParsedDraft = { state: 'ok'; draft: Draft } | { state: 'expired' } | { state: 'invalid' };
export type DraftParser = (raw: string, now: number) => ParsedDraft;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The envelope only: this version, an id, a time, an object of answers; expired when older than 24 hours or dated in the future. */
export const readDraft: DraftParser = (raw, now) => {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    // Not JSON: json stays undefined, which the envelope check below reads as invalid.
  }
  if (
    !isRecord(json) ||
    json.v !== draftVersion ||
    typeof json.id !== 'string' ||
    !json.id ||
    !Number.isSafeInteger(json.savedAt) ||
    (json.savedAt as number) < 0 ||
    !isRecord(json.values)
  ) {
    return { state: 'invalid' };
  }
  const draft = json as unknown as Draft;
  // A draft dated in the future cannot be trusted to expire: treat it as expired.
  if (draft.savedAt > now || now - draft.savedAt > draftLifetimeMs) return { state: 'expired' };
  return { state: 'ok', draft };
};

/** Two sets of answers are the same (a form nobody has typed into equals its blank). */
export function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

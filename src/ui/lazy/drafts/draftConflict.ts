// What a form does when another pane (another Outlook window, or a browser tab) changes the draft
// it is keeping, decided here and carried out by useDraft: ignore it, offer the other answers, or,
// when the other pane sent (or cleared) the same request for the same site while this one was still
// being written, keep this pane's typing by saving it again, and say what happened.

import { sameValues, type Draft } from '../../../domain/draftEnvelope';

export type DraftEvent =
  /** Nothing this pane needs to know. */
  | { kind: 'ignore' }
  /** Another pane saved different answers: offered, never applied silently. */
  | { kind: 'offer'; draft: Draft }
  /** Another pane sent this request (`sent`), or cleared it: this pane's typing is saved again. */
  | { kind: 'kept'; sent: boolean };

export interface DraftEventInput {
  /** What storage holds now for this draft (undefined: nothing). */
  stored: Draft | undefined;
  /** Storage says another pane sent this request a moment ago. */
  sentElsewhere: boolean;
  /** This pane's id, and the draft it last saved or loaded. */
  ownId: string;
  seen: Pick<Draft, 'id' | 'savedAt'> | undefined;
  /** The answers on this pane's screen, and whether anything in them was typed here (not only restored or loaded). */
  mine: Record<string, unknown>;
  typedHere: boolean;
}

export function draftEvent(input: DraftEventInput): DraftEvent {
  const { stored, seen } = input;
  if (!stored) return input.typedHere ? { kind: 'kept', sent: input.sentElsewhere } : { kind: 'ignore' };
  if (stored.id === input.ownId) return { kind: 'ignore' };
  if (seen && stored.id === seen.id && stored.savedAt === seen.savedAt) return { kind: 'ignore' };
  if (sameValues(stored.values, input.mine)) return { kind: 'ignore' };
  return { kind: 'offer', draft: stored };
}

/** Whether this pane's answers must be written before the pane is hidden or closed: typed here, and not what storage holds. */
export function mustSaveOnHide(input: {
  typedHere: boolean;
  done: boolean;
  stored: Draft | undefined;
  mine: Record<string, unknown>;
}): boolean {
  if (!input.typedHere || input.done) return false;
  return !input.stored || !sameValues(input.stored.values, input.mine);
}

/** How long a "sent" mark tells other panes what happened (they hear of it at once; this only covers a slow one). */
export const sentMarkMs = 60_000;

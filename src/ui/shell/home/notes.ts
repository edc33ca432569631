// Why requests do not fit the mailbox in use, said once: a reason that several requests share
// becomes one note above the list (each of those requests points to it for screen readers), and
// only a reason that belongs to one request stays on that request.

import type { Detection } from '../../../domain/detectMailbox';
import type { KindSummary } from '../../../domain/kindIndex';
import { notFittingReason } from '../applicability';

export interface PlacedNotes {
  /** The note shown once, when two or more requests share a reason. */
  note?: string;
  /** The requests the note is about. */
  noted: ReadonlySet<string>;
  /** A reason that belongs to one request alone, by kind id. */
  own: ReadonlyMap<string, string>;
}

/** A request's reason, said of several: "Sent from …" → "Most of these requests are sent from …". */
export function sharedNote(reason: string, count: number, total: number): string {
  const which = count * 2 > total ? 'Most of these requests' : 'Some of these requests';
  const rest = reason.charAt(0).toLowerCase() + reason.slice(1);
  if (/^(must|can|cannot) /.test(rest)) return `${which} ${rest}`;
  const sendThis = 'send this ';
  if (rest.startsWith(sendThis)) return `${which} are to be sent ${rest.slice(sendThis.length)}`;
  if (/^sent /.test(rest)) return `${which} are ${rest}`;
  return `${which}: ${rest}`;
}

export function placeNotes(kinds: readonly KindSummary[], detection: Detection): PlacedNotes {
  const byReason = new Map<string, string[]>();
  for (const kind of kinds) {
    const reason = notFittingReason(kind, detection);
    if (reason) byReason.set(reason, [...(byReason.get(reason) ?? []), kind.id]);
  }
  let note: string | undefined;
  let noted: string[] = [];
  for (const [reason, ids] of byReason)
    if (ids.length >= 2 && ids.length > noted.length) {
      note = reason;
      noted = ids;
    }
  const own = new Map<string, string>();
  for (const [reason, ids] of byReason) if (reason !== note) for (const id of ids) own.set(id, reason);
  return { note: note && sharedNote(note, noted.length, kinds.length), noted: new Set(noted), own };
}

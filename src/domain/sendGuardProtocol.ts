// What the pane, the send guard and the compose-event handlers agree on, kept pure so each side can
// import it: the item session-data keys (Mailbox 1.11, kept with this one email by Outlook, never
// sent) and their parsing, the local-storage key of the guard's run record, and the Mailbox set the
// events are declared for. The Office calls that read and write these live in src/office.
// Runs inside events.js (classic Outlook's ES2016 runtime): ES2016 built-ins only.

/** Session-data key of the pane's mark (one JSON value): the email it filled in. */
export const composeMarkKey = 'nasAssistant';
/** Session-data key the send guard sets when it blocks this email, so the next send is never trapped. */
export const blockedMarkKey = 'nasAssistantBlocked';
/** Key of the From notification on the email (Outlook allows at most 32 characters). */
export const fromNoticeKey = 'nasAssistantFrom';

export interface ComposeMark {
  /** The subject the pane wrote. */
  subject: string;
  /** The shared mailbox the pane last confirmed, if any (an address, no personal data). */
  sharedMailbox?: string;
}

/** The value the pane stores under `composeMarkKey`. */
export function serialiseMark(mark: ComposeMark): string {
  return JSON.stringify(mark);
}

/** The mark from a session-data value; anything malformed is ignored. */
export function parseMark(value: unknown): ComposeMark | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: JSON.parse and the subject check below reject the same values
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<ComposeMark> | null;
    if (!parsed || typeof parsed.subject !== 'string') return undefined;
    return { subject: parsed.subject, sharedMailbox: typeof parsed.sharedMailbox === 'string' ? parsed.sharedMailbox : undefined };
    // Stryker disable next-line BlockStatement: an empty catch falls through to the same undefined
  } catch {
    return undefined;
  }
}

/** The value the guard stores under `blockedMarkKey`: the kind it blocked (no personal data). */
export function serialiseBlocked(kindId: string): string {
  return JSON.stringify({ kindId });
}

/** True when the session-data value says this email was blocked before (any readable record counts). */
export function wasBlocked(value: unknown): boolean {
  if (typeof value !== 'string' || !value) return false;
  try {
    const parsed = JSON.parse(value) as { kindId?: unknown } | null;
    return Boolean(parsed) && typeof parsed!.kindId === 'string';
  } catch {
    return false;
  }
}

/** What `contextData` carries from a blocked send to the pane (Smart Alerts' Take Action button). */
export interface BlockedContext {
  kindId: string;
  /** The shared mailbox to choose in From, when known. */
  mailbox?: string;
}

export function serialiseBlockedContext(context: BlockedContext): string {
  return JSON.stringify({ nasAssistant: 1, kindId: context.kindId, mailbox: context.mailbox });
}

/** The blocked request the pane was opened for, or undefined for any other initialisation context (untrusted text). */
export function parseBlockedContext(value: unknown): BlockedContext | undefined {
  if (typeof value !== 'string' || !value || value.length > 1000) return undefined;
  try {
    const parsed = JSON.parse(value) as { nasAssistant?: unknown; kindId?: unknown; mailbox?: unknown } | null;
    if (!parsed || parsed.nasAssistant !== 1 || typeof parsed.kindId !== 'string' || !/^[a-z0-9-]{1,60}$/.test(parsed.kindId))
      return undefined;
    return { kindId: parsed.kindId, mailbox: typeof parsed.mailbox === 'string' ? parsed.mailbox : undefined };
  } catch {
    return undefined;
  }
}

/** Both manifests declare the events for this Mailbox requirement set and later. */
export const sendGuardMinSet = '1.14';

/** Local-storage key (under the pane's prefix) for the time of the guard's last run. */
export const guardRanKey = 'guard-last-ran';

interface StoreLike {
  set(key: string, value: string): unknown;
}

/** Never throws: a record is a help for the Diagnostics view, nothing more. */
export function recordGuardRan(store: StoreLike | undefined, now: Date): void {
  try {
    // Stryker disable next-line OptionalChaining: a missing store throws inside the try, which ignores it
    store?.set(guardRanKey, now.toISOString());
  } catch {
    /* storage blocked or absent */
  }
}

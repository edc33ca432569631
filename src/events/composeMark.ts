// The pane marks an email it filled in, so the send guard can recognise it even after the user edits
// the subject, and can name the shared mailbox the pane confirmed. Item session data (Mailbox 1.11)
// is kept with this one email by Outlook, is readable by the add-in's send handler in every client
// that runs it (1.14+), and is never sent: nothing is added to the email itself.

/** The session-data key (one JSON value). */
export const composeMarkKey = 'nasAssistant';

export interface ComposeMark {
  /** The subject the pane wrote. */
  subject: string;
  /** The shared mailbox the pane last confirmed, if any (an address, no personal data). */
  sharedMailbox?: string;
}

type Callback = (result: { status: unknown; value?: unknown }) => void;
interface SessionDataLike {
  setAsync(name: string, value: string, callback?: Callback): void;
  getAsync(name: string, callback: Callback): void;
}

/** Never throws and never waits more than `timeoutMs`: the mark is a help, not a requirement. */
export function markComposed(item: unknown, mark: ComposeMark, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      // Stryker disable next-line OptionalChaining: a missing item throws inside the try, which resolves false
      const data = (item as { sessionData?: SessionDataLike } | undefined)?.sessionData;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: calling a missing setAsync throws inside the try, which resolves false
      if (!data || typeof data.setAsync !== 'function') return resolve(false);
      const timer = setTimeout(() => resolve(false), timeoutMs);
      data.setAsync(composeMarkKey, JSON.stringify(mark), (result) => {
        clearTimeout(timer);
        resolve(String(result?.status).toLowerCase() === 'succeeded');
      });
    } catch {
      resolve(false);
    }
  });
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

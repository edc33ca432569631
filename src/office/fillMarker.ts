// "Fill this email" twice on the same message replaces the request it inserted, never adds a second
// copy. HTML bodies: the request is wrapped in an element with a known id (Outlook on the web and
// new Outlook strip `class` but keep `id`, office-js #5296; some clients prefix ids, e.g. `x_`, so
// any id ending in the marker counts). Text bodies carry no markup: the host remembers the text it
// inserted and replaces it while the body still starts with it. The email itself is marked too, in
// item session data, for the send guard (markComposed).

import { composeMarkKey, serialiseMark, type ComposeMark } from '../domain/sendGuardProtocol';

export const requestMarker = 'nas-assistant-request';

export function markedHtml(html: string): string {
  return `<div id="${requestMarker}">${html}</div>`;
}

/** The body with its marked request replaced by `html`, or undefined when the body has none. */
export function replaceMarkedHtml(body: string, html: string): string | undefined {
  if (!body.includes(requestMarker) || typeof DOMParser === 'undefined') return undefined;
  const doc = new DOMParser().parseFromString(body, 'text/html');
  const block = doc.querySelector(`[id$="${requestMarker}"]`);
  if (!block) return undefined;
  const fresh = doc.createElement('div');
  fresh.innerHTML = markedHtml(html);
  block.replaceWith(...Array.from(fresh.childNodes));
  return /<html[\s>]/i.test(body) ? `<!DOCTYPE html>${doc.documentElement.outerHTML}` : doc.body.innerHTML;
}

/** The text body with the previously inserted request replaced, or undefined when it is no longer at the start. */
export function replaceInsertedText(body: string, inserted: string | undefined, text: string): string | undefined {
  if (!inserted) return undefined;
  const normal = (t: string) => t.replace(/\r\n?/g, '\n');
  const current = normal(body);
  const previous = normal(inserted).trimEnd();
  if (!previous || !current.startsWith(previous)) return undefined;
  return text + current.slice(previous.length);
}

type SessionCallback = (result: { status: unknown; value?: unknown }) => void;
interface SessionDataLike {
  setAsync(name: string, value: string, callback?: SessionCallback): void;
}

/**
 * Marks the email the pane filled in (item session data, Mailbox 1.11), so the send guard and the
 * From notice recognise it after the subject is edited and can name the confirmed shared mailbox.
 * Never throws and never waits more than `timeoutMs`: the mark is a help, not a requirement.
 */
export function markComposed(item: unknown, mark: ComposeMark, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      // Stryker disable next-line OptionalChaining: a missing item throws inside the try, which resolves false
      const data = (item as { sessionData?: SessionDataLike } | undefined)?.sessionData;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: calling a missing setAsync throws inside the try, which resolves false
      if (!data || typeof data.setAsync !== 'function') return resolve(false);
      const timer = setTimeout(() => resolve(false), timeoutMs);
      data.setAsync(composeMarkKey, serialiseMark(mark), (result) => {
        clearTimeout(timer);
        resolve(String(result?.status).toLowerCase() === 'succeeded');
      });
    } catch {
      resolve(false);
    }
  });
}

// "Fill this email" twice on the same message replaces the request it inserted, never adds a second
// copy. HTML bodies: the request is wrapped in an element with a known id (Outlook on the web and
// new Outlook strip `class` but keep `id`, office-js #5296; some clients prefix ids, e.g. `x_`, so
// any id ending in the marker counts). Text bodies carry no markup: the host remembers the text it
// inserted and replaces it while the body still starts with it.

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

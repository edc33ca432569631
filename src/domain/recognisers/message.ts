// The selected email, as the recognisers see it. Everything in it came from outside: the sender,
// the subject and the body are untrusted. They are cut to a bounded length and stripped of control,
// zero-width and bidirectional-override characters before anything looks at them, and nothing from
// them reaches a request except through a field that validates it like typed text.

export interface ReceivedMessage {
  subject: string;
  from: { address: string; displayName?: string };
  /** When the message arrived, an ISO 8601 instant; undefined when Outlook did not say. */
  received?: string;
  /** The body as plain text. */
  body: string;
}

/** The most the pane reads or looks at: enough for any NAS reply, small enough to scan at once. */
export const limits = { subject: 255, displayName: 100, address: 254, body: 20_000 } as const;

// C0 and C1 controls (tab and line breaks are handled separately), zero-width characters, the
// bidirectional embeddings, overrides and isolates, the Arabic letter mark and the byte-order mark.
// Built on each call, never once at load, so mutation testing reaches it (docs/testing.md, "Static mutants").
function unsafe(): RegExp {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\uFFF9-\uFFFB]/g;
}

/** One line of untrusted text: unsafe characters removed, whitespace collapsed, length bounded. */
export function cleanLine(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  return value
    .slice(0, max * 4)
    .normalize('NFC')
    .replace(unsafe(), '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** Untrusted multi-line text: unsafe characters removed, line breaks kept, length bounded. */
export function cleanText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  return value
    .slice(0, max * 2)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(unsafe(), '')
    .replace(/[ \t\u00A0]+/g, ' ')
    .slice(0, max);
}

/** An ISO instant Outlook or a query parameter gave, or undefined when it is not a real date. */
export function cleanInstant(value: unknown): string | undefined {
  const text = cleanLine(value, 40);
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
  const time = Date.parse(text.length === 10 ? `${text}T12:00:00Z` : text.replace(' ', 'T'));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The message with every part made safe to look at. */
export function cleanMessage(raw: {
  subject?: unknown;
  from?: { address?: unknown; displayName?: unknown };
  received?: unknown;
  body?: unknown;
}): ReceivedMessage {
  const displayName = cleanLine(raw.from?.displayName, limits.displayName);
  return {
    subject: cleanLine(raw.subject, limits.subject),
    from: { address: cleanLine(raw.from?.address, limits.address).toLowerCase(), ...(displayName ? { displayName } : {}) },
    received: cleanInstant(raw.received),
    body: cleanText(raw.body, limits.body),
  };
}

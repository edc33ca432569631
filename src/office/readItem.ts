// Reading the selected message in read mode, for the "About this email" card. Each property is
// feature-detected on its own; the body is fetched as plain text with a time-out and cut to a
// size limit at once. Nothing here is stored: the result lives in the pane's memory only.

import { officeAsync } from './officeAsync';
import { HostError, type SelectedItem } from './host';

/** The most body text kept (characters); the rest is dropped as soon as Outlook hands it over. */
export const bodyLimit = 20_000;
/** How long Outlook may take to give the body before the pane carries on without it. */
export const bodyTimeoutMs = 3000;

type ReadModeItem = {
  subject?: unknown;
  from?: unknown;
  dateTimeCreated?: unknown;
  body?: { getAsync?: (coercion: unknown, callback: (r: Office.AsyncResult<string>) => void) => void };
};

export async function readSelectedItem(
  item: object | undefined,
  supports: (version: string) => boolean,
  office: typeof Office = Office,
): Promise<SelectedItem | undefined> {
  if (!item) return undefined;
  const read = item as ReadModeItem;
  const subject = typeof read.subject === 'string' ? read.subject.slice(0, 1000) : '';
  const from = read.from as { emailAddress?: unknown; displayName?: unknown } | undefined;
  const created = read.dateTimeCreated;
  const received = created instanceof Date && !Number.isNaN(created.getTime()) ? created.toISOString() : undefined;
  let body = '';
  const getAsync = read.body?.getAsync;
  // Stryker disable next-line ConditionalExpression: calling a body.getAsync that is not a function throws inside officeAsync, which rejects, and the rejection is an empty body too
  const callable = typeof getAsync === 'function';
  if (supports('1.3') && callable) {
    body = await officeAsync<string>(
      (cb) => getAsync.call(read.body, office.CoercionType.Text, cb),
      // Stryker disable next-line ArrowFunction,StringLiteral: this error is never seen: the failure handler below turns any rejection into an empty body
      (reason) => new HostError('readItem', `Outlook could not give the message text${reason ? ` (${reason})` : ''}`),
      { office, timeoutMs: bodyTimeoutMs },
    ).then(
      (text) => (typeof text === 'string' ? text.slice(0, bodyLimit) : ''),
      // Without the body the subject and sender can still be recognised.
      () => '',
    );
  }
  return {
    subject,
    ...(from && typeof from.emailAddress === 'string'
      ? { from: { address: from.emailAddress, ...(typeof from.displayName === 'string' ? { displayName: from.displayName } : {}) } }
      : {}),
    ...(received ? { received } : {}),
    body,
  };
}

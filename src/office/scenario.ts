// The preview's scenario, from query parameters, so anyone (and any test) can open a case directly:
// ?mailbox=…&displayName=…&user=…&mode=read|compose&from=…&theme=light|dark&fail=…&hang=…&client=classic|new|web|mac|mobile
// and the selected message: &itemFrom=Name <address>&itemSubject=…&itemBody=…&itemReceived=<ISO date>

import { outlookClients, type HostMode, type OutlookClient, type SelectedItem, type ThemeName } from './host';

export const failableCalls = [
  'composeNew',
  'fillCurrent',
  'getFrom',
  'sharedProperties',
  'userProfile',
  'snapshot',
  'readItem',
  'all',
] as const;
export type FailableCall = (typeof failableCalls)[number];
/** Calls that can be made to never answer, to see the time-out path (the pane's deadline rejects them). */
export const hangableCalls = ['composeNew', 'fillCurrent', 'getFrom', 'sharedProperties', 'all'] as const;
export type HangableCall = (typeof hangableCalls)[number];

export interface Scenario {
  /** The mailbox the selected item is in. */
  mailbox: string;
  displayName?: string;
  /** The signed-in person. */
  user: string;
  userDisplayName: string;
  mode: Exclude<HostMode, 'none'>;
  /** The compose From; defaults to the mailbox. */
  from?: string;
  theme: ThemeName;
  fail: FailableCall[];
  /** The selected message in read mode (from itemFrom, itemSubject, itemBody, itemReceived). */
  item?: SelectedItem;
  /** Calls Outlook never answers (optional, so older scenarios still type-check). */
  hang?: HangableCall[];
  /** Which Outlook the preview stands for (the From steps show that one's first); unset: unknown. */
  client?: OutlookClient;
}

export const defaultScenario: Scenario = {
  mailbox: 'care.vn6c2@nhs.net',
  displayName: 'Care.VN6C2 (Sunrise House, Durham)',
  user: 'amira.khan3@nhs.net',
  userDisplayName: 'Amira Khan',
  mode: 'read',
  theme: 'light',
  fail: [],
};

export function scenarioFromQuery(search: string): Scenario {
  const q = new URLSearchParams(search);
  const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  const mailbox = q.get('mailbox')?.trim() || defaultScenario.mailbox;
  const displayName = q.has('displayName')
    ? q.get('displayName') || undefined
    : mailbox === defaultScenario.mailbox
      ? defaultScenario.displayName
      : undefined;
  return {
    mailbox,
    displayName,
    user: q.get('user')?.trim() || defaultScenario.user,
    userDisplayName: defaultScenario.userDisplayName,
    mode: pick(q.get('mode'), ['read', 'compose'] as const, 'read'),
    from: q.get('from')?.trim() || undefined,
    theme: pick(q.get('theme'), ['light', 'dark'] as const, 'light'),
    fail: (q.get('fail') ?? '').split(',').filter((f): f is FailableCall => (failableCalls as readonly string[]).includes(f)),
    ...itemFromQuery(q),
    ...((outlookClients as readonly string[]).includes(q.get('client') ?? '') ? { client: q.get('client') as OutlookClient } : {}),
    ...(q.get('hang')
      ? {
          hang: q
            .get('hang')!
            .split(',')
            .filter((f): f is HangableCall => (hangableCalls as readonly string[]).includes(f)),
        }
      : {}),
  };
}

/** `Jane Smith <jane.smith@nhs.net>` or a bare address. */
function parseSender(value: string): SelectedItem['from'] {
  const m = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  if (!m) return { address: value.trim() };
  const displayName = m[1]!.replace(/^"|"$/g, '');
  return { address: m[2]!.trim(), ...(displayName ? { displayName } : {}) };
}

function itemFromQuery(q: URLSearchParams): { item?: SelectedItem } {
  if (!['itemFrom', 'itemSubject', 'itemBody', 'itemReceived'].some((k) => q.has(k))) return {};
  const from = q.get('itemFrom');
  const received = q.get('itemReceived');
  return {
    item: {
      subject: q.get('itemSubject') ?? '',
      ...(from ? { from: parseSender(from) } : {}),
      ...(received ? { received } : {}),
      body: q.get('itemBody') ?? '',
    },
  };
}

export function scenarioToQuery(s: Partial<Scenario>): string {
  const q = new URLSearchParams();
  if (s.mailbox) q.set('mailbox', s.mailbox);
  if (s.displayName !== undefined) q.set('displayName', s.displayName);
  if (s.user) q.set('user', s.user);
  if (s.mode) q.set('mode', s.mode);
  if (s.from) q.set('from', s.from);
  if (s.theme) q.set('theme', s.theme);
  if (s.fail?.length) q.set('fail', s.fail.join(','));
  if (s.item) {
    const f = s.item.from;
    if (f) q.set('itemFrom', f.displayName ? `${f.displayName} <${f.address}>` : f.address);
    q.set('itemSubject', s.item.subject);
    q.set('itemBody', s.item.body);
    if (s.item.received) q.set('itemReceived', s.item.received);
  }
  if (s.hang?.length) q.set('hang', s.hang.join(','));
  if (s.client) q.set('client', s.client);
  return `?${q.toString()}`;
}

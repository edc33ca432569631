// The preview's scenario, from query parameters, so anyone (and any test) can open a case directly:
// ?mailbox=…&displayName=…&user=…&mode=read|compose&from=…&theme=light|dark&fail=…

import type { HostMode, ThemeName } from './host';

export const failableCalls = ['composeNew', 'fillCurrent', 'getFrom', 'sharedProperties', 'userProfile', 'snapshot', 'all'] as const;
export type FailableCall = (typeof failableCalls)[number];

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
  const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  const mailbox = q.get('mailbox')?.trim() || defaultScenario.mailbox;
  const displayName = q.has('displayName') ? q.get('displayName') || undefined : mailbox === defaultScenario.mailbox ? defaultScenario.displayName : undefined;
  return {
    mailbox,
    displayName,
    user: q.get('user')?.trim() || defaultScenario.user,
    userDisplayName: defaultScenario.userDisplayName,
    mode: pick(q.get('mode'), ['read', 'compose'] as const, 'read'),
    from: q.get('from')?.trim() || undefined,
    theme: pick(q.get('theme'), ['light', 'dark'] as const, 'light'),
    fail: (q.get('fail') ?? '').split(',').filter((f): f is FailableCall => (failableCalls as readonly string[]).includes(f)),
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
  return `?${q.toString()}`;
}

// Combines what Outlook tells us into one answer: which site mailbox the user is working for, and
// where that answer came from. No single Office API says this (shared/reference/platform.md §1).

import { identifyMailbox, type MailboxIdentity, type SharedMailbox } from './mailboxIdentity';

/** Where a mailbox signal came from. Which wins is `order` below: typed first, then From, read-mode shared owner, user profile, remembered. */
export type SignalSource = 'from' | 'shared-properties' | 'user-profile' | 'remembered' | 'typed';

export interface MailboxSignal {
  source: SignalSource;
  address: string;
  displayName?: string;
}

export interface Detection {
  /** The site's shared mailbox, when any signal names one. */
  site?: SharedMailbox;
  source?: SignalSource;
  /**
   * The mailbox Outlook is using now: the compose From, the selected item's mailbox, or a profile
   * that is itself a shared mailbox. `{ kind: 'other', address: '' }` when no signal says.
   */
  inUse: MailboxIdentity;
  /** Which signal says which mailbox is in use; undefined when Outlook did not say (never guessed). */
  inUseSource?: 'from' | 'shared-properties' | 'user-profile';
  /**
   * The mailbox a request is composed as: a known personal mailbox in use (so the engine warns and
   * still names the site from `site`), otherwise the site when known, otherwise the one in use.
   */
  mailbox: MailboxIdentity;
}

export const sourceLabels: Readonly<Record<SignalSource, string>> = {
  from: "the email's From",
  'shared-properties': 'the mailbox this message is in',
  'user-profile': 'the mailbox open in Outlook',
  remembered: 'a shared mailbox you confirmed before',
  typed: 'the address you entered',
};

// Built per call, not at module level, so mutation testing scores the order (docs/testing.md).
const order = (): readonly SignalSource[] => [
  // Stryker disable next-line StringLiteral: equivalent, a source missing from the list ranks -1 (indexOf), below every listed one, so typed signals sort first either way
  'typed',
  'from',
  'shared-properties',
  'user-profile',
  'remembered',
];

/**
 * `displayNames` maps addresses to display names seen elsewhere (recipients of the selected
 * message carry `Care.VN6C2 (Sunrise House, Durham)`), for the site name and town.
 */
export function detectMailbox(signals: readonly MailboxSignal[], displayNames: Readonly<Record<string, string>> = {}): Detection {
  const rank = order();
  const sorted = [...signals].filter((s) => s.address).sort((a, b) => rank.indexOf(a.source) - rank.indexOf(b.source));
  const named = (s: MailboxSignal) => identifyMailbox(s.address, bestDisplayName(s, displayNames));
  // Which mailbox is in use: only a signal that says so. The user profile is the signed-in person
  // in most Outlooks whatever mailbox is open (platform.md §1.2), so a personal profile says nothing
  // about where the item is; a profile that is itself a shared mailbox does (OWA's own tab).
  const live = sorted.find(
    (s) => s.source === 'from' || s.source === 'shared-properties' || (s.source === 'user-profile' && named(s).kind === 'shared'),
  );
  const inUse: MailboxIdentity = live ? named(live) : { kind: 'other', address: '' };
  const inUseSource = live?.source as Detection['inUseSource'];
  // A typed choice wins over everything: the user has told us which mailbox they mean.
  for (const signal of sorted) {
    const identity = named(signal);
    if (identity.kind !== 'shared') continue;
    const mailbox = inUseSource && inUse.kind !== 'shared' ? inUse : identity;
    return { site: identity, source: signal.source, inUse, inUseSource, mailbox };
  }
  return { inUse, inUseSource, mailbox: inUse };
}

/** Outlook said which mailbox is in use, and it is a person's own: the only basis for "your own mailbox". */
export function knownPersonal(detection: Detection): boolean {
  return Boolean(detection.inUseSource) && detection.inUse.kind === 'personal';
}

function bestDisplayName(signal: MailboxSignal, displayNames: Readonly<Record<string, string>>): string | undefined {
  const seen = displayNames[signal.address.trim().toLowerCase()];
  // Prefer a name that looks like a site's (`Care.VN6C2 (…)`): OWA may report the user's own name (office-js #6713).
  if (seen && /^\s*(care|pharmacy|dental|optometry)\./i.test(seen)) return seen;
  return signal.displayName ?? seen;
}

/** The user typed an ODS code or an address: build the address to try. */
export function typedMailboxAddress(text: string, orgType: 'care' | 'pharmacy' | 'dental' | 'optometry' = 'care'): string {
  const t = text.trim();
  if (t.includes('@')) return t;
  return `${orgType}.${t.replace(/^(care|pharmacy|dental|optometry)\./i, '')}@nhs.net`;
}

/** Whether two addresses are the same mailbox (compare addresses, never display names). */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  return Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());
}

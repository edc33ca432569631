// Who sent the selected email: NAS (or the NHSmail ticketing system), or a person.

import { identifyMailbox } from '../mailboxIdentity';
import { addresses, neverSendTo, sectorAddresses } from '../recipients';

/**
 * Addresses NAS writes from: helpdesk@nhs.net, the sector addresses and feedback@nhs.net (domain.md
 * §2), and the ticketing system's acknowledgement address, which the pane never writes to.
 */
export function nasSenders(): readonly string[] {
  // Built on each call, never once at load, so mutation testing reaches it (docs/testing.md, "Static mutants").
  return [addresses.nas, ...Object.values(sectorAddresses), addresses.escalation, ...neverSendTo];
}

export function isNasSender(address: string): boolean {
  return nasSenders().includes(address.trim().toLowerCase());
}

export interface Person {
  /** "First Last", only when it looks like a person's name. */
  fullName?: string;
  address: string;
  /** A personal NHSmail address (not a shared mailbox, not another domain). */
  hasNhsmail: boolean;
}

// Built on each call, as above.
function namePart(): RegExp {
  return /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
}

/** Directory capitals tidied: "SMITH" → "Smith", "O'NEILL" → "O'Neill", "SMITH-JONES" → "Smith-Jones"; "McDonald" stays as it is. */
function tidyCase(word: string): string {
  if (word !== word.toUpperCase() || word.length < 2) return word;
  return word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A person's name from a display name: NHSmail's directory form "SMITH, Jane (Sunrise House)" and
 * the plain "Jane Smith" both give "Jane Smith". Anything that does not look like a first and last
 * name gives undefined, so nothing odd is ever filled in.
 */
export function nameFromDisplayName(displayName: string | undefined): string | undefined {
  if (!displayName) return undefined;
  let name = displayName
    .replace(/\([^)]*\)/g, ' ')
    .replace(/["“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) name = `${comma[2]} ${comma[1]}`;
  const words = name.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 4 || !words.every((w) => namePart().test(w))) return undefined;
  const full = words.map(tidyCase).join(' ');
  return full.length <= 70 ? full : undefined;
}

/** The sender as a person, or undefined for NAS, shared mailboxes and no-reply senders. */
export function senderAsPerson(from: { address: string; displayName?: string }): Person | undefined {
  const address = from.address.trim().toLowerCase();
  if (!address || isNasSender(address) || /^(no-?reply|do-?not-?reply|mailer-daemon|postmaster)@/.test(address)) return undefined;
  const identity = identifyMailbox(address);
  if (identity.kind === 'shared') return undefined;
  if (identity.kind === 'other' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) return undefined;
  return { fullName: nameFromDisplayName(from.displayName), address, hasNhsmail: identity.kind === 'personal' };
}

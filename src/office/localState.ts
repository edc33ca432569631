// What the pane keeps on this device besides drafts (those are ui/draftStore's): the shared mailboxes
// the user confirmed. Never roaming settings.

import type { KeyValueStore } from './host';

// Shared mailboxes the user confirmed: addresses only, no personal data.
const rememberedKey = 'mailboxes';

export function rememberedMailboxes(store: KeyValueStore): string[] {
  try {
    const list = JSON.parse(store.get(rememberedKey) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string').slice(0, 5) : [];
  } catch {
    return [];
  }
}

export function rememberMailbox(store: KeyValueStore, address: string) {
  const list = [address.toLowerCase(), ...rememberedMailboxes(store).filter((a) => a !== address.toLowerCase())].slice(0, 5);
  store.set(rememberedKey, JSON.stringify(list));
}

// Nothing typed is lost: form answers are saved locally as the user types, restored when the pane
// reopens, cleared after a successful compose, and dropped after 24 hours. Never roaming settings.

import type { KeyValueStore } from './host';

export const draftLifetimeMs = 24 * 60 * 60 * 1000;
const key = (kindId: string) => `draft:${kindId}`;

export interface Draft {
  savedAt: number;
  values: Record<string, unknown>;
}

export function saveDraft(store: KeyValueStore, kindId: string, values: Record<string, unknown>, now = Date.now()) {
  store.set(key(kindId), JSON.stringify({ savedAt: now, values } satisfies Draft));
}

export function loadDraft(store: KeyValueStore, kindId: string, now = Date.now()): Draft | undefined {
  const raw = store.get(key(kindId));
  if (!raw) return undefined;
  try {
    const draft = JSON.parse(raw) as Draft;
    // Stryker disable next-line OptionalChaining: for JSON null, draft.savedAt throws into the catch below, which removes the draft and returns undefined just as this branch does
    if (typeof draft?.savedAt !== 'number' || typeof draft.values !== 'object' || now - draft.savedAt > draftLifetimeMs) {
      store.remove(key(kindId));
      return undefined;
    }
    return draft;
  } catch {
    store.remove(key(kindId));
    return undefined;
  }
}

export function clearDraft(store: KeyValueStore, kindId: string) {
  store.remove(key(kindId));
}

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

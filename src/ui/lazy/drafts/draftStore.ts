// The one place drafts are read and written. It cannot lose typing: the in-memory copy wins over
// storage, a write that fails is reported (once) instead of swallowed, and damaged values are
// discarded and counted rather than "restored". One store per KeyValueStore, shared by every form.
// No zod here (this runs at start-up): forms pass their own full parser (domain/draft.ts).

import type { KeyValueStore } from '../../../office/host';
import { reportFailedSave, type StorageTrouble } from './storageTrouble';
import { draftLifetimeMs, draftPrefix, draftVersion, readDraft, type Draft, type DraftParser } from '../../../domain/draftEnvelope';
import { sentMarkMs } from './draftConflict';

export type { StorageTrouble } from './storageTrouble';

export interface DraftDiagnostics {
  /** Stored values that were not drafts (damaged, another version, wrong shape): removed unread. */
  discarded: number;
  /** Drafts removed because they were older than 24 hours or dated in the future. */
  expired: number;
  /** Writes storage refused (full or blocked). */
  failedWrites: number;
}

type Listener = () => void;

/** Beside a draft another pane sent: when (ms), so panes still writing it can say what happened. */
const sentPrefix = 'sent:';
const sentMark = (key: string) => `${sentPrefix}${key}`;

export class DraftStore {
  private readonly memory = new Map<string, Draft>();
  private readonly listeners = new Set<Listener>();
  private readonly external = new Set<(key: string | null) => void>();
  readonly diagnostics: DraftDiagnostics = { discarded: 0, expired: 0, failedWrites: 0 };
  trouble: StorageTrouble | undefined;

  constructor(
    private readonly kv: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {
    if (kv.blocked) this.trouble = 'blocked';
    onExternalChange(kv, (key) => {
      if (key === null || key.startsWith(draftPrefix)) for (const l of this.external) l(key);
    });
  }

  /** At start-up: every expired or damaged draft goes, whichever request or mailbox it was for. */
  sweep(): void {
    for (const key of storedKeys(this.kv)) {
      if (key.startsWith(sentPrefix)) {
        if (!this.sentRecently(key.slice(sentPrefix.length))) this.kv.remove(key);
        continue;
      }
      if (!key.startsWith(draftPrefix)) continue;
      this.readStored(key);
    }
  }

  /** This pane's own copy first; storage only when this pane has none. */
  load(key: string, parse: DraftParser = readDraft): Draft | undefined {
    const mine = this.memory.get(key);
    if (mine) {
      const age = this.now() - mine.savedAt;
      if (age >= 0 && age <= draftLifetimeMs) return mine;
      this.memory.delete(key);
    }
    return this.readStored(key, parse);
  }

  /** What storage holds now (another pane may have written it), without the memory copy. */
  readStored(key: string, parse: DraftParser = readDraft): Draft | undefined {
    const raw = this.kv.get(key);
    if (raw === null) return undefined;
    const parsed = parse(raw, this.now());
    if (parsed.state === 'ok') return parsed.draft;
    this.diagnostics[parsed.state === 'expired' ? 'expired' : 'discarded']++;
    this.kv.remove(key);
    return undefined;
  }

  save(key: string, id: string, values: Record<string, unknown>): Draft {
    const draft: Draft = { v: draftVersion, id, savedAt: this.now(), values };
    this.memory.set(key, draft);
    let stored: boolean | void;
    try {
      stored = this.kv.set(key, JSON.stringify(draft));
    } catch {
      stored = false;
    }
    if (stored === false && !this.kv.blocked) {
      this.diagnostics.failedWrites++;
      if (this.trouble !== 'failed') {
        this.trouble = 'failed';
        reportFailedSave(this.kv);
        this.notify();
      }
    }
    return draft;
  }

  /**
   * Remove the draft only if it is still the one this pane last saw (same id and time): another
   * pane's newer draft stays. `sent`: the request was sent, and other panes are told so (a mark
   * beside the draft, read when they hear the draft has gone).
   */
  clear(key: string, seen: Pick<Draft, 'id' | 'savedAt'> | undefined, options: { sent?: boolean } = {}): void {
    if (!seen) return;
    const same = (d: Draft | undefined) => d !== undefined && d.id === seen.id && d.savedAt === seen.savedAt;
    if (same(this.memory.get(key))) this.memory.delete(key);
    const stored = this.kv.get(key);
    if (stored === null) return;
    const parsed = readDraft(stored, this.now());
    if (parsed.state !== 'ok' || same(parsed.draft)) {
      if (options.sent) this.kv.set(sentMark(key), String(this.now()));
      this.kv.remove(key);
    }
  }

  /** Another pane sent this request within the last minute. */
  sentRecently(key: string): boolean {
    const at = Number(this.kv.get(sentMark(key)));
    const age = this.now() - at;
    // No mark reads as 0 and one that is not a time as NaN, both failing at > 0; Infinity is in the future.
    return at > 0 && age >= 0 && age <= sentMarkMs;
  }

  /** "Start again": this draft goes, whoever wrote it. */
  discard(key: string): void {
    this.memory.delete(key);
    this.kv.remove(key);
  }

  /** Storage trouble changed (a write failed). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Another pane changed a draft (key), or cleared storage (null). */
  onExternalChange(listener: (key: string | null) => void): () => void {
    this.external.add(listener);
    return () => this.external.delete(listener);
  }

  private notify() {
    for (const l of this.listeners) l();
  }
}

/** Every key a store holds (its own `keys`, or read from where a prefixed store keeps them). */
function storedKeys(kv: KeyValueStore): string[] {
  if (kv.keys) return kv.keys();
  const found = new Set<string>();
  const area = kv.area;
  if (area) {
    for (const k of area.memory.keys()) found.add(k);
    const backing = area.backing;
    try {
      // No index loop: reading key(length) gives null, which is skipped, so `i <= length` would be an equivalent mutant.
      // Stryker disable next-line OptionalChaining: with no backing, its length throws into the catch below, which lists the same (the page's own keys)
      const listed = Array.from({ length: backing?.length ?? 0 }, (_, i) => backing!.key(i));
      for (const k of listed) if (k?.startsWith(area.prefix)) found.add(k.slice(area.prefix.length));
    } catch {
      /* storage went away: memory keys only */
    }
  }
  return [...found];
}

/**
 * Another page changed a key of this store: the browser's `storage` event, for a prefixed store.
 * Heard for the store's life (one store per KeyValueStore, kept as long as it is), so never removed.
 */
function onExternalChange(kv: KeyValueStore, listener: (key: string | null) => void): void {
  if (kv.onExternalChange) {
    kv.onExternalChange(listener);
    return;
  }
  const area = kv.area;
  if (!area?.backing || typeof window === 'undefined') return;
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== area.backing) return;
    if (event.key === null) listener(null);
    else if (event.key.startsWith(area.prefix)) listener(event.key.slice(area.prefix.length));
  };
  window.addEventListener('storage', onStorage);
}

const stores = new WeakMap<KeyValueStore, DraftStore>();

/** The draft store for this storage: one per pane, created (and swept) the first time it is asked for. */
export function draftStoreFor(kv: KeyValueStore, now?: () => number): DraftStore {
  let store = stores.get(kv);
  if (!store) {
    store = new DraftStore(kv, now);
    store.sweep();
    stores.set(kv, store);
  }
  return store;
}

/** A fresh id for the drafts one pane writes. */
export function newDraftId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

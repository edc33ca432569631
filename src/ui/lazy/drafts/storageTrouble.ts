// Whether answers can be kept beyond this pane, per store: blocked from the start, or a save that
// failed. Tiny, so the first screen can say it without loading the draft store (which comes with
// the forms).
import { useSyncExternalStore } from 'react';
import type { KeyValueStore } from '../../../office/host';

export type StorageTrouble = 'blocked' | 'failed';

const failed = new WeakSet<KeyValueStore>();
const listeners = new Set<() => void>();

/** A save to this store failed (storage full): said once, from now on. */
export function reportFailedSave(kv: KeyValueStore) {
  if (failed.has(kv)) return;
  failed.add(kv);
  listeners.forEach((l) => l());
}

export function storageTrouble(kv: KeyValueStore): StorageTrouble | undefined {
  return kv.blocked ? 'blocked' : failed.has(kv) ? 'failed' : undefined;
}

/** Told whenever a store's trouble becomes known; returns how to stop being told. */
export function subscribeStorageTrouble(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useStorageTrouble(kv: KeyValueStore): StorageTrouble | undefined {
  return useSyncExternalStore(subscribeStorageTrouble, () => storageTrouble(kv));
}

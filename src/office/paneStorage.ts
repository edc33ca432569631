// The one place the pane's storage key prefix is written: the task pane (OfficeHost) and the send
// guard (which shares the pane's local storage where it runs in a browser runtime) both use it.
import { prefixedStorage, type KeyValueStore } from './host';

/** The prefix under which the task pane keeps its values. */
export const paneStoragePrefix = 'nas-assistant:';

/** The pane's storage, keyed by the add-in's partition key where Outlook gives one (two add-ins never share drafts). */
export function paneStorage(partitionKey: string | undefined, backing?: Storage | null): KeyValueStore {
  const prefix = `${partitionKey ? `${partitionKey}:` : ''}${paneStoragePrefix}`;
  // Left out (undefined), prefixedStorage takes the page's local storage.
  return prefixedStorage(prefix, backing);
}

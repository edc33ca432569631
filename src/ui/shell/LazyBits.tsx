// The storage notice comes with the lazy screens (prefetched as soon as the pane is idle; its first
// render also sweeps expired drafts). Until then it shows nothing, so the first bundle stays small.
import type { KeyValueStore } from '../../office/host';
import { useLazyScreens } from './useLazyScreens';

export function LazyStorageNotice(props: { storage: KeyValueStore }) {
  const screens = useLazyScreens(false);
  return screens ? <screens.StorageNotice {...props} /> : null;
}

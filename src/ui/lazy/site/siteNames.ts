// Site names the user typed, one per shared mailbox, for when the display name could not be
// trusted ("site name not known"). Kept in the pane's own storage (addresses and site names only).

import { useMemo, useSyncExternalStore } from 'react';
import type { Detection } from '../../../domain/detectMailbox';
import type { SharedMailbox } from '../../../domain/mailboxIdentity';
import { siteNameMax } from '../../../domain/mailboxIdentity';
import type { KeyValueStore } from '../../../office/host';

export const siteNameKey = (address: string) => `siteName:${address.toLowerCase()}`;
const listeners = new Set<() => void>();

/** The name stored for this mailbox (written cleaned by the editor, siteNameEditing.ts; anything else there is ignored). */
export function rememberedSiteName(storage: KeyValueStore, address: string): string | undefined {
  const stored = storage.get(siteNameKey(address));
  // Only what the editor can have written: 1–60 characters, no @, no control or format characters.
  // eslint-disable-next-line no-control-regex -- the control characters are what it refuses.
  const refused = /[@\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
  return stored && stored.length <= siteNameMax && !refused.test(stored) ? stored : undefined;
}

/** Tell every reader a name changed. */
export function siteNamesChanged() {
  listeners.forEach((l) => l());
}

/** The site as detected, with the typed name where the display name gave none. */
export function useKnownSite(storage: KeyValueStore, site: SharedMailbox | undefined): SharedMailbox | undefined {
  const typed = useSyncExternalStore(
    (l) => (listeners.add(l), () => void listeners.delete(l)),
    () => (site && !site.siteName ? rememberedSiteName(storage, site.address) : undefined),
  );
  return useMemo(() => (site && typed ? { ...site, siteName: typed } : site), [site, typed]);
}

/** The detection with that site everywhere it appears. */
export function withSite(detection: Detection, site: SharedMailbox | undefined): Detection {
  if (!site || site === detection.site) return detection;
  // The address alone says which mailbox it is (identifyMailbox decides the kind from it), so only
  // the site's own mailbox has the site's address.
  const same = (m: Detection['mailbox']) => (m.address === site.address ? site : m);
  return { ...detection, site, mailbox: same(detection.mailbox), inUse: same(detection.inUse) };
}

// Site names the user typed, one per shared mailbox, for when the display name could not be
// trusted ("site name not known"). Kept in the pane's own storage (addresses and site names only).

import { useMemo, useSyncExternalStore } from 'react';
import type { Detection } from '../domain/detectMailbox';
import type { SharedMailbox } from '../domain/mailboxIdentity';
import { siteNameMax } from '../domain/mailboxIdentity';
import { cleanText } from '../domain/text';
import type { KeyValueStore } from '../office/host';

const key = (address: string) => `siteName:${address.toLowerCase()}`;
const listeners = new Set<() => void>();

/** The typed name, cleaned as all free text is; a problem to show next to the field, or the name. */
export function checkSiteName(typed: string): { name: string } | { problem: string } {
  const name = cleanText(typed).replace(/\s+/g, ' ').trim();
  if (!name) return { problem: 'Enter the site name' };
  if (name.length > siteNameMax) return { problem: `Site names must be ${siteNameMax} characters or fewer` };
  if (name.includes('@')) return { problem: 'Enter the name of the site, not an email address' };
  return { name };
}

export function rememberedSiteName(storage: KeyValueStore, address: string): string | undefined {
  const stored = storage.get(key(address));
  if (stored === null) return undefined;
  const checked = checkSiteName(stored);
  return 'name' in checked ? checked.name : undefined;
}

export function rememberSiteName(storage: KeyValueStore, address: string, typed: string) {
  const checked = checkSiteName(typed);
  if ('name' in checked) storage.set(key(address), checked.name);
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
  const same = (m: Detection['mailbox']) => (m.kind === 'shared' && m.address === site.address ? site : m);
  return { ...detection, site, mailbox: same(detection.mailbox), inUse: same(detection.inUse) };
}

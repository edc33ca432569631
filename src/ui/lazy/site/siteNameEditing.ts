// Checking and saving a typed site name (loaded with the editor, not on the first screen).
import { siteNameMax } from '../../../domain/mailboxIdentity';
import { cleanText } from '../../../domain/text';
import type { KeyValueStore } from '../../../office/host';
import { siteNameKey, siteNamesChanged } from './siteNames';

/** The typed name, cleaned as all free text is; a problem to show next to the field, or the name. */
export function checkSiteName(typed: string): { name: string } | { problem: string } {
  const name = cleanText(typed).replace(/\s+/g, ' ').trim();
  if (!name) return { problem: 'Enter the site name' };
  if (name.length > siteNameMax) return { problem: `Site names must be ${siteNameMax} characters or fewer` };
  if (name.includes('@')) return { problem: 'Enter the name of the site, not an email address' };
  return { name };
}

export function rememberSiteName(storage: KeyValueStore, address: string, typed: string) {
  const checked = checkSiteName(typed);
  if ('name' in checked) storage.set(siteNameKey(address), checked.name);
  siteNamesChanged();
}

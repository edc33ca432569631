// The rules for shipping one add-in with two manifests, as Microsoft documents them. We ship the
// add-in only manifest (manifest.xml: Outlook on Mac, classic Outlook before 2304, perpetual
// Office) and the unified manifest (addin/manifest.json: the add-in and the personal tab in one app,
// for Outlook on the web, new Outlook, classic Outlook 2304+, Teams and the Microsoft 365 app).
// `npm run validate` and `npm run build` fail when any rule is broken; each names its source page.
import { createHash } from 'node:crypto';
import { parseXml } from './manifests.mjs';

export const pairSource = 'Manage both a unified manifest and an add-in only manifest version of your Office Add-in';
export const manifestsSource = 'Office Add-ins manifest';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The XML add-in's identity: Id, DisplayName and every icon it shows (IconUrl, high resolution, ribbon). */
export function xmlIdentity(xmlText) {
  const { doc } = parseXml(xmlText);
  const all = (name) => Array.from(doc.getElementsByTagNameNS('*', name));
  const icons = new Set();
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'Image'])
    for (const n of all(name)) if (n.getAttribute('DefaultValue')) icons.add(n.getAttribute('DefaultValue'));
  return {
    id: all('Id')[0]?.textContent.trim(),
    name: all('DisplayName')[0]?.getAttribute('DefaultValue') ?? '',
    icons,
  };
}

/** The unified app's identity: id, names, and every icon it shows (app icons, ribbon icons, alternate icons). */
export function jsonIdentity(json) {
  const icons = new Set([json.icons?.color, json.icons?.outline].filter(Boolean));
  const alternates = (json.extensions ?? []).flatMap((e) => e.alternates ?? []);
  for (const ext of json.extensions ?? [])
    for (const ribbon of ext.ribbons ?? [])
      for (const tab of ribbon.tabs ?? [])
        for (const group of tab.groups ?? []) {
          for (const icon of group.icons ?? []) icons.add(icon.url);
          for (const control of group.controls ?? []) for (const icon of control.icons ?? []) icons.add(icon.url);
        }
  for (const a of alternates) for (const icon of Object.values(a.alternateIcons ?? {})) icons.add(icon.url);
  return {
    id: json.id,
    names: [json.name?.short, json.name?.full].filter(Boolean),
    icons,
    hidden: alternates.map((a) => a.hide?.customOfficeAddin?.officeAddinId).filter(Boolean),
    alternateIcons: alternates.some((a) => a.alternateIcons),
  };
}

const fileName = (ref) => ref.split(/[?#]/)[0].split('/').pop();
const digest = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Problems with the pair, in words. `readIcon(ref, side)` returns an icon's bytes (ref is a URL or,
 * for the unified manifest's app icons, a file name in its package), or undefined when it cannot be
 * read; icons are compared by file name and by content.
 * @param {string} xmlText
 * @param {any} json
 * @param {(ref: string, side: 'xml' | 'json') => Uint8Array | undefined} [readIcon]
 * @returns {string[]}
 */
export function checkManifestPair(xmlText, json, readIcon = () => undefined) {
  const x = xmlIdentity(xmlText);
  const j = jsonIdentity(json);
  const problems = [];
  const rule = (source, text) => problems.push(`${text} (Microsoft: "${source}")`);

  if (!guid.test(x.id ?? '')) rule(pairSource, `manifest.xml <Id> must be a GUID, not ${x.id}`);
  if (!guid.test(j.id ?? '')) rule(pairSource, `the unified manifest's "id" must be a GUID, not ${j.id}`);
  if (x.id && j.id && x.id.toLowerCase() === j.id.toLowerCase())
    rule(pairSource, `the unified manifest's "id" must be a different GUID from manifest.xml's <Id> (both are ${x.id})`);
  if (!j.hidden.some((id) => id.toLowerCase() === x.id?.toLowerCase()))
    rule(
      pairSource,
      `the unified manifest must hide the add-in only version: extensions[].alternates[].hide.customOfficeAddin.officeAddinId must be ${x.id}` +
        (j.hidden.length ? `, not ${j.hidden.join(', ')}` : ', and there is none'),
    );
  for (const name of j.names)
    if (name.trim().toLowerCase() === x.name.trim().toLowerCase())
      rule(pairSource, `the two versions need different names: "${name}" is manifest.xml's <DisplayName> too`);

  const xmlFiles = new Map([...x.icons].map((ref) => [fileName(ref), ref]));
  const xmlDigests = new Map();
  for (const ref of x.icons) {
    const bytes = readIcon(ref, 'xml');
    if (bytes) xmlDigests.set(digest(bytes), ref);
  }
  for (const ref of j.icons) {
    if (xmlFiles.has(fileName(ref))) rule(pairSource, `the two versions need different icons: ${fileName(ref)} is used by both manifests`);
    const bytes = readIcon(ref, 'json');
    const same = bytes && xmlDigests.get(digest(bytes));
    if (same && fileName(same) !== fileName(ref))
      rule(pairSource, `the two versions need different icons: ${fileName(ref)} is the same image as ${fileName(same)}`);
  }
  // With alternateIcons, the Microsoft 365 admin center generates an add-in only manifest from the
  // unified one (with the unified GUID) for Mac and older Windows: a second copy of the add-in
  // beside manifest.xml on exactly the clients the hide rule does not reach.
  if (j.alternateIcons)
    rule(
      manifestsSource,
      'the unified manifest must not carry alternateIcons: the Microsoft 365 admin centre would generate a second add-in only manifest from it, beside manifest.xml',
    );
  return problems;
}

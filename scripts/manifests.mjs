// Offline checks for both manifests, as strong as the public tools allow (platform.md §5):
// element order and required elements (Microsoft's documented ordering, from the mail XSDs),
// every resid resolves, every URL is https under the base URL; Microsoft's converter turns the XML
// into a unified manifest, and both JSON manifests are validated against the official schema for
// their manifestVersion (bundled in @microsoft/app-manifest, draft-04, so ajv-draft-04).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export const defaultBaseUrl = 'https://localhost:3000';
export const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

// ---------- XML ----------

/** Child order per parent, as documented ("How to find the proper order of manifest elements"). */
const order = {
  OfficeApp: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'FormSettings',
    'Permissions',
    'Rule',
    'DisableEntityHighlighting',
    'VersionOverrides',
  ],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides', 'WebApplicationInfo', 'ExtendedPermissions'],
  MailHost: ['Runtimes', 'DesktopFormFactor', 'MobileFormFactor'],
  DesktopFormFactor: ['SupportsSharedFolders', 'FunctionFile', 'ExtensionPoint'],
  LaunchEventPoint: ['LaunchEvents', 'SourceLocation'],
  CommandSurface: ['OfficeTab', 'CustomTab'],
  OfficeTab: ['Group'],
  Group: ['Label', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  ShowTaskpane: ['TaskpaneId', 'SourceLocation', 'SupportsPinning'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
  Form: ['DesktopSettings', 'TabletSettings', 'PhoneSettings'],
  DesktopSettings: ['SourceLocation', 'RequestedHeight'],
  Runtimes: ['Runtime'],
  Runtime: ['Override'],
};

const required = {
  OfficeApp: [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'SupportUrl',
    'Hosts',
    'Requirements',
    'FormSettings',
    'Permissions',
    'Rule',
  ],
  VersionOverrides: ['Requirements', 'Hosts', 'Resources'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Group: ['Label', 'Control'],
  LaunchEventPoint: ['LaunchEvents', 'SourceLocation'],
  ShowTaskpane: ['SourceLocation'],
};

const elements = (node) => Array.from(node.childNodes ?? []).filter((n) => n.nodeType === 1);
const xsiType = (node) => node.getAttribute?.('xsi:type') ?? '';

/** Which ordering rule applies to a node: by xsi:type where the type changes the children. */
function ruleFor(node) {
  const name = node.localName;
  const type = xsiType(node);
  if (name === 'Host' && type === 'MailHost') return 'MailHost';
  if (name === 'ExtensionPoint') return type === 'LaunchEvent' ? 'LaunchEventPoint' : 'CommandSurface';
  if (name === 'Action' && type === 'ShowTaskpane') return 'ShowTaskpane';
  return name in order ? name : undefined;
}

export function parseXml(text) {
  const errors = [];
  const doc = new DOMParser({
    onError: (level, message) => level !== 'warning' && errors.push(`XML ${level}: ${message}`),
  }).parseFromString(text, 'text/xml');
  return { doc, errors };
}

export function checkXmlManifest(text, baseUrl = defaultBaseUrl) {
  const { doc, errors } = parseXml(text);
  const problems = [...errors];
  // xmldom tolerates "--" inside a comment; XML forbids it and Microsoft's own tools reject it.
  for (const [, body] of text.matchAll(/<!--([\s\S]*?)-->/g)) if (body.includes('--')) problems.push('XML comments cannot contain "--"');
  const app = doc.documentElement;
  if (!app || app.localName !== 'OfficeApp') return [...problems, 'The root element must be OfficeApp'];
  if (xsiType(app) !== 'MailApp') problems.push('OfficeApp must have xsi:type="MailApp"');

  const walk = (node, path) => {
    const rule = ruleFor(node);
    const children = elements(node);
    if (rule) {
      const allowed = order[rule];
      let last = -1;
      for (const child of children) {
        const at = allowed.indexOf(child.localName);
        if (at === -1) problems.push(`${path}: <${child.localName}> is not allowed here`);
        else if (at < last) problems.push(`${path}: <${child.localName}> is out of order (must come before <${allowed[last]}>)`);
        else last = at;
      }
      for (const name of required[rule] ?? [])
        if (!children.some((c) => c.localName === name)) problems.push(`${path}: required <${name}> is missing`);
    }
    for (const child of children) walk(child, `${path}/${child.localName}`);
  };
  walk(app, 'OfficeApp');

  // Every resid resolves to a resource of the right kind in the nearest VersionOverrides.
  const resolveKind = (node) => {
    const n = node.localName;
    if (n === 'Image') return 'Images';
    if (n === 'Label' || n === 'Title') return 'ShortStrings';
    if (n === 'Description') return 'LongStrings';
    return 'Urls'; // SourceLocation, FunctionFile, Runtime, Override
  };
  for (const vo of Array.from(doc.getElementsByTagNameNS('*', 'VersionOverrides'))) {
    const resources = elements(vo).find((c) => c.localName === 'Resources');
    const ids = {};
    for (const group of resources ? elements(resources) : [])
      ids[group.localName] = new Set(elements(group).map((e) => e.getAttribute('id')));
    const own = (n) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (p.localName === 'VersionOverrides') return p === vo;
      return false;
    };
    for (const node of Array.from(vo.getElementsByTagNameNS('*', '*')).filter(own)) {
      const resid = node.getAttribute('resid');
      if (!resid) continue;
      const kind = resolveKind(node);
      if (!ids[kind]?.has(resid)) problems.push(`resid "${resid}" on <${node.localName}> has no ${kind} resource`);
    }
  }

  // Every URL is https and under the base URL.
  const urls = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url']) {
    for (const node of Array.from(doc.getElementsByTagNameNS('*', name))) {
      const value = node.getAttribute('DefaultValue');
      if (value) urls.push(value);
    }
  }
  for (const node of Array.from(doc.getElementsByTagNameNS('*', 'AppDomain'))) urls.push(node.textContent.trim());
  for (const url of urls) {
    if (!url.startsWith('https://')) problems.push(`URL is not https: ${url}`);
    else if (url !== baseUrl && !url.startsWith(`${baseUrl}/`)) problems.push(`URL is not under ${baseUrl}: ${url}`);
  }
  return problems;
}

/** The facts both manifests must agree on. */
export function xmlFacts(text) {
  const { doc } = parseXml(text);
  const all = (name) => Array.from(doc.getElementsByTagNameNS('*', name));
  const first = (name) => all(name)[0];
  // The pages both load; icons are not compared: each version has its own (scripts/manifestPair.mjs).
  const urls = new Set();
  for (const name of ['SourceLocation', 'Url'])
    for (const n of all(name)) if (n.getAttribute('DefaultValue')) urls.add(n.getAttribute('DefaultValue'));
  const permission = first('Permissions')?.textContent.trim();
  const permissions = new Set([
    { ReadItem: 'MailboxItem.Read.User', ReadWriteItem: 'MailboxItem.ReadWrite.User', ReadWriteMailbox: 'Mailbox.ReadWrite.User' }[
      permission
    ] ?? permission,
  ]);
  if (all('SupportsSharedFolders').some((n) => n.textContent.trim() === 'true')) permissions.add('Mailbox.SharedFolder');
  return {
    id: first('Id')?.textContent.trim(),
    version: first('Version')?.textContent.trim(),
    urls,
    permissions,
    events: all('LaunchEvent')
      .filter((n) => n.getAttribute('Type'))
      .map((n) => `${n.getAttribute('Type')}:${n.getAttribute('FunctionName')}:${n.getAttribute('SendMode') || ''}`),
    pinnable: all('SupportsPinning').some((n) => n.textContent.trim() === 'true'),
    composeControls: xmlComposeControlIds(doc),
    eventsMinVersion: all('VersionOverrides')
      .find((n) => xsiType(n) === 'VersionOverridesV1_1')
      ?.getElementsByTagNameNS('*', 'Sets')[0]
      ?.getAttribute('DefaultMinVersion'),
  };
}

export function jsonFacts(json) {
  const urls = new Set();
  const visit = (v) => {
    if (typeof v === 'string' && v.startsWith('http')) urls.add(v.split('#')[0]);
    else if (v && typeof v === 'object')
      Object.entries(v).forEach(([k, x]) => !['developer', 'validDomains', '$schema', 'icons', 'alternateIcons'].includes(k) && visit(x));
  };
  visit(json.extensions);
  // "Supported events" (Configure your Outlook add-in for event-based activation): unified name → XML name.
  const eventNames = {
    messageSending: 'OnMessageSend',
    messageRecipientsChanged: 'OnMessageRecipientsChanged',
    messageFromChanged: 'OnMessageFromChanged',
  };
  const sendModes = { softBlock: 'SoftBlock', promptUser: 'PromptUser', block: 'Block' };
  const ext = json.extensions?.[0] ?? {};
  return {
    id: json.id,
    version: json.version,
    urls,
    permissions: new Set((json.authorization?.permissions?.resourceSpecific ?? []).map((p) => p.name)),
    events: (ext.autoRunEvents ?? []).flatMap((a) =>
      a.events.map((e) => `${eventNames[e.type] ?? e.type}:${e.actionId}:${sendModes[e.options?.sendMode] ?? ''}`),
    ),
    pinnable: (ext.runtimes ?? []).some((r) => (r.actions ?? []).some((a) => a.pinnable)),
    composeControls: jsonComposeControlIds(json),
    eventsMinVersion: ext.autoRunEvents?.[0]?.requirements?.capabilities?.find((c) => c.name === 'Mailbox')?.minVersion,
  };
}

/**
 * Ids of the buttons on the compose ribbon in the VersionOverrides that declares the send event:
 * Smart Alerts' `commandId` must name one of these (a control id, not an action id).
 */
export function xmlComposeControlIds(doc) {
  const all = (node, name) => Array.from(node.getElementsByTagNameNS('*', name));
  const withEvents = all(doc, 'VersionOverrides').filter((vo) => all(vo, 'LaunchEvent').length > 0);
  const ids = new Set();
  for (const vo of withEvents) {
    for (const point of all(vo, 'ExtensionPoint').filter((p) => xsiType(p) === 'MessageComposeCommandSurface')) {
      for (const control of all(point, 'Control')) ids.add(control.getAttribute('id'));
    }
  }
  return ids;
}

export function jsonComposeControlIds(json) {
  const ids = new Set();
  for (const ext of json.extensions ?? []) {
    for (const ribbon of ext.ribbons ?? []) {
      if (!(ribbon.contexts ?? []).includes('mailCompose')) continue;
      for (const tab of ribbon.tabs ?? [])
        for (const group of tab.groups ?? []) for (const control of group.controls ?? []) ids.add(control.id);
    }
  }
  return ids;
}

/** Differences between the two manifests, in words. */
export function compareManifests(xmlText, json) {
  const a = xmlFacts(xmlText);
  const b = jsonFacts(json);
  const problems = [];
  // Not the id: the two versions must have different GUIDs (scripts/manifestPair.mjs).
  for (const key of ['version', 'eventsMinVersion', 'pinnable'])
    if (a[key] !== b[key]) problems.push(`${key}: XML has ${a[key]}, JSON has ${b[key]}`);
  const setDiff = (name, x, y) => {
    for (const v of x) if (!y.has(v)) problems.push(`${name}: ${v} is in the XML manifest only`);
    for (const v of y) if (!x.has(v)) problems.push(`${name}: ${v} is in the unified manifest only`);
  };
  setDiff('URL', a.urls, b.urls);
  setDiff('permission', a.permissions, b.permissions);
  setDiff('event', new Set(a.events), new Set(b.events));
  setDiff('compose button id', a.composeControls, b.composeControls);
  return problems;
}

// ---------- XSD ----------

/**
 * The add-in only manifest XSD set (MS-OWEMXML, patched to the current spec) lives beside the
 * repository, never in it: `../shared/xsd/` (its PROVENANCE.md says where each file comes from).
 * NAS_XSD_DIR points elsewhere.
 */
export const defaultXsdDir = resolve(root, '../shared/xsd');
export const xsdRoot = 'OfficeAppManifestV1_1.xsd';

/**
 * Validates an XML manifest file against the XSD set with `xmllint --schema` (libxml2-utils).
 * Returns `{ skipped }` with the reason when the set or xmllint is missing, else `{ problems }`.
 */
export function validateXsd(xmlPath, dir = process.env.NAS_XSD_DIR || defaultXsdDir) {
  const schema = join(dir, xsdRoot);
  if (!existsSync(schema))
    return { skipped: `the XSD set is not at ${dir} (expected ${xsdRoot} there; set NAS_XSD_DIR to use another folder)` };
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, xmlPath], { encoding: 'utf8' });
  if (run.error) return { skipped: `xmllint is not installed (apt-get install libxml2-utils): ${run.error.message}` };
  if (run.status === 0) return { problems: [] };
  const problems = `${run.stderr ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/ fails to validate$/.test(line));
  return { problems: problems.length ? problems : [`xmllint exited with status ${run.status}`] };
}

// ---------- JSON ----------

export function schemaFor(manifestVersion) {
  const dir = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams', `v${manifestVersion}`);
  return JSON.parse(readFileSync(join(dir, 'MicrosoftTeams.schema.json'), 'utf8'));
}

export function validateUnified(json) {
  let schema;
  try {
    schema = schemaFor(json.manifestVersion);
  } catch {
    return [`No official schema is bundled for manifestVersion ${json.manifestVersion}`];
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(json)) return [];
  return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/**
 * The personal tab (Teams, Outlook's app bar, the Microsoft 365 app) in the unified manifest: one
 * static tab, personal scope, served from the base URL's tab.html (the page that loads TeamsJS), with
 * Teams' {theme} placeholder so the first paint already has the user's theme.
 */
export const tabQuery = '?theme={theme}';

export function checkTab(json, baseUrl = defaultBaseUrl) {
  const tabs = json.staticTabs ?? [];
  if (tabs.length !== 1) return [`staticTabs: expected one personal tab, found ${tabs.length}`];
  const problems = [];
  const [tab] = tabs;
  if (JSON.stringify(tab.scopes) !== '["personal"]')
    problems.push(`staticTabs: scopes must be ["personal"], not ${JSON.stringify(tab.scopes)}`);
  if (tab.contentUrl !== `${baseUrl}/tab.html${tabQuery}`)
    problems.push(`staticTabs: contentUrl must be ${baseUrl}/tab.html${tabQuery}, not ${tab.contentUrl}`);
  if (!tab.name) problems.push('staticTabs: the tab has no name');
  const origin = (() => {
    try {
      return new URL(baseUrl).origin;
    } catch {
      return baseUrl;
    }
  })();
  if (!(json.validDomains ?? []).some((d) => d === baseUrl || d === origin || d === new URL(origin).host))
    problems.push(`validDomains: must include the tab's domain (${origin})`);
  return problems;
}

/** Microsoft's converter, XML → unified JSON, in a temporary folder. */
export async function convertXml(xmlPath) {
  const { convert } = require('office-addin-manifest-converter');
  const out = mkdtempSync(join(tmpdir(), 'nas-manifest-'));
  const log = console.log;
  console.log = () => undefined; // the converter narrates every step
  try {
    await convert(xmlPath, out, false, undefined, undefined, false);
    return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  } finally {
    console.log = log;
    rmSync(out, { recursive: true, force: true });
  }
}

/** The converter writes an older permission name for shared folders; the unified manifest uses this one. */
export function normaliseConverted(json) {
  for (const p of json.authorization?.permissions?.resourceSpecific ?? [])
    if (p.name === 'Mailbox.AccessSharedFolders.User') p.name = 'Mailbox.SharedFolder';
  return json;
}

/** Points a manifest at another host. */
export function rebase(text, baseUrl) {
  return text.split(defaultBaseUrl).join(baseUrl);
}

export function checkBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    return `Not a URL: ${baseUrl}`;
  }
  if (url.protocol !== 'https:') return `Outlook loads add-ins over HTTPS only: ${baseUrl}`;
  if (url.search || url.hash) return `The base URL cannot have a query or fragment: ${baseUrl}`;
  return undefined;
}

/** `--name value` or `--name=value` from the command line. */
export function option(argv, name) {
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  if (inline) return inline.slice(name.length + 1);
  const i = argv.indexOf(name);
  return i !== -1 ? argv[i + 1] : undefined;
}

/** The hosting origin: --base-url, else NAS_BASE_URL, else https://localhost:3000; no trailing slash. */
export function baseUrlFrom(argv, env) {
  return String(option(argv, '--base-url') ?? (env.NAS_BASE_URL || defaultBaseUrl)).replace(/\/+$/, '');
}

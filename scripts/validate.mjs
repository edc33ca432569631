// npm run validate [-- --dist] [-- --dev]: both manifests, offline, as strongly as the public tools
// allow; then Microsoft's online validator for the XML manifest when the network allows, saying
// clearly when not. It prints the base URL it checked, and fails when that is a development address
// (localhost) unless --dev says a development build is meant: the repository's own manifests are
// one (npm run validate -- --dev); what IT uploads is checked with --dist after a build for its host.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checkTab,
  checkXmlManifest,
  compareManifests,
  convertXml,
  defaultBaseUrl,
  normaliseConverted,
  option,
  root,
  validateUnified,
  validateXsd,
} from './manifests.mjs';
import { checkManifestPair } from './manifestPair.mjs';
import { developmentAddress } from './baseUrl.mjs';

const argv = process.argv.slice(2);
const fromDist = argv.includes('--dist');
const dev = argv.includes('--dev');
const distDir = resolve(root, option(argv, '--out-dir') ?? 'dist');
const xmlPath = fromDist ? resolve(distDir, 'manifest.xml') : resolve(root, 'manifest.xml');
const jsonPath = fromDist ? resolve(distDir, 'manifest.json') : resolve(root, 'addin/manifest.json');
for (const path of [xmlPath, jsonPath])
  if (!existsSync(path)) {
    console.error(`${path} is missing${fromDist ? ': run npm run build -- --base-url https://… first' : ''}.`);
    process.exit(1);
  }
const xml = readFileSync(xmlPath, 'utf8');
const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
// The build writes the base URL as the unified manifest's only valid domain.
const baseUrl = json.validDomains?.[0] ?? defaultBaseUrl;
console.log(`Base URL checked: ${baseUrl} (${fromDist ? `${distDir}, as built` : "the repository's manifests"})`);

// Icons as the two manifests name them: from dist/ once built; in the repository, the add-in's
// images are in assets/ (served from the base URL) and the app package's own two are in addin/.
const readIcon = (ref, side) => {
  const name = ref.split(/[?#]/)[0].split('/').pop();
  const folder = fromDist ? distDir : resolve(root, side === 'json' && !ref.includes('/') ? 'addin' : 'assets');
  const path = resolve(folder, name);
  return existsSync(path) ? readFileSync(path) : undefined;
};

const checks = [
  ['XML manifest: order, required elements, resids, URLs', checkXmlManifest(xml, baseUrl)],
  [
    'XML manifest converted by office-addin-manifest-converter, against the official schema',
    validateUnified(normaliseConverted(await convertXml(xmlPath))),
  ],
  [`Unified manifest against the official schema ${json.manifestVersion}`, validateUnified(json)],
  ['The two manifests agree: version, pages, permissions, events, compose button ids', compareManifests(xml, json)],
  [
    'The two manifests are two versions as Microsoft documents them: different GUIDs, the XML add-in hidden, different names and icons',
    checkManifestPair(xml, json, readIcon),
  ],
  [
    dev
      ? 'A development build (--dev): the base URL may be localhost'
      : 'The base URL is not a development address (pass --dev for a development build)',
    !dev && developmentAddress(baseUrl)
      ? [
          `${baseUrl} is a development address: build for your host (npm run build -- --base-url https://…) and run npm run validate -- --dist, or pass --dev`,
        ]
      : [],
  ],
  ['Unified manifest: the personal tab (tab.html under the base URL)', checkTab(json, baseUrl)],
];
let failed = false;
for (const [name, problems] of checks) {
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}`);
  for (const p of problems) console.log(`     - ${p}`);
  failed ||= problems.length > 0;
}

// The add-in only manifest XSDs (MS-OWEMXML, patched), kept beside the repository in ../shared/xsd.
const xsd = validateXsd(xmlPath);
if (xsd.skipped) console.log(`skip XML manifest against the add-in manifest XSDs: ${xsd.skipped}.`);
else {
  console.log(`${xsd.problems.length ? 'FAIL' : 'ok  '} XML manifest against the add-in manifest XSDs (xmllint --schema)`);
  for (const p of xsd.problems) console.log(`     - ${p}`);
  failed ||= xsd.problems.length > 0;
}

try {
  const { validateManifest } = await import('office-addin-manifest');
  const result = await validateManifest(xmlPath);
  console.log(`${result.isValid ? 'ok  ' : 'FAIL'} Microsoft's online validator`);
  for (const d of [...(result.details?.errors ?? []), ...(result.details?.warnings ?? [])])
    console.log(`     - ${d.title ?? ''} ${d.content ?? ''}`);
  failed ||= !result.isValid;
} catch (error) {
  console.log(
    `skip Microsoft's online validator: it could not be reached (${error instanceof Error ? error.message.split('\n')[0] : 'no network'}). The offline checks above still ran.`,
  );
}
process.exit(failed ? 1 : 0);

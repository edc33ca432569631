// npm run validate [-- --dist]: both manifests, offline, as strongly as the public tools allow; then
// Microsoft's online validator for the XML manifest when the network allows, saying clearly when not.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checkTab,
  checkXmlManifest,
  compareManifests,
  convertXml,
  defaultBaseUrl,
  normaliseConverted,
  root,
  validateUnified,
  validateXsd,
} from './manifests.mjs';

const fromDist = process.argv.includes('--dist');
const xmlPath = resolve(root, fromDist ? 'dist/manifest.xml' : 'manifest.xml');
const jsonPath = resolve(root, fromDist ? 'dist/manifest.json' : 'addin/manifest.json');
const xml = readFileSync(xmlPath, 'utf8');
const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
// The build writes the base URL as the unified manifest's only valid domain.
const baseUrl = json.validDomains?.[0] ?? defaultBaseUrl;

const checks = [
  ['XML manifest: order, required elements, resids, URLs', checkXmlManifest(xml, baseUrl)],
  [
    'XML manifest converted by office-addin-manifest-converter, against the official schema',
    validateUnified(normaliseConverted(await convertXml(xmlPath))),
  ],
  [`Unified manifest against the official schema ${json.manifestVersion}`, validateUnified(json)],
  ['The two manifests agree', compareManifests(xml, json)],
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

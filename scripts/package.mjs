// npm run package [-- --dev]: the Microsoft 365 app package (unified manifest + its two icons) for
// Integrated Apps or the Teams admin centre, made from dist/ exactly as npm run build left it: it
// never rebuilds, so the package points where the build pointed (npm run build -- --base-url …
// first). It says which base URL it packaged, checks the built manifests again, and refuses a
// development address (localhost) unless --dev says that is meant.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync } from 'fflate';
import { checkTab, checkXmlManifest, compareManifests, option, root, validateUnified } from './manifests.mjs';
import { checkManifestPair } from './manifestPair.mjs';
import { developmentAddress } from './baseUrl.mjs';

const argv = process.argv.slice(2);
const dist = resolve(root, option(argv, '--out-dir') ?? 'dist');
const files = ['manifest.json', 'color.png', 'outline.png'];
for (const f of [...files, 'manifest.xml'])
  if (!existsSync(resolve(dist, f))) {
    console.error(`${resolve(dist, f)} is missing: run npm run build -- --base-url https://… first.`);
    process.exit(1);
  }
const json = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8'));
const xml = readFileSync(resolve(dist, 'manifest.xml'), 'utf8');
const baseUrl = json.validDomains?.[0];
const readIcon = (ref) => {
  const path = resolve(dist, ref.split(/[?#]/)[0].split('/').pop());
  return existsSync(path) ? readFileSync(path) : undefined;
};
const problems = [
  ...checkXmlManifest(xml, baseUrl),
  ...validateUnified(json),
  ...checkTab(json, baseUrl),
  ...compareManifests(xml, json),
  ...checkManifestPair(xml, json, readIcon),
];
if (developmentAddress(baseUrl) && !argv.includes('--dev'))
  problems.push(
    `${baseUrl} is a development address: build for your host first (npm run build -- --base-url https://…), or pass --dev for a development package`,
  );
if (problems.length) {
  console.error(`Not packaged: the app built in ${dist} for ${baseUrl}:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const zip = zipSync(Object.fromEntries(files.map((f) => [f, readFileSync(resolve(dist, f))])), { level: 9 });
writeFileSync(resolve(dist, 'nas-assistant-app.zip'), zip);
console.log(`${resolve(dist, 'nas-assistant-app.zip')} (${zip.length} bytes) for ${baseUrl}: ${files.join(', ')}`);

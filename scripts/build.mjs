// npm run build [-- --base-url https://host.example/nas]: a static site in dist/ with the task pane,
// (and nothing else of the app: no preview),
// the event page and its single-file script (classic Outlook loads it with no imports), icons,
// and both manifests pointing at the base URL (default https://localhost:3000, or NAS_BASE_URL), with
// the hosting configurations for Azure Static Web Apps and IIS (scripts/hosting.mjs).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { buildEventsScript } from './events.mjs';
import { baseUrlFrom, checkBaseUrl, checkTab, checkXmlManifest, option, rebase, root, validateUnified } from './manifests.mjs';
import { checkManifestPair } from './manifestPair.mjs';
import { basePath, hostingFiles } from './hosting.mjs';
import { developmentAddress } from './baseUrl.mjs';

// Griffel's build-time transform runs Babel, which reads NODE_ENV and resolves its configuration from
// the working directory: a production build must not depend on either being set by the caller.
process.env.NODE_ENV = 'production';
process.chdir(root);
const baseUrl = baseUrlFrom(process.argv.slice(2), process.env);
// Older per-sector NAS addresses (careadmin@, pharmacyadmin@ …) instead of helpdesk@nhs.net.
if (process.argv.includes('--sector-addresses')) process.env.VITE_NAS_SECTOR_ADDRESSES = 'true';
const problem = checkBaseUrl(baseUrl);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const dist = resolve(root, option(process.argv.slice(2), '--out-dir') ?? 'dist');

// The product only: the preview (a simulated mailbox that composes nothing real) is never built
// into dist/; `npm run build:preview` builds it on its own into dist-preview/.
delete process.env.NAS_ENTRY;
await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist } });
// The personal tab (Teams, Outlook's app bar, Microsoft 365 app), built on its own.
process.env.NAS_ENTRY = 'tab';
await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: false } });
delete process.env.NAS_ENTRY;
// The send guard's single-file script (scripts/events.mjs).
await buildEventsScript({ root, outDir: dist });

writeFileSync(
  resolve(dist, 'events.html'),
  `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <title>NAS Assistant events</title>
    <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
    <script src="events.js"></script>
  </head>
  <body></body>
</html>
`,
);

const xml = builtXml(readFileSync(resolve(root, 'manifest.xml'), 'utf8'), baseUrl);
const json = JSON.parse(rebase(readFileSync(resolve(root, 'addin/manifest.json'), 'utf8'), baseUrl));
const problems = [...checkXmlManifest(xml, baseUrl), ...validateUnified(json), ...checkTab(json, baseUrl), ...checkManifestPair(xml, json)];
if (problems.length) {
  console.error(`The manifests for ${baseUrl} are not valid:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
writeFileSync(resolve(dist, 'manifest.xml'), xml);
writeFileSync(resolve(dist, 'manifest.json'), `${JSON.stringify(json, null, 2)}\n`);
for (const icon of ['color.png', 'outline.png']) copyFileSync(resolve(root, 'addin', icon), resolve(dist, icon));
// Azure Static Web Apps and IIS read their configuration from the site's root (neither serves it);
// nginx's is included by the server, so it is written apart (npm run hosting).
const hosting = hostingFiles(baseUrl);
for (const name of ['staticwebapp.config.json', 'web.config']) writeFileSync(resolve(dist, name), hosting[name]);
console.log(
  `Built ${dist} for ${baseUrl}: task pane, tab, event page and script, icons, manifest.xml and manifest.json, staticwebapp.config.json and web.config.`,
);
if (basePath(baseUrl) !== '/')
  console.log(`The site is under ${basePath(baseUrl)}: for nginx, run npm run hosting -- --base-url ${baseUrl}.`);

/** The XML manifest for a base URL: every URL moved there, and its header saying what it was built for. */
function builtXml(source, base) {
  const said = /Base URL: https:\/\/localhost:3000, for development\.[\s\S]*?upload that one\./;
  if (!said.test(source))
    throw new Error('manifest.xml: its header no longer says "Base URL: https://localhost:3000, for development. … upload that one."');
  return rebase(
    source.replace(
      said,
      `Built by npm run build for the base URL ${base}${developmentAddress(base) ? ' (a development address, for this machine only)' : ''}: upload this file.`,
    ),
    base,
  );
}

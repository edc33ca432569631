// npm run dev:https: builds for https://localhost:3000 and serves dist/ over HTTPS with a
// certificate from office-addin-dev-certs (generated offline, in ~/.office-addin-dev-certs).
// Trusting its CA is a step on the Windows or Mac machine that sideloads: see docs/deploy.md.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { preview } from 'vite';
import { caCertificatePath, localhostCertificatePath, localhostKeyPath } from 'office-addin-dev-certs/lib/defaults.js';
import { generateCertificates } from 'office-addin-dev-certs/lib/generate.js';
import { root } from './manifests.mjs';
import { contentSecurityPolicy } from './csp.mjs';

if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath)) await generateCertificates();
execFileSync(process.execPath, [resolve(root, 'scripts/build.mjs'), '--base-url', 'https://localhost:3000'], { stdio: 'inherit' });
const server = await preview({
  root,
  configFile: resolve(root, 'vite.config.ts'),
  preview: {
    port: 3000,
    strictPort: true,
    host: 'localhost',
    https: { cert: readFileSync(localhostCertificatePath), key: readFileSync(localhostKeyPath) },
    // The hosting policy (docs/deploy.md): Outlook on the web frames the pane; scripts from itself and Microsoft's CDN only.
    headers: { 'Content-Security-Policy': contentSecurityPolicy },
  },
});
server.printUrls();
console.log(`Sideload ${resolve(root, 'dist/manifest.xml')}. CA certificate to trust on that machine: ${caCertificatePath}`);

// npm run dev:https: builds for https://localhost:3000 and serves dist/ over HTTPS with a
// certificate from office-addin-dev-certs (generated offline, in ~/.office-addin-dev-certs).
// Trusting its CA is a step on the Windows or Mac machine that sideloads: see the README.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { preview } from 'vite';
import { caCertificatePath, localhostCertificatePath, localhostKeyPath } from 'office-addin-dev-certs/lib/defaults.js';
import { generateCertificates } from 'office-addin-dev-certs/lib/generate.js';
import { root } from './manifests.mjs';

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
    // Outlook on the web frames the pane; allow its origins and Microsoft's CDN only.
    headers: {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors https://outlook.office.com https://outlook.office365.com https://outlook.cloud.microsoft https://*.officeapps.live.com",
    },
  },
});
server.printUrls();
console.log(`Sideload ${resolve(root, 'dist/manifest.xml')}. CA certificate to trust on that machine: ${caCertificatePath}`);

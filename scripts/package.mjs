// npm run package: the Microsoft 365 app package (unified manifest + its two icons) for Integrated
// Apps or the Teams admin center. Builds first, so the package points at the same base URL.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync } from 'fflate';
import { root } from './manifests.mjs';

const dist = resolve(root, 'dist');
const files = ['manifest.json', 'color.png', 'outline.png'];
for (const f of files) if (!existsSync(resolve(dist, f))) throw new Error(`dist/${f} is missing: run npm run build first`);
const zip = zipSync(Object.fromEntries(files.map((f) => [f, readFileSync(resolve(dist, f))])), { level: 9 });
writeFileSync(resolve(dist, 'nas-assistant-app.zip'), zip);
console.log(`dist/nas-assistant-app.zip (${zip.length} bytes): ${files.join(', ')}`);

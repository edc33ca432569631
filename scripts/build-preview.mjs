// npm run build:preview: the preview page (the real pane on a simulated mailbox, for demos and the
// browser tests) as its own static site in dist-preview/. Never part of the production dist/.
import { resolve } from 'node:path';
import { build } from 'vite';
import { option, root } from './manifests.mjs';

process.env.NODE_ENV = 'production';
process.chdir(root);
const out = resolve(root, option(process.argv.slice(2), '--out-dir') ?? 'dist-preview');
process.env.NAS_ENTRY = 'preview';
await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
console.log(`Built the preview in ${out} (index.html). Not for production hosting.`);

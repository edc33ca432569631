// Serves the built sites for the browser tests (npm test builds them first): the preview from
// dist-preview/ (baseUrl) and the production pane from dist/ (distUrl), the latter with the
// Content-Security-Policy header of docs/deploy.md, as a host would.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distUrl: string;
    /** dist/ without the CSP header: for tests about something else that frame the page from here. */
    distPlainUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/taskpane.html')))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  if (!existsSync(resolve(root, 'dist-preview/index.html')))
    throw new Error('dist-preview/ is missing: run `npm run build:preview` before the browser tests (npm test does).');
  const serve = async (outDir: string, headers: Record<string, string> = {}) => {
    const server = await preview({
      root,
      configFile: resolve(root, 'vite.config.ts'),
      build: { outDir: resolve(root, outDir) },
      preview: { port: 0, host: '127.0.0.1', strictPort: false, headers },
      logLevel: 'silent',
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('Preview server has no port');
    return { server, url: `http://127.0.0.1:${address.port}` };
  };
  const previewSite = await serve('dist-preview');
  const product = await serve('dist', { 'Content-Security-Policy': contentSecurityPolicy });
  const plain = await serve('dist');
  project.provide('baseUrl', previewSite.url);
  project.provide('distUrl', product.url);
  project.provide('distPlainUrl', plain.url);
  return async () => {
    await previewSite.server.close();
    await product.server.close();
    await plain.server.close();
  };
}

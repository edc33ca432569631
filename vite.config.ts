import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

import { resolve } from 'node:path';

export default defineConfig({
  root: 'src',
  base: './',
  publicDir: resolve(import.meta.dirname, 'assets'),
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: { preview: resolve(import.meta.dirname, 'src/index.html'), taskpane: resolve(import.meta.dirname, 'src/taskpane.html') },
    },
  },
  test: {
    root: import.meta.dirname,
    projects: [
      { extends: true, test: { name: 'domain', include: ['src/domain/**/*.test.ts', 'test/manifest/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'ui', include: ['src/office/**/*.test.ts', 'src/events/**/*.test.ts', 'src/ui/**/*.test.{ts,tsx}'], environment: 'jsdom', setupFiles: ['test/setup/dom.ts'] } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], environment: 'node', globalSetup: ['test/browser/serve.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/domain/index.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { 'src/domain/**/*.ts': { lines: 90 } },
    },
  },
});

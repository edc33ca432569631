import { defineConfig, type ViteUserConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import griffel from '@griffel/vite-plugin';

import { resolve } from 'node:path';
import type { PluginOption } from 'vite';

export default defineConfig(({ command, mode }): ViteUserConfig => ({
  root: 'src',
  base: './',
  publicDir: resolve(import.meta.dirname, 'assets'),
  // Griffel's ahead-of-time transform for production builds: styles are resolved at build time, so
  // start-up does not compute CSS (nor ship the CSS-in-JS compiler).
  // Its evaluator parses the modules a style object is imported from; without the TypeScript preset a
  // `.ts` module met before Vite has transformed it (an `as const`) fails to parse, depending on order.
  plugins: [
    react(),
    command === 'build' && mode !== 'test' && (griffel({ babelOptions: { presets: ['@babel/preset-typescript'] } }) as PluginOption),
  ],
  build: {
    // The preview never builds into the production dist/ (npm run build:preview → dist-preview/).
    outDir: resolve(import.meta.dirname, process.env.NAS_ENTRY === 'preview' ? 'dist-preview' : 'dist'),
    emptyOutDir: true,
    // The task pane is built on its own (NAS_ENTRY=preview builds the preview page), so the chunks
    // it loads are not split up by modules it shares with the preview.
    rollupOptions: {
      input:
        process.env.NAS_ENTRY === 'preview'
          ? { preview: resolve(import.meta.dirname, 'src/index.html') }
          : process.env.NAS_ENTRY === 'tab'
            ? { tab: resolve(import.meta.dirname, 'src/tab.html') } // the Teams tab: the only page with TeamsJS
            : { taskpane: resolve(import.meta.dirname, 'src/taskpane.html') },
    },
  },
  test: {
    root: import.meta.dirname,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/domain/**/*.test.ts', 'test/manifest/**/*.test.ts', 'test/scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          include: ['src/office/**/*.test.ts', 'src/events/**/*.test.ts', 'src/ui/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup/dom.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
    // Coverage over all of src/ (run with `--coverage`), with a floor per folder. Entry points and
    // type declarations are not product code (test support lives in test/support/).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.{ts,tsx}', 'src/**/main.tsx', 'src/events/main.ts', 'src/vite-env.d.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        'src/domain/**': { statements: 97, branches: 92, functions: 98, lines: 98 },
        'src/office/**': { statements: 93, branches: 89, functions: 91, lines: 94 },
        'src/events/**': { statements: 90, branches: 82, functions: 90, lines: 92 },
        'src/ui/**': { statements: 90, branches: 84, functions: 87, lines: 92 },
        // The preview page is exercised by the browser tests, which coverage does not see.
        'src/preview/**': { statements: 0, branches: 0, functions: 0, lines: 0 },
      },
    },
  },
}));

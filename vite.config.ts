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
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/domain/index.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { 'src/domain/**/*.ts': { lines: 90 } },
    },
  },
});

// The unit and component projects only, for StrykerJS (`npm run mutate`): the browser project needs
// a built pane and Chromium, and its tests do not import the code they exercise. The manifest and
// events.js checks (test/manifest) are left out too: they bundle src/events with esbuild, and a
// bundle of Stryker's instrumented code is not the script Outlook loads.
// The component tests (src/ui/**/*.test.tsx, each rendering the pane) are left out too, unless
// NAS_MUTATE_TESTS=full (`npm run mutate:full`): a survivor is re-run against every test that covers
// it, and a survivor in code the pane runs is covered by dozens of them, so a full run re-testing 433
// mutants was on course for five hours on a 2-core machine. The pane's decision modules keep their
// own unit tests (src/ui/**/*.test.ts).
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import base from './vite.config';

export default defineConfig((env): ViteUserConfig => {
  const config = base(env);
  type Project = { test?: { name?: string; exclude?: string[]; setupFiles?: string[] } };
  const projects = (config.test?.projects ?? []) as Project[];
  const full = process.env.NAS_MUTATE_TESTS === 'full';
  const left = ['test/manifest/**', 'node_modules/**', ...(full ? [] : ['src/ui/**/*.test.tsx'])];
  // The jsdom project first loads what the pane loads lazily (see the file).
  const preload = (p: Project) =>
    p.test?.name === 'jsdom' ? { setupFiles: [...(p.test.setupFiles ?? []), 'test/setup/mutatePreload.ts'] } : {};
  const kept = projects
    .filter((p) => p.test?.name !== 'browser')
    .map((p) => ({ ...p, test: { ...p.test, exclude: [...(p.test?.exclude ?? []), ...left], ...preload(p) } }));
  return { ...config, test: { ...config.test, projects: kept, coverage: { enabled: false } } };
});

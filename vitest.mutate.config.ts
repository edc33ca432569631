// The unit and component projects only, for StrykerJS (`npm run mutate`): the browser project needs
// a built pane and Chromium, and its tests do not import the code they exercise. The manifest and
// events.js checks (test/manifest) are left out too: they bundle src/events with esbuild, and a
// bundle of Stryker's instrumented code is not the script Outlook loads.
// NAS_MUTATE_TESTS=unit (`npm run mutate:unit`) leaves out the component tests (src/ui) as well: a
// quick first pass whose kills a later full run reuses, re-testing only what they left alive.
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import base from './vite.config';

export default defineConfig((env): ViteUserConfig => {
  const config = base(env);
  type Project = { test?: { name?: string; exclude?: string[]; setupFiles?: string[] } };
  const projects = (config.test?.projects ?? []) as Project[];
  const unitOnly = process.env.NAS_MUTATE_TESTS === 'unit';
  const left = ['test/manifest/**', 'node_modules/**', ...(unitOnly ? ['src/ui/**'] : [])];
  // With the component tests, their jsdom project first loads what the pane loads lazily (see the file).
  const preload = (p: Project) =>
    !unitOnly && p.test?.name === 'jsdom' ? { setupFiles: [...(p.test.setupFiles ?? []), 'test/setup/mutatePreload.ts'] } : {};
  const kept = projects
    .filter((p) => p.test?.name !== 'browser')
    .map((p) => ({ ...p, test: { ...p.test, exclude: [...(p.test?.exclude ?? []), ...left], ...preload(p) } }));
  return { ...config, test: { ...config.test, projects: kept, coverage: { enabled: false } } };
});

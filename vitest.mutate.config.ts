// The unit and component projects only, for StrykerJS (`npm run mutate`): the browser project needs
// a built pane and Chromium, and its tests do not import the code they exercise. The manifest and
// events.js checks (test/manifest) are left out too: they bundle src/events with esbuild, and a
// bundle of Stryker's instrumented code is not the script Outlook loads.
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import base from './vite.config';

export default defineConfig((env): ViteUserConfig => {
  const config = base(env);
  const projects = (config.test?.projects ?? []) as { test?: { name?: string; exclude?: string[] } }[];
  const kept = projects
    .filter((p) => p.test?.name !== 'browser')
    .map((p) => ({ ...p, test: { ...p.test, exclude: [...(p.test?.exclude ?? []), 'test/manifest/**', 'node_modules/**'] } }));
  return { ...config, test: { ...config.test, projects: kept, coverage: { enabled: false } } };
});

// The unit and component projects only, for StrykerJS (`npm run mutate`): the browser project needs
// a built pane and Chromium, and its tests do not import the code they exercise.
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import base from './vite.config';

export default defineConfig((env): ViteUserConfig => {
  const config = (base as (e: typeof env) => ViteUserConfig)(env);
  const projects = (config.test?.projects ?? []) as { test?: { name?: string } }[];
  return { ...config, test: { ...config.test, projects: projects.filter((p) => p.test?.name !== 'browser') as never, coverage: { enabled: false } } };
});

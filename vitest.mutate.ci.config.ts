// For `npm run mutate:ci` (the CI mutation step): the domain project's tests (without test/manifest,
// which bundles src/events with esbuild) and the send guard's handler tests (src/events, and its Office adapter src/office/sendGuardOffice, jsdom).
// No component tests: they are slow per mutant, and the files the CI step mutates are pure domain
// code and the OnMessageSend handler, which the tests kept here exercise directly.
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import base from './vite.config';

export default defineConfig((env): ViteUserConfig => {
  const config = base(env);
  const projects = (config.test?.projects ?? []) as { test?: { name?: string; include?: string[]; exclude?: string[] } }[];
  const domain = projects.find((p) => p.test?.name === 'domain');
  const ui = projects.find((p) => p.test?.name === 'ui');
  if (!domain || !ui) throw new Error('vite.config.ts: the domain and ui test projects are expected');
  const kept = [
    { ...domain, test: { ...domain.test, exclude: [...(domain.test?.exclude ?? []), 'test/manifest/**', 'node_modules/**'] } },
    { ...ui, test: { ...ui.test, name: 'events', include: ['src/events/**/*.test.ts', 'src/office/sendGuardOffice*.test.ts'] } },
  ];
  return { ...config, test: { ...config.test, projects: kept, coverage: { enabled: false } } };
});

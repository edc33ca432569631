// events.js: the send guard as one self-contained classic script. Classic Outlook on Windows loads it
// directly in a JavaScript-only runtime; web, new Outlook and Mac load events.html, which loads it.
// The send event is declared for Mailbox 1.14+ (classic 2404+), and the script is still written in
// ES2016, the oldest any classic runtime has had. The guard's catalogue data is evaluated here and
// written in as a literal, so no catalogue or validation code ships in the handler.
import { resolve } from 'node:path';
import { build, runnerImport } from 'vite';

/** acorn's ecmaVersion for the same language level (test/manifest/eventsScript.test.ts parses with it). */
export const eventsEcmaVersion = 2016;
export const eventsTarget = `es${eventsEcmaVersion}`;

export async function buildEventsScript({ root, outDir }) {
  const { module: guard } = await runnerImport(resolve(root, 'src/events/guardData.ts'), { configFile: false, root, logLevel: 'warn' });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { __NAS_GUARD_DATA__: JSON.stringify(guard.guardData) },
    build: {
      outDir,
      emptyOutDir: false,
      target: eventsTarget,
      lib: { entry: resolve(root, 'src/events/main.ts'), formats: ['iife'], name: 'NasAssistantEvents', fileName: () => 'events.js' },
    },
  });
  return resolve(outDir, 'events.js');
}

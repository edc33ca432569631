// The import graph of src/: no cycles (type-only imports included), and src/ui's folders are its code
// chunks, so a file's folder says when it loads:
//   ui/shell/        the first bundle: everything the entries load before the first paint
//   ui/lazy/         the screens chunk (lazy/lazyScreens.ts, loaded by one import() in shell/useLazyScreens.ts)
//   ui/diagnostics/  the diagnostics chunk;  ui/themes/  the dark and high-contrast themes;
//   ui/outside/      the pages shown outside Outlook and Teams
// The screens chunk never calls back through its loader: that loop is how the first bundle and the
// chunk came to depend on each other.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isTest = (f: string) => /\.test\.tsx?$/.test(f) || f.endsWith('/testing.tsx');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__golden__' ? [] : files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}
const modules = files(src)
  .filter((f) => !isTest(f))
  .map((f) => relative(src, f));
const known = new Set(modules);
function target(from: string, spec: string): string | undefined {
  const base = relative(src, resolve(src, dirname(from), spec));
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => known.has(c));
}
/**
 * Per module: every import the type checker follows (`import`, `export … from`, `import type`, and
 * `typeof import('…')`), the ones that load code (type-only left out), and the `import()` calls.
 */
const edges = new Map(
  modules.map((m) => {
    const text = readFileSync(join(src, m), 'utf8');
    const spec = (re: RegExp, keep: (x: RegExpMatchArray) => boolean = () => true) => [
      ...new Set(
        [...text.matchAll(re)]
          .filter(keep)
          .map((x) => target(m, x.at(-1)!))
          .filter((t): t is string => t !== undefined),
      ),
    ];
    const declared = /^\s*(?:(import|export)\s+(type\s+)?[^'"]*?from\s+|import\s+)'(\.[^']+)'/gm;
    return [
      m,
      {
        all: [...spec(declared), ...spec(/typeof import\(\s*'(\.[^']+)'\s*\)/g)],
        loads: spec(declared, (x) => !x[2]),
        dynamic: spec(/(?<!typeof )import\(\s*'(\.[^']+)'\s*\)/g),
      },
    ];
  }),
);
function reach(starts: string[], follow: (m: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...starts];
  while (todo.length) {
    const m = todo.pop()!;
    if (seen.has(m)) continue;
    seen.add(m);
    todo.push(...follow(m));
  }
  return seen;
}
const staticOf = (m: string) => edges.get(m)?.loads ?? [];
const allOf = (m: string) => edges.get(m)?.all ?? [];

describe('the import graph of src/', () => {
  test('the scan sees the code (sanity)', () => {
    expect(modules.length).toBeGreaterThan(150);
    expect(staticOf('ui/shell/App.tsx').length).toBeGreaterThan(10);
    expect(edges.get('ui/shell/useLazyScreens.ts')?.dynamic).toEqual(['ui/lazy/lazyScreens.ts']);
  });

  test('has no cycle, type-only imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (m: string) => {
      state.set(m, 'open');
      path.push(m);
      for (const t of allOf(m)) {
        if (state.get(t) === 'open') cycles.push([...path.slice(path.indexOf(t)), t].join(' → '));
        else if (!state.has(t)) visit(t);
      }
      path.pop();
      state.set(m, 'done');
    };
    modules.forEach((m) => state.has(m) || visit(m));
    expect(cycles).toEqual([]);
  });

  const lazy = reach(['ui/lazy/lazyScreens.ts'], staticOf);

  test('nothing the screens chunk loads imports the loader (shell/useLazyScreens.ts)', () => {
    expect(lazy.size).toBeGreaterThan(30);
    expect([...lazy].filter((m) => staticOf(m).includes('ui/shell/useLazyScreens.ts'))).toEqual([]);
  });

  const chunks = {
    shell: ['taskpane/main.tsx', 'tab/main.tsx'],
    lazy: ['ui/lazy/lazyScreens.ts'],
    diagnostics: ['ui/diagnostics/Diagnostics.tsx'],
    themes: ['ui/themes/darkTheme.ts', 'ui/themes/contrastTheme.ts'],
    outside: ['ui/outside/OutsideOutlook.tsx', 'ui/outside/OutsideTeams.tsx'],
  };
  const folderOf = (m: string) => /^ui\/([^/]+)\//.exec(m)?.[1];

  test('the chunks (screens, diagnostics, themes, the outside pages) are loaded only by import()', () => {
    const roots = Object.values(chunks)
      .flat()
      .filter((m) => m.startsWith('ui/'));
    expect(modules.filter((m) => staticOf(m).some((t) => roots.includes(t)))).toEqual([]);
    expect(roots.filter((c) => !modules.some((m) => edges.get(m)?.dynamic.includes(c)))).toEqual([]);
  });

  test('every file in src/ui sits in the folder of the chunk that loads it', () => {
    const ui = modules.filter((m) => m.startsWith('ui/'));
    expect(ui.filter((m) => !(folderOf(m)! in chunks))).toEqual([]);
    const first = reach(chunks.shell, staticOf);
    // The first bundle is exactly shell/: nothing else loads before the first paint, and nothing in
    // shell/ waits for a chunk.
    expect(ui.filter((m) => first.has(m) !== (folderOf(m) === 'shell'))).toEqual([]);
    for (const [folder, roots] of Object.entries(chunks).filter(([f]) => f !== 'shell')) {
      // Types count here: a type-only module sits with the code that uses it.
      const loaded = reach(roots, allOf);
      expect(
        ui.filter((m) => folderOf(m) === folder && !loaded.has(m)),
        `${folder}/ files its chunk never loads`,
      ).toEqual([]);
    }
  });

  test('a chunk loads code only from itself and the first bundle (diagnostics also reads the draft store)', () => {
    const allowed = (from: string, to: string) =>
      folderOf(to) === undefined ||
      folderOf(to) === 'shell' ||
      folderOf(to) === folderOf(from) ||
      (folderOf(from) === 'diagnostics' && to.startsWith('ui/lazy/drafts/'));
    const crossings = modules
      .filter((m) => m.startsWith('ui/'))
      .flatMap((m) =>
        staticOf(m)
          .filter((t) => !allowed(m, t))
          .map((t) => `${m} → ${t}`),
      );
    expect(crossings).toEqual([]);
  });
});

// The import graph of src/: no cycles (type-only imports included), and the pane's code chunks stay
// apart. The screens chunk (lazyScreens.ts, loaded by one import() in useLazyScreens.ts) never calls
// back through its loader: that loop is how the first bundle and the chunk came to depend on each
// other. Diagnostics and the dark and high-contrast themes are chunks of their own.

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
    expect(staticOf('ui/App.tsx').length).toBeGreaterThan(10);
    expect(edges.get('ui/useLazyScreens.ts')?.dynamic).toEqual(['ui/lazyScreens.ts']);
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

  const lazy = reach(['ui/lazyScreens.ts'], staticOf);

  test('nothing the screens chunk loads imports the loader (useLazyScreens.ts)', () => {
    expect(lazy.size).toBeGreaterThan(30);
    expect([...lazy].filter((m) => staticOf(m).includes('ui/useLazyScreens.ts'))).toEqual([]);
  });

  test('the screens chunk, diagnostics and the dark and high-contrast themes are loaded only by import()', () => {
    const chunks = ['ui/lazyScreens.ts', 'ui/Diagnostics.tsx', 'ui/darkTheme.ts', 'ui/contrastTheme.ts'];
    expect(modules.filter((m) => staticOf(m).some((t) => chunks.includes(t)))).toEqual([]);
    expect(chunks.filter((c) => !modules.some((m) => edges.get(m)?.dynamic.includes(c)))).toEqual([]);
  });
});

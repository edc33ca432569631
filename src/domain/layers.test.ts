// docs/architecture.md, "How it is built", says what may import what. This test holds the code to it (the
// ESLint boundary rules say the same at edit time).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
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

interface Import {
  from: string;
  /** The target relative to src/ (`office/host`), or the package name. */
  to: string;
  typeOnly: boolean;
}

const sources = files(src).filter((f) => !isTest(f));
const imports: Import[] = sources.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)].map((m) => ({
    from: relative(src, file),
    to: m[2]!.startsWith('.') ? relative(src, resolve(dirname(file), m[2]!)) : m[2]!,
    typeOnly: Boolean(m[1]),
  }));
});
/** The host implementations (the entries pick one); `host.ts` is the interface everyone may use. */
const implementation = /^office\/(office(Host|Ready)|teams\w*|fakeTeams|memoryHost|scenario)$/;
const under = (folder: string) => (i: Import) => i.from.startsWith(`${folder}/`);
/** Code without comments and string literals, to look for the `Office` global. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
const usesOffice = (file: string) => /(?<![\w.])Office\s*\./.test(code(file));

describe('what may import what', () => {
  test('the scan sees the code (sanity)', () => {
    expect(imports.filter(under('ui')).length).toBeGreaterThan(20);
    expect(usesOffice(join(src, 'office/officeHost.ts'))).toBe(true);
  });

  test('domain imports only domain (and zod)', () => {
    const bad = imports.filter(under('domain')).filter((i) => !(i.to.startsWith('domain/') || i.to === 'zod'));
    expect(bad).toEqual([]);
  });

  test('ui imports domain and the Host interface, never the Office or memory hosts, and never uses Office', () => {
    // The implementations (officeHost, officeReady, teams*, fakeTeams, memoryHost, scenario); their types are fine.
    const bad = imports.filter(under('ui')).filter((i) => implementation.test(i.to) && !i.typeOnly);
    expect(bad).toEqual([]);
    expect(imports.filter(under('ui')).filter((i) => /^(events|taskpane|preview)\//.test(i.to))).toEqual([]);
    expect(sources.filter((f) => relative(src, f).startsWith('ui/')).filter(usesOffice)).toEqual([]);
  });

  test("office imports the domain, never the UI, the event handlers or an entry (the send guard's shared keys live in the domain)", () => {
    expect(imports.filter(under('office')).filter((i) => /^(ui|events|taskpane|preview)\//.test(i.to))).toEqual([]);
  });

  test('events imports the domain and the office helpers, never the UI or a host', () => {
    const bad = imports
      .filter(under('events'))
      .filter(
        (i) => /^(ui|taskpane|tab|preview)\//.test(i.to) || /^office\/(officeHost|teams\w*|fakeTeams|memoryHost|scenario)$/.test(i.to),
      );
    expect(bad).toEqual([]);
  });

  test('only src/office touches Office: the send-time handler in src/events goes through its adapter', () => {
    const touching = sources.filter(usesOffice).map((f) => relative(src, f).split('/')[0]);
    expect([...new Set(touching)].sort()).toEqual(['office']);
    // Nor by another route: a local `declare const Office`, `typeof Office`, or Office's types.
    const named = sources.filter((f) =>
      /\btypeof\s+(Office|OfficeRuntime|Outlook)\b|\bdeclare\s+(const|let|var)\s+(Office|OfficeRuntime|Outlook)\b/.test(code(f)),
    );
    expect([...new Set(named.map((f) => relative(src, f).split('/')[0]))]).toEqual(['office']);
  });

  test('the entries choose the host: only they import the Office.js, Teams or in-memory host', () => {
    const hosts = imports.filter((i) => implementation.test(i.to) && !i.typeOnly && !i.from.startsWith('office/'));
    expect(hosts.length).toBeGreaterThan(3);
    for (const i of hosts) expect(i.from, `${i.from} → ${i.to}`).toMatch(/^(taskpane|tab|preview)\//);
    // TeamsJS itself is loaded by one module, which only the tab's entry imports.
    expect(imports.filter((i) => i.to.startsWith('@microsoft/teams-js')).map((i) => i.from)).toEqual(['office/teamsJs.ts']);
    // …by import() after the tab's first paint, never statically.
    expect(imports.filter((i) => i.to === 'office/teamsJs')).toEqual([]);
    const dynamic = sources.filter((f) => /import\(\s*'[./]*office\/teamsJs'\s*\)/.test(readFileSync(f, 'utf8')));
    expect(dynamic.map((f) => relative(src, f))).toEqual(['tab/main.tsx']);
  });
});

describe("docs/architecture.md's tree ('How it is built') is the tree as it is", () => {
  const readme = readFileSync(resolve(src, '../docs/architecture.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## How it is built'));
  const tree = section.slice(section.indexOf('```') + 3, section.indexOf('```', section.indexOf('```') + 3));
  const all = files(src).map((f) => relative(src, f));

  test('every file it names exists under src/', () => {
    const named = [...tree.matchAll(/(?:^|\s|\/)([\w.]+\.(?:tsx?|html))\b/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(40);
    const html = readdirSync(src).filter((f) => f.endsWith('.html'));
    const missing = named.filter((n) => !html.includes(n) && !all.some((f) => f.endsWith(`/${n}`) || f === n));
    expect(missing).toEqual([]);
  });

  test('every folder under src/ (and under domain, office, ui) is in it', () => {
    const folders = (dir: string) => readdirSync(join(src, dir)).filter((n) => statSync(join(src, dir, n)).isDirectory());
    const expected = [...folders('.'), ...['domain', 'office', 'ui'].flatMap((d) => folders(d))];
    const missing = expected.filter((name) => !new RegExp(`(^|\\s)${name}/`, 'm').test(tree));
    expect(missing).toEqual([]);
  });

  test('every module in src/office (not tests) is named: the host layer is small enough to list whole', () => {
    const office = all.filter((f) => f.startsWith('office/') && !isTest(f)).map((f) => f.slice('office/'.length));
    expect(office.filter((n) => !tree.includes(n))).toEqual([]);
  });
});

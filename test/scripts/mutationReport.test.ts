// The committed incremental mutation report (scripts/mutation-report.mjs): what Stryker's differ
// reads survives the round trip, the text is deterministic, and moved code changes two lines.
import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changedShare, compact, expand, followRenames, renamesFromGit, testId, writeStrykerInput } from '../../scripts/mutation-report.mjs';

type At = [number, number, number, number];
type Mutant = {
  id: string;
  mutatorName: string;
  replacement: string;
  status: string;
  location: At;
  killedBy?: string[];
  coveredBy?: string[];
  static?: boolean;
};
const where = ([sl, sc, el, ec]: At) => ({ start: { line: sl, column: sc }, end: { line: el, column: ec } });

function report(mutants: Mutant[], tests: [id: string, name: string][], source = 'const a = 1;\nconst b = a > 0;\n') {
  return {
    schemaVersion: '1.0',
    thresholds: { high: 95, low: 90, break: 90 },
    projectRoot: '/somewhere/on/one/machine',
    config: { big: 'blob' },
    files: {
      'src/b.ts': { language: 'typescript', source: 'export {};\n', mutants: [] },
      'src/a.ts': {
        language: 'typescript',
        source,
        mutants: mutants.map((m) => ({
          static: false,
          statusReason: `reason ${m.id}`,
          testsCompleted: 3,
          ...m,
          location: where(m.location),
        })),
      },
    },
    testFiles: { 'src/a.test.ts': { source: "test('one')\ntest('two')\n", tests: tests.map(([id, name]) => ({ id, name })) } },
  };
}

const base = report(
  [
    {
      id: '0',
      mutatorName: 'BooleanLiteral',
      replacement: 'false',
      status: 'Killed',
      location: [2, 11, 2, 16],
      coveredBy: ['0', '1'],
      killedBy: ['1'],
    },
    { id: '1', mutatorName: 'NumericLiteral', replacement: '0', status: 'Survived', location: [1, 11, 1, 12], coveredBy: ['0'] },
    { id: '2', mutatorName: 'EqualityOperator', replacement: 'a >= 0', status: 'NoCoverage', location: [2, 11, 2, 16] },
    { id: '3', mutatorName: 'ArrayDeclaration', replacement: '[]', status: 'Ignored', location: [1, 1, 1, 2], static: true },
  ],
  [
    ['0', 'one'],
    ['1', 'two'],
  ],
);

describe('the compact mutation report', () => {
  test('keeps what the incremental differ reads: sources, mutants with locations and statuses, tests by file and name', () => {
    const back = expand(compact(base));
    expect(Object.keys(back.files).sort()).toEqual(['src/a.ts', 'src/b.ts']);
    const a = back.files['src/a.ts'];
    expect(a.source).toBe(base.files['src/a.ts'].source);
    const names = new Map(back.testFiles['src/a.test.ts'].tests.map((t: { id: string; name: string }) => [t.id, t.name]));
    const seen = a.mutants.map((m: Mutant & { location: ReturnType<typeof where> }) => ({
      key: `${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName}: ${m.replacement}`,
      status: m.status,
      static: m.static,
      killedBy: m.killedBy?.map((id) => names.get(id)),
      coveredBy: m.coveredBy?.map((id) => names.get(id)),
    }));
    expect(seen).toEqual([
      { key: '1:1-1:2 ArrayDeclaration: []', status: 'Ignored', static: true, killedBy: undefined, coveredBy: [] },
      { key: '1:11-1:12 NumericLiteral: 0', status: 'Survived', static: false, killedBy: undefined, coveredBy: ['one'] },
      // A killed mutant keeps the test that killed it: Stryker reuses it while that test is unchanged.
      { key: '2:11-2:16 BooleanLiteral: false', status: 'Killed', static: false, killedBy: ['two'], coveredBy: ['two'] },
      { key: '2:11-2:16 EqualityOperator: a >= 0', status: 'NoCoverage', static: false, killedBy: undefined, coveredBy: [] },
    ]);
    expect(back.testFiles['src/a.test.ts'].source).toBe("test('one')\ntest('two')\n");
    expect(back.schemaVersion).toBe('1.0');
  });

  test('is the same text whatever ids and order a run gave (ids are hashes of file and name)', () => {
    const renumbered = structuredClone(base);
    const a = renumbered.files['src/a.ts'];
    a.mutants.reverse().forEach((m, i) => {
      m.id = String(100 + i);
      m.coveredBy = m.coveredBy?.map((id) => (id === '0' ? '7' : '9'));
      m.killedBy = m.killedBy?.map((id) => (id === '0' ? '7' : '9'));
      m.statusReason = 'another run said something else';
    });
    renumbered.testFiles['src/a.test.ts'].tests = [
      { id: '9', name: 'two' },
      { id: '7', name: 'one' },
    ];
    renumbered.projectRoot = '/another/machine';
    expect(compact(renumbered)).toBe(compact(base));
    expect(compact(expand(compact(base)))).toBe(compact(base));
    expect(compact(base)).toContain(`"test":"${testId('src/a.test.ts', 'one')}"`);
    expect(compact(base)).not.toContain('/somewhere/on/one/machine');
    expect(compact(base)).not.toContain('reason 0');
  });

  test('code moved down by a line changes two lines of the report (the source and the locations), not one per mutant', () => {
    const moved = structuredClone(base);
    const a = moved.files['src/a.ts'];
    a.source = `// a comment\n${a.source}`;
    for (const m of a.mutants) {
      m.location.start.line++;
      m.location.end.line++;
    }
    const before = compact(base).split('\n');
    const after = compact(moved).split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, i) => line !== before[i]).map((l) => Object.keys(JSON.parse(l)).join())).toEqual([
      'file,language,source',
      'file,locations',
    ]);
  });

  test('starts with a line that says it is generated, and refuses text without it or with a mutant short of a location', () => {
    const text = compact(base);
    expect(JSON.parse(text.split('\n')[0]!).generated).toMatch(/^Generated by scripts\/mutation-report\.mjs/);
    expect(() => expand(text.split('\n').slice(1).join('\n'))).toThrow('no header line');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('"locations"') && l.includes('src/a.ts'));
    lines[at] = JSON.stringify({ file: 'src/a.ts', locations: '1:1-1:2' });
    expect(() => expand(lines.join('\n'))).toThrow('mutant without a file or location');
  });
});

describe("the report's share of a change", () => {
  test('counts lines removed and added, not lines that moved', () => {
    expect(changedShare('a\nb\nc\nd', 'a\nb\nc\nd')).toEqual({ changed: 0, lines: 4, share: 0 });
    expect(changedShare('a\nb\nc\nd', 'd\nc\nb\na')).toEqual({ changed: 0, lines: 4, share: 0 });
    expect(changedShare('a\nb\nc\nd', 'a\nB\nc\nd')).toEqual({ changed: 2, lines: 4, share: 0.5 });
    expect(changedShare('a\nb\nb\nc', 'a\nb\nc\nd\ne')).toEqual({ changed: 3, lines: 5, share: 0.6 });
  });

  test('code moved down by a line rewrites two report lines: two out, two in', () => {
    const moved = structuredClone(base);
    moved.files['src/a.ts'].source = `// a comment\n${moved.files['src/a.ts'].source}`;
    for (const m of moved.files['src/a.ts'].mutants) {
      m.location.start.line++;
      m.location.end.line++;
    }
    expect(changedShare(compact(base), compact(moved)).changed).toBe(4);
  });
});

describe("writing Stryker's input", () => {
  // CI failed on a clean clone: reports/mutation/ is ignored by git, so it did not exist.
  test('creates the folder Stryker reads from on a clean clone, and writes the expanded report there', () => {
    const root = mkdtempSync(join(tmpdir(), 'mutation-input-'));
    const committed = join(root, 'stryker-incremental.jsonl');
    const stryker = join(root, 'mutation', 'deeper', 'stryker-incremental.json');
    writeFileSync(committed, compact(base));
    expect(writeStrykerInput(committed, stryker)).toBe(true);
    expect(compact(JSON.parse(readFileSync(stryker, 'utf8')))).toBe(compact(base));
  });

  test('with no committed report, still creates the folder and says every mutant runs', () => {
    const root = mkdtempSync(join(tmpdir(), 'mutation-input-'));
    const stryker = join(root, 'mutation', 'stryker-incremental.json');
    expect(writeStrykerInput(join(root, 'absent.jsonl'), stryker)).toBe(false);
    expect(existsSync(join(root, 'mutation'))).toBe(true);
    expect(existsSync(stryker)).toBe(false);
  });
});

describe('following renames', () => {
  test('a moved test file keeps its tests, under its new path, and the mutants they killed keep them', () => {
    const renames = renamesFromGit('M\tsrc/x.ts\nR100\tsrc/a.test.ts\tsrc/lazy/a.test.ts\nR087\tsrc/a.ts\tsrc/lazy/a.ts\n');
    expect([...renames]).toEqual([
      ['src/a.test.ts', 'src/lazy/a.test.ts'],
      ['src/a.ts', 'src/lazy/a.ts'],
    ]);
    const moved = expand(compact(followRenames(base, renames)));
    expect(Object.keys(moved.testFiles)).toEqual(['src/lazy/a.test.ts']);
    expect(Object.keys(moved.files).sort()).toEqual(['src/b.ts', 'src/lazy/a.ts']);
    const names = new Map(moved.testFiles['src/lazy/a.test.ts'].tests.map((t: { id: string; name: string }) => [t.id, t.name]));
    const killed = moved.files['src/lazy/a.ts'].mutants.find((m: Mutant) => m.status === 'Killed');
    expect(killed.killedBy.map((id: string) => names.get(id))).toEqual(['two']);
    expect(compact(followRenames(base, new Map()))).toBe(compact(base));
  });
});

// Folding a forced re-run of some files into the committed incremental report
// (scripts/merge-mutation-reports.mjs).
import { describe, expect, test } from 'vitest';
import { mergeReports } from '../../scripts/merge-mutation-reports.mjs';

type Mutant = { id: string; status: string; coveredBy?: string[]; killedBy?: string[] };
const report = (files: Record<string, Mutant[]>, tests: Record<string, [id: string, name: string][]>, extra = {}) => ({
  schemaVersion: '2',
  ...extra,
  files: Object.fromEntries(Object.entries(files).map(([f, mutants]) => [f, { language: 'typescript', source: '', mutants }])),
  testFiles: Object.fromEntries(
    Object.entries(tests).map(([f, list]) => [f, { source: '', tests: list.map(([id, name]) => ({ id, name })) }]),
  ),
});

describe('mergeReports', () => {
  const whole = report(
    {
      'src/a.ts': [{ id: '1', status: 'Survived', coveredBy: ['0', '1'] }],
      'src/b.ts': [{ id: '2', status: 'Killed', coveredBy: ['1'], killedBy: ['1'] }],
    },
    { 'src/a.test.ts': [['0', 'a works']], 'src/b.test.ts': [['1', 'b works']] },
    { thresholds: { high: 95, low: 90 } },
  );
  // A forced re-run of a.ts alone: its own numbering, a test the whole report also has, and a new one.
  const piece = report(
    { 'src/a.ts': [{ id: '1', status: 'Killed', coveredBy: ['0', '5'], killedBy: ['5'] }] },
    { 'src/b.test.ts': [['0', 'b works']], 'src/a.test.ts': [['5', 'a works again']] },
    { thresholds: { high: 80, low: 60 } },
  );
  const merged = mergeReports([whole, piece]);

  test('a file in the later report replaces the earlier verdicts; the others are kept', () => {
    expect(merged.files['src/a.ts']!.mutants.map((m: Mutant) => m.status)).toEqual(['Killed']);
    expect(merged.files['src/b.ts']!.mutants.map((m: Mutant) => m.status)).toEqual(['Killed']);
  });

  test('tests are renumbered by file and name, so each id means one test across the reports', () => {
    const id = (file: string, name: string) => merged.testFiles[file]!.tests.find((t: { name: string }) => t.name === name)!.id;
    expect(id('src/a.test.ts', 'a works')).toBe('0');
    expect(id('src/b.test.ts', 'b works')).toBe('1');
    expect(id('src/a.test.ts', 'a works again')).toBe('2');
    // The piece's "0" was "b works" and its "5" was "a works again".
    expect(merged.files['src/a.ts']!.mutants[0]).toMatchObject({ coveredBy: ['1', '2'], killedBy: ['2'] });
    expect(merged.files['src/b.ts']!.mutants[0]).toMatchObject({ coveredBy: ['1'], killedBy: ['1'] });
    expect(merged.testFiles['src/a.test.ts']!.tests.map((t: { name: string }) => t.name)).toEqual(['a works', 'a works again']);
  });

  test("the later report's other fields stand", () => {
    expect(merged.thresholds).toEqual({ high: 80, low: 60 });
    expect(merged.schemaVersion).toBe('2');
  });

  test('an id no test carries is dropped, not kept dangling', () => {
    const lost = report({ 'src/c.ts': [{ id: '9', status: 'Survived', coveredBy: ['7', '8'] }] }, { 'src/c.test.ts': [['7', 'c works']] });
    expect(mergeReports([lost]).files['src/c.ts']!.mutants[0]!.coveredBy).toEqual(['0']);
  });
});

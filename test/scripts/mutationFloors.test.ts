// The per-folder mutation floors (scripts/mutation-floors.mjs): Stryker's break judges the total only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { floors, folderScores } from '../../scripts/mutation-floors.mjs';

const mutants = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status })));
const report = (
  domain: Record<string, number>,
  office: Record<string, number>,
  events: Record<string, number>,
  ui: Record<string, number> = { Killed: 10 },
) => ({
  files: {
    'src/domain/a.ts': { mutants: mutants(domain) },
    'src/office/b.ts': { mutants: mutants(office) },
    'src/events/c.ts': { mutants: mutants(events) },
    'src/ui/d.ts': { mutants: mutants(ui) },
    'src/tab/e.tsx': { mutants: mutants({ Survived: 50 }) },
  },
});
const run = (r: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'floors-')), 'mutation.json');
  writeFileSync(file, JSON.stringify(r));
  try {
    return {
      code: 0,
      out: execFileSync('node', [resolve(import.meta.dirname, '../../scripts/mutation-floors.mjs'), file], { encoding: 'utf8' }),
    };
  } catch (e) {
    const error = e as { status: number; stdout: string };
    return { code: error.status, out: error.stdout };
  }
};

describe('mutation floors per folder', () => {
  test('the floor is 90 % in each of src/domain, src/office, src/events and src/ui (its pure decision modules)', () => {
    expect(floors).toEqual({ 'src/domain': 90, 'src/office': 90, 'src/events': 90, 'src/ui': 90 });
  });

  test('killed and timed-out mutants count as detected; ignored ones, and other folders, are left out', () => {
    const scores = folderScores(report({ Killed: 8, Timeout: 1, Survived: 1, Ignored: 5 }, { Killed: 9, NoCoverage: 1 }, { Killed: 1 }));
    expect(scores.get('src/domain')).toEqual({ detected: 9, valid: 10, ignored: 5 });
    expect(scores.get('src/office')).toEqual({ detected: 9, valid: 10, ignored: 0 });
    expect(scores.get('src/ui')).toEqual({ detected: 10, valid: 10, ignored: 0 });
    expect(scores.get('src/tab')).toBeUndefined();
  });

  test('every folder at 90 % or more passes; one folder at 89 % fails however good the others are', () => {
    const passing = run(report({ Killed: 90, Survived: 10 }, { Killed: 95, Survived: 5 }, { Killed: 10 }));
    expect(passing.code).toBe(0);
    expect(passing.out).toContain('ok   src/domain: 90.0 % of 100 mutants (0 ignored), floor 90 %');
    const failing = run(report({ Killed: 100 }, { Killed: 89, Survived: 11 }, { Killed: 10 }));
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('FAIL src/office: 89.0 % of 100 mutants (0 ignored), floor 90 %');
    expect(failing.out).toContain('ok   src/domain: 100.0 %');
    const uiBelow = run(report({ Killed: 10 }, { Killed: 10 }, { Killed: 10 }, { Killed: 8, Survived: 2 }));
    expect(uiBelow.code).toBe(1);
    expect(uiBelow.out).toContain('FAIL src/ui: 80.0 % of 10 mutants (0 ignored), floor 90 %');
  });

  test('a folder with no mutants in the report fails rather than passing unseen', () => {
    const r = report({ Killed: 10 }, { Killed: 10 }, {});
    delete (r.files as Record<string, unknown>)['src/events/c.ts'];
    expect(run(r).code).toBe(1);
  });
});

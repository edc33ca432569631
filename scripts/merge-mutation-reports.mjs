// Merges StrykerJS incremental reports into one. Used to re-run some files from scratch
// (`stryker run --force --mutate <files> --incrementalFile <piece>`, which writes only those files)
// and fold the result into the committed report: incremental mode keeps a survivor's old verdict
// while its covering tests are unchanged, even where it is stale. Test ids are numbered per run, so
// they are renumbered by test file and name; where reports share a file, the later report wins.
// Usage: node scripts/merge-mutation-reports.mjs <out.json> <report.json>…
import { readFileSync, writeFileSync } from 'node:fs';

export function mergeReports(reports) {
  const ids = new Map(); // `${file}\0${name}` → merged id
  const testFiles = {};
  const files = {};
  for (const report of reports) {
    const local = new Map(); // this report's id → merged id
    for (const [file, testFile] of Object.entries(report.testFiles ?? {})) {
      const tests = new Map((testFiles[file]?.tests ?? []).map((t) => [t.name, t]));
      for (const test of testFile.tests) {
        const key = `${file}\0${test.name}`;
        if (!ids.has(key)) ids.set(key, String(ids.size));
        local.set(test.id, ids.get(key));
        tests.set(test.name, { ...test, id: ids.get(key) });
      }
      testFiles[file] = { ...testFile, tests: [...tests.values()] };
    }
    const renumber = (list) => list?.map((id) => local.get(id)).filter((id) => id !== undefined);
    for (const [file, result] of Object.entries(report.files)) {
      files[file] = {
        ...result,
        mutants: result.mutants.map((m) => ({ ...m, coveredBy: renumber(m.coveredBy), killedBy: renumber(m.killedBy) })),
      };
    }
  }
  return { ...reports.at(-1), files, testFiles };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, ...pieces] = process.argv.slice(2);
  if (!out || pieces.length === 0) {
    console.error('Usage: node scripts/merge-mutation-reports.mjs <out.json> <report.json>…');
    process.exit(2);
  }
  const merged = mergeReports(pieces.map((p) => JSON.parse(readFileSync(p, 'utf8'))));
  writeFileSync(out, JSON.stringify(merged));
  const mutants = Object.values(merged.files).reduce((n, f) => n + f.mutants.length, 0);
  console.log(`${out}: ${Object.keys(merged.files).length} files, ${mutants} mutants, from ${pieces.length} reports`);
}

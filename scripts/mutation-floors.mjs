// Per-folder floors for the mutation score, after a Stryker run (`npm run mutate` or `npm run
// mutate:full`): Stryker's own `thresholds.break` judges the total only, so one folder could sink behind
// the others unnoticed. Reads the JSON report, prints each folder's score, exits 1 below a floor.
// Score = (killed + timed out) ÷ (killed + timed out + survived + no coverage), as Stryker counts it.
import { readFileSync } from 'node:fs';

export const floors = { 'src/domain': 90, 'src/office': 90, 'src/events': 90, 'src/ui': 90 };

export function folderScores(report) {
  const folders = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = Object.keys(floors).find((f) => file.startsWith(`${f}/`));
    if (!folder) continue;
    const n = folders.get(folder) ?? { detected: 0, valid: 0, ignored: 0 };
    for (const { status } of mutants) {
      if (status === 'Killed' || status === 'Timeout') n.detected++;
      if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(status)) n.valid++;
      if (status === 'Ignored') n.ignored++;
    }
    folders.set(folder, n);
  }
  return folders;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? 'reports/mutation/mutation.json';
  const scores = folderScores(JSON.parse(readFileSync(path, 'utf8')));
  let failed = false;
  for (const [folder, floor] of Object.entries(floors)) {
    const n = scores.get(folder);
    const score = n && n.valid ? (100 * n.detected) / n.valid : NaN;
    const ok = score >= floor;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${folder}: ${score.toFixed(1)} % of ${n?.valid ?? 0} mutants (${n?.ignored ?? 0} ignored), floor ${floor} %`,
    );
  }
  process.exit(failed ? 1 : 0);
}

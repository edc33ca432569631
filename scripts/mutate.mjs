// `npm run mutate`: StrykerJS, incremental from the committed compact report. Expands it to the file
// Stryker reads (reports/mutation/, not committed), runs Stryker with any arguments given, and writes
// the compact report back, also when Stryker fails a threshold (its verdicts are still worth keeping).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { committedPath, compact, expand, strykerPath } from './mutation-report.mjs';

if (existsSync(committedPath)) writeFileSync(strykerPath, JSON.stringify(expand(readFileSync(committedPath, 'utf8'))));
const before = existsSync(strykerPath) ? statSync(strykerPath).mtimeMs : 0;
const run = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
if (existsSync(strykerPath) && statSync(strykerPath).mtimeMs !== before) {
  writeFileSync(committedPath, compact(JSON.parse(readFileSync(strykerPath, 'utf8'))));
  console.log(`Compact incremental report written to ${committedPath}.`);
}
process.exit(run.status ?? 1);

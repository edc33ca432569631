// `npm run mutate`: StrykerJS, incremental from the committed compact report. Expands it to the file
// Stryker reads (reports/mutation/, not committed), runs Stryker with any arguments given, and writes
// the compact report back, also when Stryker fails a threshold (its verdicts are still worth keeping).
// NAS_MUTATE_BUDGET_MINUTES bounds the run (CI is kept under 40 minutes in all): past it Stryker is stopped,
// nothing is written, and the exit code is 3, so CI can say the committed report needs refreshing
// instead of running out of time with every other result lost.
// NAS_MUTATE_TESTS=full (`npm run mutate:full`) adds the component tests and leaves the committed
// report alone: its verdicts would differ from the ones CI reproduces without those tests, so
// committing them would send every mutant a component test killed back to be re-tested in CI.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { committedPath, compact, strykerPath, writeStrykerInput } from './mutation-report.mjs';

export const budgetExceeded = 3;

if (!writeStrykerInput()) console.log(`${committedPath} not found: Stryker will run every mutant.`);
const before = existsSync(strykerPath) ? statSync(strykerPath).mtimeMs : 0;
const budget = Number(process.env.NAS_MUTATE_BUDGET_MINUTES ?? 0);
// Its own process group, so the budget stops Stryker's workers too.
const stryker = spawn('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit', detached: true });
let stopped = false;
const timer =
  budget > 0
    ? setTimeout(() => {
        stopped = true;
        console.log(`Mutation testing stopped after its budget of ${budget} minutes.`);
        process.kill(-stryker.pid, 'SIGTERM');
        setTimeout(() => process.kill(-stryker.pid, 'SIGKILL'), 10_000).unref();
      }, budget * 60_000)
    : undefined;
stryker.on('exit', (code) => {
  clearTimeout(timer);
  if (stopped) process.exit(budgetExceeded);
  if (process.env.NAS_MUTATE_TESTS === 'full') console.log('A full run: the committed report is left as it was.');
  else if (existsSync(strykerPath) && statSync(strykerPath).mtimeMs !== before) {
    writeFileSync(committedPath, compact(JSON.parse(readFileSync(strykerPath, 'utf8'))));
    console.log(`Compact incremental report written to ${committedPath}.`);
  }
  process.exit(code ?? 1);
});

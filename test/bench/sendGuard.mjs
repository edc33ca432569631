// The send guard's decision time: Outlook holds the send while the OnMessageSend handler runs, so the
// whole handler (every Outlook call answering at once) is timed on a 32 KB body with personal data.
// `node test/bench/sendGuard.mjs` prints the figure alone; bench.mjs reports it against its budget.
import { resolve } from 'node:path';
import { createServer as createViteServer } from 'vite';
import { fakeEventOffice } from '../support/fakeEventOffice.mjs';

export const sendGuardBodyChars = 32 * 1024;

/** A 32 KB request body: staff lines, with a date of birth, an NHS number, an NI number and postcodes in it. */
export function benchBody() {
  const lines = [
    'Please add the following staff to our shared mailbox.',
    'Jane Smith, DOB 12/03/1985, NHS 943 476 5919, NI AB 12 34 56 C, lives at DH1 3AB.',
  ];
  for (let i = 0; lines.join('\n').length < sendGuardBodyChars; i++)
    lines.push(
      `Person ${i} Smith, mobile 07700 ${String(900000 + (i % 1000)).padStart(6, '0')}, person${i}@example.com, works nights at Sunrise House, Durham DH1 3AB.`,
    );
  return lines.join('\n').slice(0, sendGuardBodyChars);
}

/** Median and min–max of the handler's time on the 32 KB body, `runs` times after a warm-up. */
export async function measureSendGuard(root, runs) {
  const vite = await createViteServer({
    configFile: resolve(root, 'vite.config.ts'),
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'silent',
  });
  const { onMessageSend } = await vite.ssrLoadModule('/events/onMessageSend.ts');
  const { guardData } = await vite.ssrLoadModule('/events/guardData.ts');
  await vite.close();
  const body = benchBody();
  const office = fakeEventOffice({ body });
  const once = async () => {
    let result;
    const t0 = performance.now();
    await onMessageSend({ completed: (o) => (result = o) }, { office, data: guardData });
    const ms = performance.now() - t0;
    if (!result || result.allowEvent !== false || !/date of birth/.test(result.errorMessage))
      throw new Error(`the guard should prompt on the benchmark body, got ${JSON.stringify(result)}`);
    return ms;
  };
  await once(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], chars: body.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '../..');
  const r = await measureSendGuard(root, 15);
  console.log(
    `Send guard decision on a ${r.chars.toLocaleString('en-GB')}-character body with personal data: ${r.median.toFixed(2)} ms median (${r.min.toFixed(2)}–${r.max.toFixed(2)})`,
  );
}

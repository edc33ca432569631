// The event runtime's decision times: Outlook holds the send while the OnMessageSend handler runs, so
// the whole handler (every Outlook call answering at once) is timed on a 32 KB body with personal
// data; so are the newer decisions: the second send of a blocked email (Send Anyway), and the From
// notice of the compose events, shown and cleared (they never read the body; the email still has one).
// `node test/bench/sendGuard.mjs` prints the figures alone; bench.mjs reports them against the budget.
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

const summary = (times) => {
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
};

async function loadHandlers(root) {
  const vite = await createViteServer({
    configFile: resolve(root, 'vite.config.ts'),
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'silent',
  });
  const { onMessageSend } = await vite.ssrLoadModule('/events/onMessageSend.ts');
  const { onComposeChanged } = await vite.ssrLoadModule('/events/onComposeChanged.ts');
  const { guardData } = await vite.ssrLoadModule('/events/guardData.ts');
  await vite.close();
  return { onMessageSend, onComposeChanged, guardData };
}

/** Times `once` after a warm-up; `once` checks its own answer and returns its duration. */
async function timed(once, runs) {
  await once(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return summary(times);
}

/**
 * Median and min–max of each decision on the 32 KB body, `runs` times after a warm-up: `send` (the
 * personal-data prompt), `secondSend` (a blocked email sent again), `noticeShown` and `noticeCleared`.
 */
export async function measureEventDecisions(root, runs) {
  const { onMessageSend, onComposeChanged, guardData } = await loadHandlers(root);
  const body = benchBody();
  const send = (office, check) => async () => {
    let result;
    const t0 = performance.now();
    await onMessageSend({ completed: (o) => (result = o) }, { office, data: guardData });
    const ms = performance.now() - t0;
    check(result);
    return ms;
  };
  const expect = (ok, what, result) => {
    if (!ok) throw new Error(`${what}, got ${JSON.stringify(result)}`);
  };
  const prompt = await timed(
    send(fakeEventOffice({ body }), (r) =>
      expect(r && r.allowEvent === false && /date of birth/.test(r.errorMessage), 'the guard should prompt on the benchmark body', r),
    ),
    runs,
  );
  const blocked = { body, from: 'amira.khan3@nhs.net', session: { nasAssistantBlocked: '{"kindId":"add-user"}' } };
  const secondSend = await timed(
    send(fakeEventOffice(blocked), (r) => expect(r && r.sendModeOverride === 'promptUser', 'the second send should offer Send Anyway', r)),
    runs,
  );
  const notice = (from, shown) => {
    const office = fakeEventOffice({ body, from });
    return async () => {
      const t0 = performance.now();
      const outcome = await onComposeChanged({ completed: () => undefined }, { office, data: guardData });
      const ms = performance.now() - t0;
      expect(
        outcome && outcome.applied && (outcome.decision.action === 'show') === shown,
        `the notice should be ${shown ? 'shown' : 'cleared'}`,
        outcome,
      );
      return ms;
    };
  };
  const noticeShown = await timed(notice('amira.khan3@nhs.net', true), runs);
  const noticeCleared = await timed(notice('care.vn6c2@nhs.net', false), runs);
  return { send: prompt, secondSend, noticeShown, noticeCleared, chars: body.length };
}

/** Median and min–max of the send handler's time on the 32 KB body (the original send-guard figure). */
export async function measureSendGuard(root, runs) {
  const r = await measureEventDecisions(root, runs);
  return { ...r.send, chars: r.chars };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '../..');
  const r = await measureEventDecisions(root, 15);
  const f = (x) => `${x.median.toFixed(2)} ms median (${x.min.toFixed(2)}–${x.max.toFixed(2)})`;
  console.log(`Event runtime decisions on a ${r.chars.toLocaleString('en-GB')}-character body (15 runs each):`);
  console.log(`  send, personal data prompt: ${f(r.send)}`);
  console.log(`  second send of a blocked email (Send Anyway): ${f(r.secondSend)}`);
  console.log(`  From notice shown (OnMessageFromChanged / OnMessageRecipientsChanged): ${f(r.noticeShown)}`);
  console.log(`  From notice cleared: ${f(r.noticeCleared)}`);
}

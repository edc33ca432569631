// The harness the browser tests share (harness.ts) catches what it says it catches: a page's
// uncaught error, a remote request (reported, or refused and recorded), a CSP violation on a page
// served with the hosting CSP; it opens the viewport and locale asked for; and a test whose page
// recorded an error fails, though its own assertions pass. Every browser test file uses it.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { pane, browserHarness } from './harness';

const harness = browserHarness();
const remoteUrl = 'https://nas-assistant.invalid/harness-check';

test('the preview at 320 × 900, en-GB: an uncaught error and a remote request are both errors', async () => {
  const { page, errors, remote, takeErrors } = await harness.open();
  expect(page.viewportSize()).toEqual({ width: 320, height: 900 });
  expect(await page.evaluate(() => navigator.language)).toBe('en-GB');
  await pane(page).waitFor();
  expect(errors).toEqual([]);
  await page.evaluate((url) => {
    setTimeout(() => {
      throw new Error('thrown on purpose');
    });
    void fetch(url).catch(() => undefined);
  }, remoteUrl);
  await expect.poll(() => errors.length).toBe(2);
  expect([...errors].sort()).toEqual(['remote request: ' + remoteUrl, 'thrown on purpose'].sort());
  expect(remote).toEqual([remoteUrl]);
  expect(takeErrors()).toHaveLength(2);
  expect(errors).toEqual([]);
});

test('after a test, its pages are closed, and an error any of them recorded (a second page in the same context too) fails it', async () => {
  const first = await harness.open();
  const second = await first.addPage();
  await second.goto(inject('baseUrl') + '/index.html');
  await pane(second).waitFor();
  expect(await second.evaluate(() => localStorage.setItem('shared', 'yes'))).toBeUndefined();
  // The same storage; a change reaches another page's renderer process asynchronously, so poll.
  await expect.poll(() => first.page.evaluate(() => localStorage.getItem('shared'))).toBe('yes');
  await second.evaluate(() =>
    setTimeout(() => {
      throw new Error('thrown on the second page');
    }),
  );
  await expect.poll(() => first.errors).toEqual(['thrown on the second page']);
  const clean = await harness.open();
  await expect(harness.settle()).rejects.toThrow(/recorded 1 error\(s\):\nthrown on the second page$/);
  expect(first.page.isClosed()).toBe(true);
  expect(clean.page.isClosed()).toBe(true);
  // Settled: nothing left to fail on.
  await expect(harness.settle()).resolves.toBeUndefined();
});

// The test body passes; the check after it fails it (test.fails turns that failure into a pass, and
// would fail if the test passed). The test before shows the check on its own.
test.fails('an uncaught page error fails the test even when the test never looks at the errors', async () => {
  const { page, errors } = await harness.open();
  await pane(page).waitFor();
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('never looked at');
    }),
  );
  await expect.poll(() => errors.length).toBe(1);
});

test('refused: a remote request is aborted and recorded in remote only; a CSP violation is an error; the size and locale asked for', async () => {
  const { page, errors, remote, takeErrors } = await harness.page({
    width: 800,
    height: 600,
    locale: null,
    remote: 'refuse',
    csp: true,
  });
  // Without the hosting CSP first: its connect-src would stop the request before it is made.
  await page.goto(`${inject('distPlainUrl')}/support.html`);
  expect(page.viewportSize()).toEqual({ width: 800, height: 600 });
  expect(await page.evaluate(() => navigator.language)).not.toBe('en-GB');
  const fetched = await page.evaluate(
    (url) =>
      fetch(url).then(
        () => 'answered',
        () => 'failed',
      ),
    remoteUrl,
  );
  expect(fetched).toBe('failed');
  expect(remote).toEqual([remoteUrl]);
  expect(errors).toEqual([]);

  // With it: an inline script is refused, and both the console and the page's event say so.
  await page.goto(`${inject('distUrl')}/support.html`);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
  });
  await expect.poll(() => errors.some((e) => e.startsWith('Content Security Policy: script-src'))).toBe(true);
  await expect.poll(() => errors.some((e) => !e.startsWith('Content Security Policy: '))).toBe(true);
  expect(errors.every((e) => /Content Security Policy/i.test(e))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  takeErrors();
});

test('every browser test file uses the harness (browserHarness); a file that opens no page is the only exception', () => {
  const dir = import.meta.dirname;
  const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts'));
  expect(files.length).toBeGreaterThanOrEqual(12);
  const text = (f: string) => readFileSync(resolve(dir, f), 'utf8');
  const usesHarness = (f: string) =>
    /import \{[^}]*\bbrowserHarness\b[^}]*\} from '\.\/harness'/.test(text(f)) && /\bbrowserHarness\(/.test(text(f));
  const drivesBrowser = (f: string) => /playwright-core|\bchromium\b|launch(?:Chromium)|\.goto\(|newContext\(/.test(text(f));
  expect(files.filter((f) => !usesHarness(f) && drivesBrowser(f))).toEqual([]);
  expect(files.filter((f) => !usesHarness(f))).toEqual(['dist.test.ts']); // the build output, read as files
  // Nothing launches Chromium or builds a context of its own.
  expect(files.filter((f) => /launch(?:Chromium)|chromium\.launch|\.newContext\(/.test(text(f)))).toEqual([]);
});

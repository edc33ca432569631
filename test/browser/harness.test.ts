// The page harness the browser tests share (browser.ts: newTestPage, openPreview) catches what it
// says it catches: a page's uncaught error, a remote request (reported, or refused and recorded),
// a CSP violation on a page served with the hosting CSP; and opens the viewport and locale asked for.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newTestPage, openPreview } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const remoteUrl = 'https://nas-assistant.invalid/harness-check';

test('the preview at 320 × 900, en-GB: an uncaught error and a remote request are both errors', async () => {
  const { context, page, errors, remote } = await openPreview(browser);
  expect(page.viewportSize()).toEqual({ width: 320, height: 900 });
  expect(await page.evaluate(() => navigator.language)).toBe('en-GB');
  await page.getByTestId('task-pane').waitFor();
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
  await context.close();
});

test('refused: a remote request is aborted and recorded in remote only; a CSP violation is an error; the size and locale asked for', async () => {
  const { context, page, errors, remote } = await newTestPage(browser, {
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

  // With it: an inline script is refused and Chromium says so on the console.
  await page.goto(`${inject('distUrl')}/support.html`);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
  });
  await expect.poll(() => errors.length).toBeGreaterThan(0);
  expect(errors.every((e) => /Content Security Policy/i.test(e))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  await context.close();
});

// The real office.js, outside Office: the task pane must say it is not inside Outlook and offer the
// preview, both when office.js loads (onReady gives host null) and when it cannot load at all.
// Requests to Microsoft's CDN are answered from the @microsoft/office-js package, so the page is
// the production one, unchanged.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, shoot } from './browser';

const base = inject('baseUrl');
const officeDist = resolve(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('office.js served locally: onReady outside Office leads to "not inside Outlook" and a link to the preview', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 600 } });
  const served: string[] = [];
  await page.route('https://appsforoffice.microsoft.com/**', async (route) => {
    const file = resolve(officeDist, new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ''));
    if (!file.startsWith(officeDist) || !existsSync(file)) return route.fulfill({ status: 404 });
    served.push(file.slice(officeDist.length + 1));
    return route.fulfill({ path: file, contentType: 'application/javascript' });
  });
  const started = Date.now();
  await page.goto(`${base}/taskpane.html`);
  await expect.poll(() => page.getByText('Not inside Outlook').count(), { timeout: 8000 }).toBe(1);
  const elapsed = Date.now() - started;
  expect(served).toContain('office.js');
  expect(await page.getByRole('link', { name: 'open the preview' }).getAttribute('href')).toBe('./index.html');
  // Well inside the 5 s time-out: onReady itself answered.
  expect(elapsed).toBeLessThan(5000);
  expect(await page.getByText('This page is open outside Outlook.').count()).toBe(1);
  await shoot(page, 'outside-outlook');
  await page.close();
});

test('office.js cannot load at all: the same message, with the reason', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 600 } });
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  await page.goto(`${base}/taskpane.html`);
  await expect.poll(() => page.getByText('Not inside Outlook').count(), { timeout: 8000 }).toBe(1);
  expect(await page.getByText(/office\.js did not load/).count()).toBe(1);
  await page.getByRole('link', { name: 'open the preview' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Sunrise House, Durham' }).count()).toBe(1);
  await page.close();
});

// The production pane as hosted: served from dist/ with the Content-Security-Policy of docs/deploy.md
// header. With the real office.js outside Office it must say it is not inside Outlook (and offer
// no preview: production does not carry one), both when office.js loads (onReady gives host null)
// and when it cannot load at all; and no CSP violation may be reported. Requests to Microsoft's
// CDN are answered from the @microsoft/office-js package, so the page is the production one.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, shoot, openGroups } from './browser';

const dist = inject('distUrl');
const officeDist = resolve(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');
const fakeOffice = readFileSync(resolve(import.meta.dirname, '../bench/fakeOffice.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records every CSP violation the browser reports. */
async function watchedPage(): Promise<Page & { violations: string[] }> {
  const page = (await browser.newPage({ viewport: { width: 320, height: 600 } })) as Page & { violations: string[] };
  page.violations = [];
  await page.exposeFunction('__cspViolation', (v: string) => page.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) page.violations.push(m.text());
  });
  return page;
}

async function serveRealOffice(page: Page, served: string[] = []) {
  await page.route('https://appsforoffice.microsoft.com/**', async (route) => {
    const file = resolve(officeDist, new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ''));
    if (!file.startsWith(officeDist) || !existsSync(file)) return route.fulfill({ status: 404 });
    served.push(file.slice(officeDist.length + 1));
    return route.fulfill({ path: file, contentType: 'application/javascript' });
  });
}

test('served with the hosting CSP and the real office.js: "not inside Outlook", no preview link, no violation', async () => {
  const page = await watchedPage();
  const served: string[] = [];
  await serveRealOffice(page, served);
  const response = await page.goto(`${dist}/taskpane.html`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe-eval');
  const started = Date.now();
  await expect.poll(() => page.getByText('Not inside Outlook').count(), { timeout: 8000 }).toBe(1);
  expect(served).toContain('office.js');
  // Well inside the 5 s time-out: onReady itself answered.
  expect(Date.now() - started).toBeLessThan(5000);
  expect(await page.getByText('This page is open outside Outlook.').count()).toBe(1);
  expect(await page.getByRole('link', { name: 'open the preview' }).count()).toBe(0);
  await shoot(page, 'outside-outlook');
  expect(page.violations).toEqual([]);
  // The policy is really in force: an inline script and string code (eval's kind) are refused, and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.head.append(script);
    (setTimeout as unknown as (code: string) => void)('window.__evaluated = true');
  });
  await page.waitForTimeout(100);
  expect(
    await page.evaluate(() => [(window as { __inline?: boolean }).__inline, (window as { __evaluated?: boolean }).__evaluated]),
  ).toEqual([undefined, undefined]);
  await expect.poll(() => page.violations.length).toBeGreaterThan(0);
  await page.close();
});

test('office.js cannot load at all: the same message, with the reason', async () => {
  const page = await watchedPage();
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  await page.goto(`${dist}/taskpane.html`);
  await expect.poll(() => page.getByText('Not inside Outlook').count(), { timeout: 8000 }).toBe(1);
  expect(await page.getByText(/office\.js did not load/).count()).toBe(1);
  expect(page.violations).toEqual([]);
  await page.close();
});

test('the whole pane under the hosting CSP (Outlook stood in for): actions, a form, its preview and compose, with no violation', async () => {
  const page = await watchedPage();
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ body: fakeOffice, contentType: 'application/javascript' }),
  );
  await page.goto(`${dist}/taskpane.html`);
  await expect.poll(() => page.getByRole('heading', { name: 'Sunrise House, Durham' }).count(), { timeout: 10_000 }).toBe(1);
  await openGroups(page);
  await page.getByRole('button', { name: /Check who can use/ }).click();
  await page.getByRole('button', { name: 'Check and preview' }).click();
  await page.getByRole('button', { name: 'Create email' }).click();
  await expect.poll(() => page.getByText('Your email is ready').count()).toBe(1);
  // Styles were applied (Griffel's rules are in place), not blocked.
  const padding = await page.getByRole('region', { name: 'Mailbox' }).evaluate((el) => getComputedStyle(el).paddingTop);
  expect(padding).not.toBe('0px');
  expect(page.violations).toEqual([]);
  await page.close();
});

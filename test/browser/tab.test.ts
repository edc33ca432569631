// The personal tab (Teams, Outlook's app bar, the Microsoft 365 app): the built tab.html with the
// real TeamsJS, on a local stand-in for the Teams host (teamsStandIn.mjs); outside Teams; the
// preview's Teams scenario; and the build output proving the task pane never loads TeamsJS.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { axeViolations, launch, newTestPage, openPreview, shoot } from './browser';
import { teamsStandInScript } from './teamsStandIn.mjs';

const base = inject('baseUrl');
// The production tab, served from dist/ with the hosting CSP (the preview is never there).
const product = inject('distUrl');
const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');
// TeamsJS's own strings: its origin-list address and its start-up log line.
const teamsJsMarkers = ['res.cdn.office.net/teams-js', 'teamsjs instance is version'];
const teamsJsFetch = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every file a page can load: its scripts, then their static and dynamic imports, transitively. */
function reachable(page: string): string[] {
  const html = readFileSync(resolve(dist, page), 'utf8');
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(resolve(dist, file), 'utf8');
    for (const m of text.matchAll(/["'`](?:\.\/|\.\.\/assets\/)?([\w.-]+\.(?:js|css))["'`]/g)) {
      const next = `assets/${m[1]}`;
      if (!seen.has(next) && file !== next) {
        try {
          readFileSync(resolve(dist, next));
          queue.push(next);
        } catch {
          /* not one of ours */
        }
      }
    }
  }
  return [...seen];
}

describe('build output', () => {
  test('the task pane never loads TeamsJS; the tab does', () => {
    const pane = reachable('taskpane.html');
    const tab = reachable('tab.html');
    expect(pane.length).toBeGreaterThan(3); // the entry and its lazy chunks were all followed
    const has = (files: string[]) => files.filter((f) => teamsJsMarkers.some((m) => readFileSync(resolve(dist, f), 'utf8').includes(m)));
    expect(has(pane)).toEqual([]);
    expect(has(tab)).toHaveLength(1);
    // Its own chunk, fetched after the first paint: not the tab's entry, nor anything the entry imports statically.
    expect(has(tab)[0]).toMatch(/^assets\/teamsJs-/);
    const entry = readFileSync(resolve(dist, 'tab.html'), 'utf8').match(/src="\.\/(assets\/tab-[^"]+\.js)"/)![1]!;
    const entryText = readFileSync(resolve(dist, entry), 'utf8');
    expect(entryText).toContain(has(tab)[0]!.slice('assets/'.length)); // reached by import()
    const staticImports = [...entryText.matchAll(/import[^;()]*?from\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
    expect(staticImports.map((f) => `assets/${f}`)).not.toContain(has(tab)[0]);
    expect(readFileSync(resolve(dist, 'tab.html'), 'utf8')).not.toContain('office.js');
  });

  test('npm run package puts the tab in the one app package', () => {
    execFileSync('node', ['scripts/package.mjs', '--dev'], { cwd: root });
    const zip = unzipSync(readFileSync(resolve(dist, 'nas-assistant-app.zip')));
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']));
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ scopes: ['personal'], contentUrl: 'https://localhost:3000/tab.html?theme={theme}' }),
    ]);
  });
});

/** Opens the built tab; `standIn` plays the Teams host. Remote requests are refused and recorded. */
async function openTab(
  opts: { standIn?: Parameters<typeof teamsStandInScript>[0]; width?: number; site?: boolean; cpuThrottle?: number } = {},
) {
  // Served with the hosting CSP: any violation it reports is an error too.
  const { context, page, errors, remote } = await newTestPage(browser, {
    width: opts.width,
    remote: 'refuse',
    csp: true,
    cpuThrottle: opts.cpuThrottle,
  });
  if (opts.standIn) await page.addInitScript(teamsStandInScript(opts.standIn));
  if (opts.site) await page.addInitScript(() => localStorage.setItem('nas-assistant-tab:mailboxes', '["care.vn6c2@nhs.net"]'));
  const started = Date.now();
  await page.goto(`${product}/tab.html`);
  return { context, page, errors, remote, started };
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);

describe('outside Teams', () => {
  test('opened in a browser: "Not inside Teams" at once, with a link to the preview; TeamsJS\'s origin-list fetch is the only remote request', async () => {
    const { context, page, remote, started } = await openTab();
    await expect.poll(() => page.getByText('Not inside Teams').count(), { timeout: 8000 }).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await page.getByText(/This page is open outside Teams and the Microsoft 365 app\./).count()).toBe(1);
    // Above the requests, which still work (Open in Outlook and copying need nothing from Teams).
    expect(await page.getByRole('button', { name: /Add new staff/ }).count()).toBe(1);
    expect(await page.getByText('Waiting for Teams').count()).toBe(0);
    // Production carries no preview, so no link to one (the development server offers it).
    expect(await page.getByRole('link', { name: 'open the preview' }).count()).toBe(0);
    expect(remote.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([teamsJsFetch]);
    await shoot(page, 'tab-outside-teams');
    await page.goto(`${base}/index.html?host=teams`);
    await expect.poll(() => page.getByTestId('teams-tab').count()).toBe(1);
    await context.close();
  });

  test('framed by a page that is not Teams (TeamsJS never answers): the requests at once, "Waiting for Teams" from 5 s, "Not inside Teams" only at 30 s, above the same form', async () => {
    const { context, page } = await newTestPage(browser, { width: 800, height: 700, locale: null, remote: 'refuse' });
    // The page's clock is Playwright's: time runs, and the test jumps it forward (no real 30 s wait).
    await context.clock.install();
    // Served without the hosting CSP: its frame-ancestors would (rightly) refuse this framing page.
    const plain = inject('distPlainUrl');
    await page.goto(`${plain}/support.html`);
    await page.evaluate(() => localStorage.setItem('nas-assistant-tab:mailboxes', '["care.vn6c2@nhs.net"]'));
    const started = Date.now();
    await page.setContent(`<iframe title="tab" src="${plain}/tab.html" style="width:700px;height:600px"></iframe>`);
    const frame = page.frameLocator('iframe');
    // The requests are there long before Teams could answer: the first screen does not wait for TeamsJS.
    await expect.poll(() => frame.getByRole('button', { name: /Add new staff/ }).count(), { timeout: 3000 }).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
    await frame.getByRole('button', { name: /Add new staff/ }).click();
    await frame.getByLabel('Full name').fill('Jane Smith');
    // Seconds pass on the page's clock, one at a time (each jump fires the timers due in it).
    const pass = async (seconds: number) => {
      for (let i = 0; i < seconds; i++) {
        await page.clock.fastForward(1000);
        await page.waitForTimeout(30);
      }
    };
    await pass(6);
    await expect.poll(() => frame.getByText('Waiting for Teams').count()).toBe(1);
    expect(await frame.getByText('Not inside Teams').count()).toBe(0);
    await pass(21); // 27 s: still waiting
    expect(await frame.getByText('Not inside Teams').count()).toBe(0);
    expect(await frame.getByText('Waiting for Teams').count()).toBe(1);
    await pass(4); // 31 s
    await expect.poll(() => frame.getByText('Teams did not answer in time.', { exact: false }).count(), { timeout: 5000 }).toBe(1);
    expect(await frame.getByText('Waiting for Teams').count()).toBe(0);
    // The same form, with what was typed.
    expect(await frame.getByLabel('Full name').inputValue()).toBe('Jane Smith');
    await context.close();
  });
});

describe.each([
  ['default', 'light'],
  ['dark', 'dark'],
  ['contrast', 'contrast'],
] as const)('the real tab in Teams, theme %s', (teamsTheme, name) => {
  test.each([320, 1280])('at %i px: the pane, the From guidance and Open in Outlook; axe on each screen', async (width) => {
    const { context, page, errors } = await openTab({ standIn: { theme: teamsTheme }, width, site: true });
    await expect.poll(() => page.getByText('Found from a shared mailbox you confirmed before.').count()).toBe(1);
    expect(await page.getByText('Send requests from Outlook').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // Teams' theme arrives with its answer (the address carries no theme here): followed at once.
    await expect
      .poll(() => background(page))
      .toBe({ light: 'rgb(255, 255, 255)', dark: 'rgb(41, 41, 41)', contrast: 'rgb(0, 0, 0)' }[name]);
    await shoot(page, `tab-${name}-${width}-actions`);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Add new staff/ }).click();
    await page.getByLabel('Full name').fill('Jane Smith');
    await page.getByLabel(/Personal mobile/).fill('07700 900123');
    await page.getByLabel(/Personal email address/).fill('jane@example.com');
    await page.getByRole('radio', { name: 'Member' }).check();
    await page.getByRole('button', { name: 'Check and preview' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Open in Outlook' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Open in Outlook' }).getAttribute('href')).toMatch(
      /^mailto:helpdesk@nhs\.net\?subject=New%20user%20accounts%20%E2%80%93%20VN6C2&body=/,
    );
    expect(await page.getByText('Send it from the shared mailbox').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await shoot(page, `tab-${name}-${width}-preview`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

test.each([
  ['dark', 'rgb(41, 41, 41)'],
  ['contrast', 'rgb(0, 0, 0)'],
])("Teams' {theme} in the address (%s): the first paint, before TeamsJS answers, is already in that theme", async (theme, colour) => {
  const { context, page } = await newTestPage(browser, { height: 800, locale: null, remote: 'refuse' });
  const plain = inject('distPlainUrl');
  await page.goto(`${plain}/support.html`);
  // Framed by a page that is not Teams: TeamsJS never answers, so what shows is the tab's own first screen.
  await page.setContent(`<iframe title="tab" src="${plain}/tab.html?theme=${theme}" style="width:320px;height:700px"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect.poll(() => frame.getByRole('button', { name: /Add new staff/ }).count(), { timeout: 3000 }).toBe(1);
  expect(
    await frame
      .locator('.fui-FluentProvider')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor),
  ).toBe(colour);
  await context.close();
});

test('TeamsJS and the request screens are fetched only once the requests are up (after the ready mark), on a 4x slower CPU', async () => {
  for (let round = 0; round < 3; round++) {
    const { context, page, errors } = await openTab({ standIn: {}, site: true, cpuThrottle: 4 });
    await page.waitForFunction(() => performance.getEntriesByName('nas-tab-connected').length > 0, null, { timeout: 20_000 });
    // The screens' chunk comes at idle: the tab's "Send requests from Outlook" notice must not ask for it sooner.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/assets\/lazyScreens-/.test(e.name)));
    const { ready, teamsJs, screens } = await page.evaluate(() => {
      const requested = (chunk: RegExp) => performance.getEntriesByType('resource').find((e) => chunk.test(e.name))?.startTime ?? -1;
      return {
        ready: performance.getEntriesByName('nas-actions-ready')[0]!.startTime,
        teamsJs: requested(/\/assets\/teamsJs-/),
        screens: requested(/\/assets\/lazyScreens-/),
      };
    });
    expect(teamsJs).toBeGreaterThan(ready);
    expect(screens).toBeGreaterThan(ready);
    expect(errors).toEqual([]);
    await context.close();
  }
});

test('the real tab follows a Teams theme change', async () => {
  const { context, page } = await openTab({ standIn: { theme: 'default' }, site: true });
  await expect.poll(() => page.getByText('Send requests from Outlook').count()).toBe(1);
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await page.evaluate(() => (window as unknown as { __teamsSetTheme: (t: string) => void }).__teamsSetTheme('contrast'));
  await expect.poll(() => background(page)).toBe('rgb(0, 0, 0)');
  await page.evaluate(() => (window as unknown as { __teamsSetTheme: (t: string) => void }).__teamsSetTheme('dark'));
  await expect.poll(() => background(page)).toBe('rgb(41, 41, 41)');
  await context.close();
});

test('the real tab inside Outlook (mail capability): Create email goes through TeamsJS mail.composeMail', async () => {
  const second = await openTab({ standIn: { mail: true }, site: true, width: 1280 });
  const p = second.page;
  await p.getByRole('button', { name: /Add new staff/ }).click();
  await p.getByLabel('Full name').fill('Jane Smith');
  await p.getByLabel(/Personal mobile/).fill('07700 900123');
  await p.getByLabel(/Personal email address/).fill('jane@example.com');
  await p.getByRole('radio', { name: 'Member' }).check();
  await p.getByRole('button', { name: 'Check and preview' }).click();
  expect(await p.getByRole('link', { name: 'Open in Outlook' }).count()).toBe(0);
  await p.getByRole('button', { name: 'Create email' }).click();
  await expect.poll(() => p.getByText('Your email is ready').count()).toBe(1);
  const composed = await p.evaluate(
    () =>
      (window as unknown as { __teamsComposed: { type: string; toRecipients: string[]; subject: string; message: string }[] })
        .__teamsComposed,
  );
  expect(composed).toHaveLength(1);
  expect(composed[0]).toMatchObject({ type: 'new', toRecipients: ['helpdesk@nhs.net'], subject: 'New user accounts – VN6C2' });
  expect(composed[0]!.message).toContain('Jane Smith');
  await second.context.close();
});

describe("the preview's Teams scenario (?host=teams)", () => {
  test.each(['light', 'dark', 'contrast'] as const)('%s: 320 px and wide, axe, no remote requests', async (theme) => {
    for (const width of [320, 1280]) {
      const { context, page, remote } = await openPreview(browser, `?host=teams&theme=${theme}`, { width });
      await expect.poll(() => page.getByTestId('teams-tab').getByText('Send requests from Outlook').count()).toBe(1);
      // The stand-in Teams answers a moment after the first paint: check the pane once it has taken
      // Teams' theme (axe on the light first paint under a dark page found a contrast failure).
      const pane = page.getByTestId('teams-tab').locator('.fui-FluentProvider').first();
      await expect
        .poll(() => pane.evaluate((el) => getComputedStyle(el).backgroundColor))
        .toBe({ light: 'rgb(255, 255, 255)', dark: 'rgb(41, 41, 41)', contrast: 'rgb(0, 0, 0)' }[theme]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await shoot(page, `preview-teams-${theme}-${width}`);
      expect(await axeViolations(page)).toEqual([]);
      expect(remote).toEqual([]);
      await context.close();
    }
  });
});

test("the preview's tab inside Outlook (?host=teams&mail=1): Create email shows the simulated new email", async () => {
  const { context, page } = await openPreview(browser, '?host=teams&mail=1', { width: 1280 });
  const tab = page.getByTestId('teams-tab');
  // No site yet: the tab asks for it straight away.
  await tab.getByLabel(/Shared mailbox address or ODS code/).fill('VN6C2');
  await tab.getByRole('button', { name: 'Use this mailbox' }).click();
  await tab.getByRole('button', { name: /Add new staff/ }).click();
  await tab.getByLabel('Full name').fill('Jane Smith');
  await tab.getByLabel(/Personal mobile/).fill('07700 900123');
  await tab.getByLabel(/Personal email address/).fill('jane@example.com');
  await tab.getByRole('radio', { name: 'Member' }).check();
  await tab.getByRole('button', { name: 'Check and preview' }).click();
  await tab.getByRole('button', { name: 'Create email' }).click();
  await expect.poll(() => page.getByTestId('simulated-email').count()).toBe(1);
  expect(await page.getByTestId('simulated-email').textContent()).toContain('Subject: New user accounts – VN6C2');
  // The user switches Teams to high contrast: the shell and the tab follow.
  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect
    .poll(() => tab.evaluate((el) => getComputedStyle(el.querySelector('.fui-FluentProvider')!).backgroundColor))
    .toBe('rgb(0, 0, 0)');
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

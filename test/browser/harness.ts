// The one harness every browser test uses: `browserHarness()` launches Chromium for the file and closes
// it after; every page it opens records its uncaught errors (and, where asked, CSP violations and
// remote requests), and after each test the test's pages are closed and the test fails if any of
// them recorded one. Also: `pane`, the accessibility check (axe, WCAG 2.2 AA, with the reflow check),
// screenshots, opening the home screen's groups.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../support/chromium.mjs';

export const screenshotDir = resolve(import.meta.dirname, '../../test-results/screens');

/** The built preview's page: `${baseUrl}/index.html${query}`. */
export const previewUrl = (query = '') => `${inject('baseUrl')}/index.html${query}`;

/** The task pane in the preview (the page around it is the preview's own). */
export const pane = (page: Page) => page.getByTestId('task-pane');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA rules; returns the violations, each with the elements involved. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test driver rather than added as an inline <script>: pages served with the
  // hosting CSP (no inline scripts) refuse the latter, as they should.
  // Colours are measured once they have settled: a Fluent button still in its hover or press
  // transition (the pointer rests where the last click was) has, for a moment, neither colour.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((settled) => setTimeout(settled, 2000)),
    ]),
  );
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Fluent's tabster puts focusable aria-hidden <i data-tabster-dummy> sentinels at the edges of
    // focus groups; they only forward focus and are never read out, so they alone are left out.
    return axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    );
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * The accessibility check: a screenshot (test-results/screens/<name>.png), no axe violation, and
 * reflow: nothing scrolls sideways at the viewport's width (320 px unless the test asked for more;
 * WCAG 2.2 1.4.10 Reflow).
 */
export async function expectAccessible(page: Page, name: string) {
  await shoot(page, name);
  expect(await axeViolations(page)).toEqual([]);
  const width = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

export async function shoot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * The home screen shows the common four requests as cards and every other request in groups that
 * start closed: open them all (as a click on each summary would), so any request can be clicked.
 */
export async function openGroups(page: Page) {
  const summaries = page.locator('details[data-group] > summary');
  await summaries.first().waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details[data-group]').forEach((d) => (d.open = true)));
}

/** In compose mode: open "Check who can use the shared mailbox", preview it and fill the open email with it. */
export async function fillAuditRequest(page: Page) {
  await openGroups(page);
  await pane(page)
    .getByRole('button', { name: /Check who can use/ })
    .click();
  await pane(page).getByRole('button', { name: 'Check and preview' }).click();
  await pane(page).getByRole('button', { name: 'Fill this email' }).click();
}

/** What a test page collects while it runs. */
export interface TestPage {
  context: BrowserContext;
  page: Page;
  /**
   * The uncaught errors of its pages; with `csp`, the CSP violations they report; with `remote:
   * 'report'`, each remote request as `remote request: <url>`. Anything left here fails the test.
   */
  errors: string[];
  /** The address of each remote request (see `remote` in the options). */
  remote: string[];
  /** The errors recorded so far, which the test expected: taken out, so they do not fail it. */
  takeErrors(): string[];
  /** Another page in the same context (same storage), recording into the same lists. */
  addPage(): Promise<Page>;
}

export interface TestPageOptions {
  /** The viewport: 320 × 900 unless given. */
  width?: number;
  height?: number;
  /** 'en-GB' unless given; null leaves Chromium's own. */
  locale?: string | null;
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  /** Grants clipboard read and write to the preview's origin. */
  clipboard?: boolean;
  /**
   * A request off this machine. 'report' (the default): it goes ahead, and anything not to the
   * preview's origin and not data: is recorded in `remote` and in `errors` (the preview makes none).
   * 'refuse': anything not to http://127.0.0.1 is aborted and recorded in `remote` only (the
   * production tab makes one, TeamsJS's origin list, which the tests expect).
   */
  remote?: 'report' | 'refuse';
  /** Served with the hosting CSP: a console message about the Content Security Policy is an error. */
  csp?: boolean;
  /** Chromium's CPU throttling rate (4 = four times slower). */
  cpuThrottle?: number;
}

/** A new context and page that collect errors and remote requests; nothing opened yet. */
async function newTestPage(browser: Browser, opts: TestPageOptions = {}): Promise<TestPage> {
  const base = inject('baseUrl');
  const locale = opts.locale === undefined ? 'en-GB' : opts.locale;
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 320, height: opts.height ?? 900 },
    ...(locale === null ? {} : { locale }),
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
    ...(opts.forcedColors ? { forcedColors: opts.forcedColors } : {}),
  });
  if (opts.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const errors: string[] = [];
  const remote: string[] = [];
  const watch = async (page: Page) => {
    page.on('pageerror', (e) => errors.push(e.message));
    if (opts.csp) {
      // Both ways Chromium reports one: the console message, and the event the page sees.
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
      });
      await page.exposeFunction('__cspViolation', (v: string) => errors.push(`Content Security Policy: ${v}`));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
    }
    if (opts.cpuThrottle) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: opts.cpuThrottle });
    // Routes a test adds later are tried first, so a test can still answer a remote address itself.
    if (opts.remote === 'refuse')
      await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
        remote.push(route.request().url());
        return route.abort();
      });
    else
      page.on('request', (r) => {
        if (r.url().startsWith(base) || r.url().startsWith('data:')) return;
        remote.push(r.url());
        errors.push(`remote request: ${r.url()}`);
      });
    return page;
  };
  const page = await watch(await context.newPage());
  return { context, page, errors, remote, takeErrors: () => errors.splice(0), addPage: async () => watch(await context.newPage()) };
}

export interface Harness {
  /** This file's Chromium (launched before its first test). */
  readonly browser: Browser;
  /** A new page in a new context, recording as above; nothing opened yet. */
  page(opts?: TestPageOptions): Promise<TestPage>;
  /** The built preview, `index.html${query}`, in a new page (320 × 900, en-GB unless given). */
  open(query?: string, opts?: TestPageOptions): Promise<TestPage>;
  /** Closes the pages opened since the last call and fails if any recorded an error (run after each test). */
  settle(): Promise<void>;
}

/**
 * Launch and close hooks for this test file, and the check after each test. `defaults` are the page
 * options the file's pages share (a test's own options win).
 */
export function browserHarness(defaults: TestPageOptions = {}): Harness {
  let browser: Browser | undefined;
  const opened: TestPage[] = [];
  const harness: Harness = {
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll: use it inside a test.');
      return browser;
    },
    async page(opts = {}) {
      const created = await newTestPage(harness.browser, { ...defaults, ...opts });
      opened.push(created);
      return created;
    },
    async open(query = '', opts = {}) {
      const created = await harness.page(opts);
      await created.page.goto(previewUrl(query));
      return created;
    },
    async settle() {
      const pages = opened.splice(0);
      // Pages left open would also compete with the next test's measurements.
      for (const p of pages) await p.context.close().catch(() => undefined);
      const errors = pages.flatMap((p) => p.errors);
      if (errors.length) throw new Error(`The test's pages recorded ${errors.length} error(s):\n${errors.join('\n')}`);
    },
  };
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(() => harness.settle());
  afterAll(async () => {
    await browser?.close();
  });
  return harness;
}

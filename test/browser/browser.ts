import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium.mjs';

export const screenshotDir = resolve(import.meta.dirname, '../../test-results/screens');

export function launch(): Promise<Browser> {
  return launchChromium();
}

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

/** What a test page collects while it runs. */
export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** The page's uncaught errors; with `csp`, the CSP violations it logs; with `remote: 'report'`, each remote request as `remote request: <url>`. */
  errors: string[];
  /** The address of each remote request (see `remote` in the options). */
  remote: string[];
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
export async function newTestPage(browser: Browser, opts: TestPageOptions = {}): Promise<TestPage> {
  const base = inject('baseUrl');
  const locale = opts.locale === undefined ? 'en-GB' : opts.locale;
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 320, height: opts.height ?? 900 },
    ...(locale === null ? {} : { locale }),
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
    ...(opts.forcedColors ? { forcedColors: opts.forcedColors } : {}),
  });
  if (opts.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  if (opts.cpuThrottle) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: opts.cpuThrottle });
  const errors: string[] = [];
  const remote: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (opts.csp)
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
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
  return { context, page, errors, remote };
}

/** The built preview, `${baseUrl}/index.html${query}`, in a new context (320 × 900, en-GB unless given). */
export async function openPreview(browser: Browser, query = '', opts: TestPageOptions = {}): Promise<TestPage> {
  const opened = await newTestPage(browser, opts);
  await opened.page.goto(`${inject('baseUrl')}/index.html${query}`);
  return opened;
}

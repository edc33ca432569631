import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

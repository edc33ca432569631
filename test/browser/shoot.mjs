// Ad-hoc screenshot helper for looking at the preview: node test/browser/shoot.mjs URL OUT [width]
import { launchChromium } from '../support/chromium.mjs';
const [url, out, width = '900'] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(1200);
await page.screenshot({ path: out, fullPage: true });
await browser.close();

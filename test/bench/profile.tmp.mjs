import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
const dir = '/tmp/nas-bench/pane';
const fake = readFileSync('/work/main/test/bench/fakeOffice.js', 'utf8');
const server = createServer((req, res) => { try { res.writeHead(200, { 'content-type': extname(req.url) === '.js' ? 'text/javascript' : 'text/html' }).end(readFileSync(join(dir, new URL(req.url, 'http://x').pathname))); } catch { res.writeHead(404).end(); } });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const throttle of [4, 1]) {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
  await ctx.route('https://appsforoffice.microsoft.com/**', (r) => r.fulfill({ body: fake, contentType: 'text/javascript' }));
  const page = await ctx.newPage();
  await (await ctx.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
  await page.waitForFunction(() => performance.getEntriesByName('nas-actions-ready').length > 0);
  const info = await page.evaluate(() => ({
    ready: performance.getEntriesByName('nas-actions-ready')[0].startTime,
    dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    res: performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)}`),
    fcp: performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)}`),
  }));
  console.log('throttle', throttle, JSON.stringify(info));
  await page.waitForTimeout(1500);
  const t = await page.evaluate(async () => { const b = document.querySelector('[data-kind="audit"]'); const t0 = performance.now(); b.click(); await new Promise((d) => { const c = () => (document.querySelector('#field-note') ? d() : requestAnimationFrame(c)); c(); }); return performance.now() - t0; });
  console.log('action after idle', t.toFixed(1));
  await ctx.close();
}
await browser.close(); server.close();

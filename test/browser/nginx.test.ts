// The generated nginx configuration (hosting/nginx.conf, from scripts/csp.mjs) on a real nginx:
// Debian's /usr/sbin/nginx, run here as a child process in a temporary prefix on a free loopback
// port, serving dist/ as IT would. The pane and the tab load through it under its CSP with no
// violation, and every header is checked: the policy, no-cache on the pages, events.js and the
// manifests, a year only for the content-hashed files. CI installs nginx (.ci/run); elsewhere, a
// machine without it skips this file and says so.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';
import { hostingFiles } from '../../scripts/hosting.mjs';
import { axeViolations, launch, newTestPage } from './browser';

const nginxBinary = '/usr/sbin/nginx';
const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');
const haveNginx = existsSync(nginxBinary);
if (!haveNginx && process.env.CI) throw new Error(`${nginxBinary} is missing: CI installs Debian's nginx (.ci/run) for this test.`);
if (!haveNginx)
  console.warn(`Skipping test/browser/nginx.test.ts: ${nginxBinary} is not installed here (not CI). apt-get install nginx to run it.`);

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });

let nginx: ChildProcess | undefined;
let prefix = '';
let url = '';
/** The same dist/ under /nas/ on a second server, with the snippet generated for that path. */
let pathUrl = '';
let browser: Browser;

beforeAll(async () => {
  if (!haveNginx) return;
  prefix = mkdtempSync(join(tmpdir(), 'nas-nginx-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const pathPort = await freePort();
  pathUrl = `http://127.0.0.1:${pathPort}/nas`;
  writeFileSync(join(prefix, 'nas-assistant.conf'), readFileSync(resolve(root, 'hosting/nginx.conf'), 'utf8'));
  writeFileSync(join(prefix, 'nas-assistant-path.conf'), hostingFiles('https://apps.example.nhs.uk/nas')['nginx.conf']);
  mkdirSync(join(prefix, 'site'));
  symlinkSync(dist, join(prefix, 'site', 'nas'));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    include ${prefix}/nas-assistant.conf;
  }
  server {
    listen 127.0.0.1:${pathPort};
    root ${prefix}/site;
    include ${prefix}/nas-assistant-path.conf;
  }
}
`,
  );
  const started = spawn(nginxBinary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx = started;
  let output = '';
  started.stdout?.on('data', (d) => (output += d));
  started.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<never>((_, fail) => started.on('exit', (code) => fail(new Error(`nginx exited (${code}): ${output}`))));
  // Up when it answers.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answered = await Promise.race([
      fetch(`${url}/taskpane.html`).then(
        () => true,
        () => false,
      ),
      exited,
    ]);
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launch();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const stopped = new Promise((done) => nginx!.on('exit', done));
    nginx.kill('SIGTERM');
    await stopped;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

describe.skipIf(!haveNginx)('dist/ served by nginx with the generated hosting/nginx.conf', () => {
  test('the committed snippet is the generator output the test serves', () => {
    expect(readFileSync(resolve(root, 'hosting/nginx.conf'), 'utf8')).toBe(hostingFiles('https://nas.example.nhs.uk')['nginx.conf']);
  });

  const hashed = readdirSync(resolve(dist, 'assets')).map((f) => `/assets/${f}`);
  const revalidated = [
    '/taskpane.html',
    '/tab.html',
    '/events.html',
    '/events.js',
    '/manifest.xml',
    '/manifest.json',
    '/support.html',
    '/icon-16.png',
    '/app-icon-80.png',
    '/color.png',
  ];

  test('every file Vite wrote to assets/ carries a content hash (so a year of caching is safe)', () => {
    expect(hashed.length).toBeGreaterThan(5);
    for (const path of hashed) expect(path).toMatch(/^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.(js|css)$/);
  });

  test.each(revalidated)('%s: the policy, and revalidated on every load (no-cache)', async (path) => {
    const response = await fetch(`${url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('etag')).toBeTruthy();
  });

  test('the content-hashed assets: the policy, and cached for a year', async () => {
    for (const path of hashed) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-security-policy'), path).toBe(contentSecurityPolicy);
      expect(response.headers.get('content-type'), path).toMatch(/^(application|text)\/(javascript|css)/);
    }
  });

  test('a site under a path (/nas/), with the snippet generated for it: the same headers there', async () => {
    const page = await fetch(`${pathUrl}/taskpane.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const events = await fetch(`${pathUrl}/events.js`);
    expect(events.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${pathUrl}${hashed[0]}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  test('the right content types for what Outlook fetches: pages, the event script, the manifests', async () => {
    const type = async (path: string) => (await fetch(`${url}${path}`)).headers.get('content-type');
    expect(await type('/taskpane.html')).toMatch(/^text\/html/);
    expect(await type('/events.js')).toMatch(/^application\/javascript/);
    expect(await type('/manifest.xml')).toMatch(/^(text|application)\/xml/);
    expect(await type('/manifest.json')).toMatch(/^application\/json/);
  });

  test('the task pane loads through nginx under its policy, with no violation', async () => {
    const { context, page, errors } = await newTestPage(browser, { remote: 'refuse', csp: true });
    // office.js is refused (no network here): the pane says it is not inside Outlook, as it should.
    const response = await page.goto(`${url}/taskpane.html`);
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy);
    await expect.poll(() => page.getByText('Not inside Outlook').count(), { timeout: 10_000 }).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the tab loads through nginx under its policy: the requests, usable, with no violation', async () => {
    const { context, page, errors } = await newTestPage(browser, { remote: 'refuse', csp: true });
    await page.addInitScript(() => localStorage.setItem('nas-assistant-tab:mailboxes', '["care.vn6c2@nhs.net"]'));
    const response = await page.goto(`${url}/tab.html`);
    expect(response?.headers()['cache-control']).toBe('no-cache');
    await expect.poll(() => page.getByRole('button', { name: /Add new staff/ }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByText('Not inside Teams').count(), { timeout: 10_000 }).toBe(1);
    // The notice above the requests passes axe (WCAG 2.2 AA) like the rest of the tab.
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Add new staff/ }).click();
    await expect.poll(() => page.getByLabel('Full name').count(), { timeout: 10_000 }).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

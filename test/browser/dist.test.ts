// What `npm run build` and `npm run package` produce, checked on the real output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { checkXmlManifest, validateUnified } from '../../scripts/manifests.mjs';
import { fakeEventOffice } from '../support/fakeEventOffice.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');

describe('the event script', () => {
  const script = readFileSync(resolve(dist, 'events.js'), 'utf8');

  test('is one classic script: no imports, no lookbehind (classic Outlook runs it on its own)', () => {
    expect(script).not.toMatch(/^\s*(import|export)\s/m);
    expect(script).not.toMatch(/\bimport\(/);
    expect(script).not.toMatch(/\(\?<[=!]/);
    expect(readFileSync(resolve(dist, 'events.html'), 'utf8')).toContain('<script src="events.js"></script>');
  });

  test('loaded alone with only Office present, it registers the handlers; the send handler blocks a shared-only NAS request from a personal From', async () => {
    const handlers: Record<string, (event: unknown) => void> = {};
    const Office = fakeEventOffice({ from: 'amira.khan3@nhs.net', associate: (name, fn) => (handlers[name] = fn) });
    runInNewContext(script, { Office, setTimeout, clearTimeout, Intl, console });
    expect(Object.keys(handlers)).toEqual(['onMessageSendHandler', 'onMessageFromChangedHandler', 'onMessageRecipientsChangedHandler']);
    const completed = await new Promise((done) => handlers.onMessageSendHandler!({ completed: done }));
    expect(completed).toMatchObject({
      allowEvent: false,
      commandId: 'msgComposeOpenPaneButton',
      errorMessage: expect.stringContaining('shared mailbox'),
    });
  });
});

test('dist/ carries both manifests pointing at the default base URL, and their icons', () => {
  const xml = readFileSync(resolve(dist, 'manifest.xml'), 'utf8');
  expect(checkXmlManifest(xml, 'https://localhost:3000')).toEqual([]);
  expect(validateUnified(JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')))).toEqual([]);
  for (const f of ['icon-16.png', 'icon-80.png', 'color.png', 'outline.png', 'support.html', 'taskpane.html', 'events.js'])
    expect(readFileSync(resolve(dist, f)).length).toBeGreaterThan(0);
});

test('dist/ ships the product only: no preview page, no preview code, no simulated mailbox; the preview builds on its own', () => {
  const files = readdirSync(dist);
  expect(files).not.toContain('index.html');
  const assets = readdirSync(resolve(dist, 'assets'));
  expect(assets.filter((f) => /preview/i.test(f))).toEqual([]);
  for (const f of assets) expect(readFileSync(resolve(dist, 'assets', f), 'utf8')).not.toContain('nas-assistant-preview:');
  const preview = resolve(root, 'dist-preview');
  expect(readdirSync(preview)).toContain('index.html');
  expect(readdirSync(resolve(preview, 'assets')).some((f) => f.startsWith('preview-'))).toBe(true);
  expect(readdirSync(preview)).not.toContain('taskpane.html');
});

// Run from another folder, with Vitest's NODE_ENV=test in the environment: the build must not care.
test('a build for another host points every manifest URL at it', () => {
  const out = mkdtempSync(join(tmpdir(), 'nas-dist-'));
  try {
    execFileSync(
      process.execPath,
      [resolve(root, 'scripts/build.mjs'), '--base-url', 'https://nas.trust.example.nhs.uk/addin/', '--sector-addresses', '--out-dir', out],
      { stdio: 'pipe', cwd: tmpdir() },
    );
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(checkXmlManifest(xml, 'https://nas.trust.example.nhs.uk/addin')).toEqual([]);
    expect(xml).not.toContain('localhost');
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).not.toContain('localhost');
    // --sector-addresses is compiled in: this pane sends NAS requests to the sector addresses.
    const pane = readdirSync(join(out, 'assets')).find((f) => f.startsWith('taskpane-'))!;
    expect(readFileSync(join(out, 'assets', pane), 'utf8')).toContain('useSectorAddresses:!0');
    const defaultPane = readdirSync(join(dist, 'assets')).find((f) => f.startsWith('taskpane-'))!;
    expect(readFileSync(join(dist, 'assets', defaultPane), 'utf8')).toContain('useSectorAddresses:!1');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);

test('a build refuses a non-https base URL', () => {
  expect(() =>
    execFileSync(
      process.execPath,
      [resolve(root, 'scripts/build.mjs'), '--base-url', 'http://nas.example.org', '--out-dir', join(tmpdir(), 'never')],
      { stdio: 'pipe' },
    ),
  ).toThrow(/HTTPS only/);
});

test('npm run package makes the app package: manifest.json and its two icons', () => {
  execFileSync(process.execPath, [resolve(root, 'scripts/package.mjs')], { stdio: 'pipe' });
  const files = unzipSync(readFileSync(resolve(dist, 'nas-assistant-app.zip')));
  expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  expect(JSON.parse(new TextDecoder().decode(files['manifest.json'])).id).toBe('cafcc510-1a64-4ee7-a018-e152aa6b72df');
});

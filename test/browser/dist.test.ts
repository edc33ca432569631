// What `npm run build` and `npm run package` produce, checked on the real output.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { checkXmlManifest, validateUnified } from '../../scripts/manifests.mjs';
import { hostingFiles } from '../../scripts/hosting.mjs';
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
    // Its header says what it was built for (not "the default base").
    expect(xml).toContain('Built by npm run build for the base URL https://nas.trust.example.nhs.uk/addin: upload this file.');
    expect(xml).not.toMatch(/default base|for development/);
    // The hosting configurations Azure Static Web Apps and IIS read from the site's root.
    expect(readFileSync(join(out, 'staticwebapp.config.json'), 'utf8')).toBe(
      hostingFiles('https://nas.trust.example.nhs.uk/addin')['staticwebapp.config.json'],
    );
    expect(readFileSync(join(out, 'web.config'), 'utf8')).toContain('<location path="assets">');

    // As IT would go on: validate what was built, then package it. Both say the base URL, neither rebuilds.
    const validated = execFileSync(process.execPath, [resolve(root, 'scripts/validate.mjs'), '--dist', '--out-dir', out], {
      encoding: 'utf8',
    });
    expect(validated).toContain(`Base URL checked: https://nas.trust.example.nhs.uk/addin (${out}, as built)`);
    expect(validated).not.toMatch(/^FAIL/m);
    const packaged = execFileSync(process.execPath, [resolve(root, 'scripts/package.mjs'), '--out-dir', out], { encoding: 'utf8' });
    expect(packaged).toContain('for https://nas.trust.example.nhs.uk/addin');
    const zipped = unzipSync(readFileSync(join(out, 'nas-assistant-app.zip')));
    expect(new TextDecoder().decode(zipped['manifest.json'])).toBe(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(new TextDecoder().decode(zipped['manifest.json'])).not.toContain('localhost');
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

test('npm run package makes the app package from dist/ as built (manifest.json and its two icons), a development one only with --dev', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [resolve(root, 'scripts/package.mjs'), ...args], { encoding: 'utf8' });
  const refused = run();
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('https://localhost:3000 is a development address');
  const made = run('--dev');
  expect(made.status).toBe(0);
  expect(made.stdout).toContain('for https://localhost:3000');
  const files = unzipSync(readFileSync(resolve(dist, 'nas-assistant-app.zip')));
  expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  // The unified manifest's own GUID, hiding the XML add-in's.
  expect(manifest.id).toBe('32c04f48-3450-49b3-a316-ec1cda03b383');
  expect(manifest.extensions[0].alternates[0].hide.customOfficeAddin.officeAddinId).toBe('cafcc510-1a64-4ee7-a018-e152aa6b72df');
});

test('npm run validate -- --dist says the base URL it checked, and refuses localhost unless --dev', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [resolve(root, 'scripts/validate.mjs'), '--dist', ...args], { encoding: 'utf8' });
  const refused = run();
  expect(refused.status).toBe(1);
  expect(refused.stdout).toContain(`Base URL checked: https://localhost:3000 (${dist}, as built)`);
  expect(refused.stdout).toContain('FAIL The base URL is not a development address (pass --dev for a development build)');
  const dev = run('--dev');
  expect(dev.stdout).toContain('ok   A development build (--dev): the base URL may be localhost');
  expect(dev.stdout).not.toMatch(/^FAIL/m);
}, 60_000);

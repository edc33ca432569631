// The hosting definition (scripts/csp.mjs) and the configurations generated from it
// (scripts/hosting.mjs, committed in hosting/). test/browser/nginx.test.ts serves dist/ with the
// generated nginx configuration on a real nginx and checks every header there.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cacheControlFor, contentSecurityPolicy } from '../../scripts/csp.mjs';
import { basePath, hostingFiles, nginxConf, staticWebAppConfig, webConfig } from '../../scripts/hosting.mjs';
import { parseXml, root } from '../../scripts/manifests.mjs';

const directive = (name: string) =>
  contentSecurityPolicy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

describe('the Content-Security-Policy', () => {
  // Microsoft, "Tab requirements" (Teams platform): "Set Content Security Policy headers to allow
  // Teams and any other host applications of your app", the frame-ancestor permission per host.
  const microsoftTabHosts = {
    'All hosts': ['https://*.cloud.microsoft'],
    Teams: ['https://teams.microsoft.com', 'https://*.teams.microsoft.com'],
    'Microsoft 365 app': ['https://*.microsoft365.com', 'https://*.office.com'],
    Outlook: [
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://outlook-sdf.office.com',
      'https://outlook-sdf.office365.com',
    ],
  };

  test.each(Object.entries(microsoftTabHosts))(
    "frame-ancestors lets every %s origin in Microsoft's tab list frame the tab",
    (_host, origins) => {
      for (const origin of origins) expect(directive('frame-ancestors')).toContain(origin);
    },
  );

  test('frame-ancestors also lets Outlook on the web frame the task pane, and nobody else', () => {
    expect(directive('frame-ancestors')).toContain('https://outlook.cloud.microsoft');
    expect(directive('frame-ancestors').filter((o) => !Object.values(microsoftTabHosts).flat().includes(o))).toEqual([
      'https://outlook.cloud.microsoft',
      'https://*.officeapps.live.com',
    ]);
    expect(directive('frame-ancestors').every((o) => o.startsWith('https://'))).toBe(true);
  });

  test("connect-src is the pane itself and TeamsJS's origin list on Microsoft's CDN, as docs/deploy.md says", () => {
    expect(directive('connect-src')).toEqual(["'self'", 'https://res.cdn.office.net']);
    const deploy = readFileSync(resolve(root, 'docs/deploy.md'), 'utf8');
    expect(deploy).toContain("connect-src 'self' https://res.cdn.office.net");
    expect(deploy).not.toMatch(/connect-src 'self'`/);
  });

  test('docs/deploy.md shows exactly the header that ships', () => {
    const deploy = readFileSync(resolve(root, 'docs/deploy.md'), 'utf8');
    const block = deploy.match(/```\nContent-Security-Policy: ([\s\S]*?)\n```/)?.[1];
    expect(block?.replace(/\s+/g, ' ')).toBe(contentSecurityPolicy);
  });

  test('scripts only from the pane and the office.js CDN; no eval, no inline scripts', () => {
    expect(directive('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });
});

describe('caching', () => {
  test.each([
    '/assets/tab-C66PhfQH.js',
    '/assets/lazyScreens-Ce_GfoSP.js',
    '/assets/taskpane-Cz2eU_SQ.css',
    '/nas/assets/Diagnostics-2-Vrg0Jb.js',
  ])('a content-hashed asset (%s) is cached for a year', (path) => {
    expect(cacheControlFor(path)).toBe('public, max-age=31536000, immutable');
  });

  test.each([
    '/taskpane.html',
    '/tab.html',
    '/events.html',
    '/events.js',
    '/manifest.xml',
    '/manifest.json',
    '/icon-16.png',
    '/assets/plain.js',
    '/assets/tab-short.js',
    '/tab-C66PhfQH.js',
  ])('%s is revalidated on every load', (path) => {
    expect(cacheControlFor(path)).toBe('no-cache');
  });
});

describe('the generated configurations', () => {
  test('the committed hosting/ folder is what npm run hosting generates', () => {
    for (const [name, text] of Object.entries(hostingFiles('https://nas.example.nhs.uk')))
      expect(readFileSync(resolve(root, 'hosting', name), 'utf8')).toBe(text);
  });

  test('nginx: every header in both locations (add_header in a location replaces the outer ones)', () => {
    const conf = nginxConf('/');
    expect(conf.match(/add_header Content-Security-Policy "([^"]+)" always;/g)).toHaveLength(2);
    expect(conf).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy}" always;`);
    expect(conf.match(/add_header Cache-Control "no-cache" always;/g)).toHaveLength(1);
    expect(conf.match(/add_header Cache-Control "public, max-age=31536000, immutable" always;/g)).toHaveLength(1);
    expect(conf).toMatch(/^location \/ \{$/m);
  });

  test('nginx under a path: the locations follow the base URL', () => {
    expect(basePath('https://apps.example.nhs.uk/nas')).toBe('/nas/');
    expect(basePath('https://apps.example.nhs.uk')).toBe('/');
    const conf = nginxConf('/nas/');
    expect(conf).toMatch(/^location \/nas\/ \{$/m);
    expect(conf).toContain('location ~ "^/nas/(?:.+/)?assets/');
  });

  test('Azure Static Web Apps: the policy and no-cache on every response, a year for hashed scripts and styles', () => {
    const config = JSON.parse(staticWebAppConfig());
    expect(config.globalHeaders).toMatchObject({ 'Content-Security-Policy': contentSecurityPolicy, 'Cache-Control': 'no-cache' });
    expect(config.routes).toEqual([{ route: '/assets/*.{js,css}', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } }]);
  });

  test('IIS: well-formed, the policy everywhere, a year only under assets/', () => {
    const { doc, errors } = parseXml(webConfig());
    expect(errors).toEqual([]);
    const adds = Array.from(doc.getElementsByTagName('add')).map((n) => [n.getAttribute('name'), n.getAttribute('value')]);
    expect(adds).toContainEqual(['Content-Security-Policy', contentSecurityPolicy]);
    expect(adds).toContainEqual(['Cache-Control', 'no-cache']);
    const location = doc.getElementsByTagName('location')[0]!;
    expect(location.getAttribute('path')).toBe('assets');
    expect(Array.from(location.getElementsByTagName('add')).map((n) => n.getAttribute('value'))).toEqual([
      'public, max-age=31536000, immutable',
    ]);
  });
});

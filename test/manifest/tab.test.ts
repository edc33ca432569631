// The personal tab in the unified manifest (the one app package for Teams, Outlook and the
// Microsoft 365 app), and proof that each check fails on a broken manifest.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkTab, rebase, root, validateUnified } from '../../scripts/manifests.mjs';

const json = JSON.parse(readFileSync(resolve(root, 'addin/manifest.json'), 'utf8'));
const clone = <T>(v: T): T => structuredClone(v);

describe('the personal tab', () => {
  test('one static tab, personal scope, tab.html under the base URL; the manifest validates against its official schema', () => {
    expect(json.staticTabs).toEqual([
      {
        entityId: 'nasAssistant',
        name: 'NAS Assistant',
        // Teams fills in {theme} (default, dark, contrast), so the tab's first paint has the user's theme.
        contentUrl: 'https://localhost:3000/tab.html?theme={theme}',
        scopes: ['personal'],
        context: ['personalTab'],
      },
    ]);
    expect(checkTab(json)).toEqual([]);
    expect(validateUnified(json)).toEqual([]);
    // Teams apps that run in Outlook and the Microsoft 365 app need manifest 1.13 or later.
    expect(Number(json.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(13);
    expect(json.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  test('TeamsJS is pinned exactly, at 2.19 or later (what Microsoft requires for apps in Outlook and the Microsoft 365 app)', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies['@microsoft/teams-js']).toBe('2.58.0');
    expect(json.manifestVersion).toBe('1.17');
  });

  test('rebased for another host, the tab follows it', () => {
    const moved = JSON.parse(rebase(JSON.stringify(json), 'https://addins.example.nhs.uk/nas'));
    expect(moved.staticTabs[0].contentUrl).toBe('https://addins.example.nhs.uk/nas/tab.html?theme={theme}');
    expect(checkTab(moved, 'https://addins.example.nhs.uk/nas')).toEqual([]);
  });

  test('each tab check fails on a broken manifest', () => {
    const noTab = clone(json);
    delete noTab.staticTabs;
    expect(checkTab(noTab)).toEqual(['staticTabs: expected one personal tab, found 0']);
    const team = clone(json);
    team.staticTabs[0].scopes = ['team'];
    expect(checkTab(team)[0]).toMatch(/scopes must be \["personal"\]/);
    const elsewhere = clone(json);
    elsewhere.staticTabs[0].contentUrl = 'https://localhost:3000/taskpane.html';
    expect(checkTab(elsewhere)[0]).toMatch(/contentUrl must be https:\/\/localhost:3000\/tab\.html\?theme=\{theme\}/);
    const noTheme = clone(json);
    noTheme.staticTabs[0].contentUrl = 'https://localhost:3000/tab.html';
    expect(checkTab(noTheme)[0]).toMatch(/contentUrl must be/);
    const noDomain = clone(json);
    noDomain.validDomains = ['https://elsewhere.example'];
    expect(checkTab(noDomain)).toEqual(["validDomains: must include the tab's domain (https://localhost:3000)"]);
  });

  test('the official schema rejects a malformed tab', () => {
    const bad = clone(json);
    bad.staticTabs[0].scopes = ['everyone'];
    bad.staticTabs[0].extra = true;
    const problems = validateUnified(bad);
    expect(problems.some((p) => p.startsWith('/staticTabs/0/scopes/0'))).toBe(true);
    expect(problems.some((p) => p.includes('additionalProperties') || p.includes('additional properties'))).toBe(true);
    // (The bundled schema does not enforce https on contentUrl; checkTab and the build's base URL check do.)
    const http = clone(json);
    http.staticTabs[0].contentUrl = 'http://localhost:3000/tab.html?theme={theme}';
    expect(checkTab(http)).toHaveLength(1);
  });
});

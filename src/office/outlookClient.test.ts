// Which Outlook this is, as each host can tell: Office's diagnostics for the add-in, TeamsJS's host
// name for the tab, the scenario for the preview. Unknown stays unknown (every client's steps shown).
import { afterEach, describe, expect, test } from 'vitest';
import { memoryStorage, outlookClient } from './host';
import { OfficeHost } from './officeHost';
import { composeItem, installOffice, uninstallOffice } from './officeMock';
import { MemoryHost } from './memoryHost';
import { defaultScenario, scenarioFromQuery, scenarioToQuery } from './scenario';
import { FakeTeams } from './fakeTeams';
import { TeamsHost } from './teamsHost';

afterEach(() => uninstallOffice());

describe('outlookClient (Office.Diagnostics hostName, and the platform for "Outlook")', () => {
  test.each([
    ['newOutlookWindows', 'PC', 'new'],
    ['OutlookWebApp', 'OfficeOnline', 'web'],
    ['OutlookIOS', 'iOS', 'mobile'],
    ['OutlookAndroid', 'Android', 'mobile'],
    ['Outlook', 'PC', 'classic'],
    ['Outlook', 'Mac', 'mac'],
  ] as const)('%s on %s is %s', (host, platform, client) => {
    expect(outlookClient(host, platform)).toBe(client);
  });

  test.each([
    ['Outlook', undefined],
    ['Outlook', 'OfficeOnline'],
    ['Outlook', 'constructor'],
    ['Mac Outlook', 'Mac'],
    [undefined, 'PC'],
    ['', 'PC'],
    ['toString', 'PC'],
    ['constructor', 'PC'],
  ])('%s on %s is unknown', (host, platform) => {
    expect(outlookClient(host, platform)).toBeUndefined();
  });
});

describe('each host reports it in the snapshot', () => {
  test('Outlook: from mailbox.diagnostics and Office.context.diagnostics (or Office.context.platform)', async () => {
    installOffice({ item: composeItem(), mailbox: { diagnostics: { hostName: 'Outlook' } } });
    (Office.context as unknown as { diagnostics: unknown }).diagnostics = { platform: 'PC' };
    expect((await new OfficeHost().snapshot()).client).toBe('classic');
    installOffice({ item: composeItem(), mailbox: { diagnostics: { hostName: 'Outlook' } } });
    (Office.context as unknown as { platform: unknown }).platform = 'Mac';
    expect((await new OfficeHost().snapshot()).client).toBe('mac');
    installOffice({ item: composeItem(), mailbox: { diagnostics: { hostName: 'newOutlookWindows' } } });
    expect((await new OfficeHost().snapshot()).client).toBe('new');
  });

  test('Outlook without diagnostics, or diagnostics that throw: unknown, and the snapshot still comes', async () => {
    installOffice({ item: composeItem(), mailbox: { diagnostics: undefined } });
    expect((await new OfficeHost().snapshot()).client).toBeUndefined();
    installOffice({ item: composeItem() });
    Object.defineProperty(Office.context.mailbox, 'diagnostics', {
      get() {
        throw new Error('no');
      },
    });
    const snapshot = await new OfficeHost().snapshot();
    expect(snapshot.mode).toBe('compose');
    expect(snapshot.client).toBeUndefined();
  });

  test('the tab: classic Outlook where TeamsJS names OutlookWin32; Outlook (new or web alike) and Teams are unknown', async () => {
    const client = async (hostName: string) => {
      const host = new TeamsHost(new FakeTeams({ mail: true, hostName }), memoryStorage(), 50);
      return (await host.snapshot()).client;
    };
    expect(await client('OutlookWin32')).toBe('classic');
    expect(await client('Outlook')).toBeUndefined();
    expect(await client('Teams')).toBeUndefined();
  });

  test('the preview: the scenario says (?client=…), round trip through the query; nonsense is unknown', async () => {
    expect(scenarioFromQuery('?client=web').client).toBe('web');
    expect(scenarioFromQuery('?client=outlook').client).toBeUndefined();
    expect(scenarioFromQuery(scenarioToQuery({ client: 'new' })).client).toBe('new');
    expect((await new MemoryHost({ ...defaultScenario, client: 'classic' }, memoryStorage()).snapshot()).client).toBe('classic');
    expect('client' in (await new MemoryHost(defaultScenario, memoryStorage()).snapshot())).toBe(false);
  });
});

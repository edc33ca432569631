// TeamsHost against a local stand-in for the Teams host (FakeTeams): what only a tab does. The
// behaviours every Host must have are the shared contract (teamsHost.contract.test.ts).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HostError, memoryStorage } from './host';
import { FakeTeams, type FakeTeamsOptions } from './fakeTeams';
import { TeamsHost, themeFromTeams, waitForTeams } from './teamsHost';
import { lazyTeamsSdk } from './lazyTeams';

const message = {
  to: ['helpdesk@nhs.net'],
  cc: ['owner@nhs.net'],
  subject: 'New user accounts – VN6C2 – Sunrise House',
  text: 'Plain body',
  html: '<p>Rich</p>',
};

function make(options: FakeTeamsOptions = {}, callTimeoutMs = 50) {
  const teams = new FakeTeams(options);
  return { teams, host: new TeamsHost(teams, memoryStorage(), callTimeoutMs) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('waitForTeams (app.initialize with a time-out)', () => {
  test('inside Teams', async () => {
    expect(await waitForTeams(new FakeTeams())).toEqual({ state: 'teams' });
  });
  test('opened in a browser: TeamsJS rejects, so the tab is outside at once', async () => {
    expect(await waitForTeams(new FakeTeams({ fail: ['initialize'] }))).toEqual({ state: 'outside', reason: 'not-teams' });
  });
  test('framed by something that never answers: outside after exactly the time-out (5 s by default)', async () => {
    vi.useFakeTimers();
    let settled: unknown;
    void waitForTeams(new FakeTeams({ hang: ['initialize'] })).then((s) => (settled = s));
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ state: 'outside', reason: 'timeout' });
  });
});

describe('TeamsHost', () => {
  test('a tab has no mailbox item: mode none, no signals, the user from app.getContext', async () => {
    const { host } = make({ user: { userPrincipalName: 'sam.jones@nhs.net', displayName: 'Sam Jones' } });
    const s = await host.snapshot();
    expect(s.mode).toBe('none');
    expect(s.signals).toEqual([]);
    expect(s.user).toEqual({ address: 'sam.jones@nhs.net', displayName: 'Sam Jones' });
    expect(s.refused.map((r) => r.source)).toEqual(['shared-properties']);
    expect(s.capabilities).toEqual({ composeNew: false, fillCurrent: false, readFrom: false });
    expect(host.name).toBe('teams');
  });

  test('the shared mailbox last confirmed in the tab is its site signal (there is no Outlook signal)', async () => {
    const store = memoryStorage();
    store.set('mailboxes', '["pharmacy.fh542@nhs.net","care.vn6c2@nhs.net"]');
    const s = await new TeamsHost(new FakeTeams(), store, 50).snapshot();
    expect(s.signals).toEqual([{ source: 'remembered', address: 'pharmacy.fh542@nhs.net' }]);
  });

  test.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'light'],
    [undefined, 'light'],
  ] as const)('Teams theme %s is the pane theme %s', async (teams, pane) => {
    expect(themeFromTeams(teams)).toBe(pane);
    if (teams && teams !== 'glass') expect((await make({ theme: teams }).host.snapshot()).theme).toBe(pane);
  });

  test('theme changes are followed: subscribers hear "theme" and the next snapshot has it', async () => {
    const { host, teams } = make({ theme: 'default' });
    await host.snapshot();
    const seen: string[] = [];
    host.subscribe((c) => seen.push(c));
    teams.setTheme('contrast');
    expect(seen).toEqual(['theme']);
    expect((await host.snapshot()).theme).toBe('contrast');
    teams.setTheme('dark');
    expect((await host.snapshot()).theme).toBe('dark');
  });

  test('initialize runs once however many calls are made', async () => {
    const { host, teams } = make();
    await Promise.all([host.snapshot(), host.snapshot()]);
    await host.snapshot();
    expect(teams.calls.filter((c) => c === 'initialize')).toHaveLength(1);
  });

  test('a failed initialize is tried again on the next call', async () => {
    const teams = new FakeTeams({ fail: ['initialize'] });
    const host = new TeamsHost(teams, memoryStorage(), 50);
    await expect(host.snapshot()).rejects.toBeInstanceOf(HostError);
    await expect(host.snapshot()).rejects.toBeInstanceOf(HostError);
    expect(teams.calls.filter((c) => c === 'initialize')).toHaveLength(2);
  });

  test('inside Outlook (mail supported): composeNew opens a new email with To, Cc, subject and the text body', async () => {
    const { host, teams } = make({ mail: true });
    expect((await host.snapshot()).capabilities.composeNew).toBe(true);
    await host.composeNew(message);
    expect(teams.composed).toEqual([{ to: ['helpdesk@nhs.net'], cc: ['owner@nhs.net'], subject: message.subject, body: 'Plain body' }]);
  });

  test('where mail is not supported (Teams), composeNew is a HostError pointing to the fallbacks', async () => {
    const { host, teams } = make({ mail: false });
    const error = await host.composeNew(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/Open in Outlook or copy/);
    expect(teams.composed).toEqual([]);
  });

  test('composeMail failing or hanging becomes a HostError', async () => {
    const failing = make({ mail: true, fail: ['composeMail'] }).host;
    await expect(failing.composeNew(message)).rejects.toMatchObject({
      name: 'HostError',
      operation: 'composeNew',
      message: expect.stringMatching(/Outlook could not open a new email \(composeMail failed\)/),
    });
    const hanging = make({ mail: true, hang: ['composeMail'] }).host;
    await expect(hanging.composeNew(message)).rejects.toMatchObject({
      operation: 'composeNew',
      message: expect.stringMatching(/Outlook could not open a new email \(Teams did not answer within 0\.05 seconds\)/),
    });
  });

  test('nothing to fill and no From in a tab', async () => {
    const { host } = make();
    await expect(host.fillCurrent()).rejects.toMatchObject({ name: 'HostError', operation: 'fillCurrent' });
    expect(await host.getFrom()).toBeUndefined();
  });

  test('a listener that throws does not stop the others', async () => {
    const { host, teams } = make();
    await host.snapshot();
    const after = vi.fn();
    host.subscribe(() => {
      throw new Error('broken');
    });
    host.subscribe(after);
    teams.setTheme('dark');
    expect(after).toHaveBeenCalledWith('theme');
  });
});

describe('the first screen before Teams answers (the tab does not wait for TeamsJS)', () => {
  test('connectingSnapshot: no Teams call, the remembered site, the theme from the address, no mail capability', () => {
    const store = memoryStorage();
    store.set('mailboxes', '["care.vn6c2@nhs.net"]');
    const teams = new FakeTeams({ mail: true });
    const s = new TeamsHost(teams, store, 50).connectingSnapshot('dark');
    expect(teams.calls).toEqual([]);
    expect(s).toMatchObject({ mode: 'none', user: { address: '' }, theme: 'dark' });
    expect(s.signals).toEqual([{ source: 'remembered', address: 'care.vn6c2@nhs.net' }]);
    expect(s.capabilities).toEqual({ composeNew: false, fillCurrent: false, readFrom: false });
    expect(new TeamsHost(teams, store, 50).connectingSnapshot().theme).toBe('light');
  });

  test('start(): once Teams answers, subscribers hear a change, and the next snapshot has the user, theme and mail', async () => {
    const { host } = make({ theme: 'contrast', mail: true });
    const seen: string[] = [];
    host.subscribe((c) => seen.push(c));
    expect(await host.start()).toEqual({ state: 'teams' });
    expect(seen).toEqual(['theme']);
    expect(await host.snapshot()).toMatchObject({
      theme: 'contrast',
      user: { address: 'amira.khan3@nhs.net' },
      capabilities: { composeNew: true },
    });
  });

  test('start() outside Teams: nobody hears a change', async () => {
    const { host } = make({ fail: ['initialize'] });
    const seen: string[] = [];
    host.subscribe((c) => seen.push(c));
    expect(await host.start()).toEqual({ state: 'outside', reason: 'not-teams' });
    expect(seen).toEqual([]);
  });

  test('getContext failing: the snapshot still comes, with the user refused (the tab works without it)', async () => {
    const s = await make({ fail: ['getContext'] }).host.snapshot();
    expect(s.user.address).toBe('');
    expect(s.refused[0]).toEqual({ source: 'user-profile', reason: expect.stringMatching(/Teams did not say who is signed in/) });
  });
});

describe('lazyTeamsSdk (TeamsJS fetched on demand)', () => {
  test('nothing is loaded until a call needs it; then once; mail is false until initialize has answered', async () => {
    const fake = new FakeTeams({ mail: true });
    const load = vi.fn(() => Promise.resolve(fake));
    const sdk = lazyTeamsSdk(load);
    expect(load).not.toHaveBeenCalled();
    expect(sdk.mailSupported()).toBe(false);
    await Promise.all([sdk.initialize(), sdk.getContext().catch(() => undefined)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(sdk.mailSupported()).toBe(true);
    const themes: string[] = [];
    sdk.onThemeChange((t) => themes.push(t));
    fake.setTheme('dark');
    expect(themes).toEqual(['dark']);
    await sdk.composeMail({ to: ['helpdesk@nhs.net'], cc: [], subject: 's', body: 'b' });
    expect(fake.composed).toHaveLength(1);
  });

  test('a failed load rejects the call and is tried again next time; a theme handler registered early is passed on', async () => {
    const fake = new FakeTeams();
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(fake);
    const sdk = lazyTeamsSdk(load);
    const themes: string[] = [];
    sdk.onThemeChange((t) => themes.push(t)); // before anything loaded (its load fails, quietly)
    await expect(sdk.initialize()).rejects.toThrow('offline');
    await sdk.initialize();
    expect(load).toHaveBeenCalledTimes(2);
    sdk.onThemeChange((t) => themes.push(t));
    fake.setTheme('contrast');
    expect(themes).toEqual(['contrast']);
  });
});

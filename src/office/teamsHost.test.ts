// TeamsHost against a local stand-in for the Teams host (FakeTeams). The first block is the shared
// host contract (the behaviours every Host must have); the rest is what only a tab does.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HostError, memoryStorage, type Host } from './host';
import { FakeTeams, type FakeTeamsOptions } from './fakeTeams';
import { TeamsHost, themeFromTeams, waitForTeams } from './teamsHost';

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

/** The Host contract, written against a factory so the shared suite can run it on TeamsHost too. */
export function hostContract(
  name: string,
  setup: {
    /** A working host, and a way to make it report a change the pane must follow (theme, item or From). */
    make: () => { host: Host; change: () => void };
    failing: () => Host;
    hanging: () => Host;
  },
) {
  describe(`${name}: host contract`, () => {
    test('subscribe twice, unsubscribe one: the other still hears changes', async () => {
      const { host, change } = setup.make();
      await host.snapshot();
      const a = vi.fn();
      const b = vi.fn();
      const stopA = host.subscribe(a);
      host.subscribe(b);
      change();
      expect(a).toHaveBeenCalledTimes(1);
      expect(b).toHaveBeenCalledTimes(1);
      stopA();
      change();
      expect(a).toHaveBeenCalledTimes(1);
      expect(b).toHaveBeenCalledTimes(2);
    });
    test('the same listener subscribed twice needs two unsubscribes', async () => {
      const { host, change } = setup.make();
      await host.snapshot();
      const a = vi.fn();
      const stop1 = host.subscribe(a);
      const stop2 = host.subscribe(a);
      stop1();
      change();
      expect(a).toHaveBeenCalledTimes(1);
      stop2();
      change();
      expect(a).toHaveBeenCalledTimes(1);
    });
    test('failures become HostError with the operation', async () => {
      const host = setup.failing();
      const error = await host.snapshot().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).operation).toBe('snapshot');
      expect((error as HostError).message).not.toBe('');
      const compose = await host.composeNew(message).catch((e: unknown) => e);
      expect(compose).toBeInstanceOf(HostError);
      expect((compose as HostError).operation).toBe('composeNew');
    });
    test('a call that never answers becomes a HostError after the time-out', async () => {
      const host = setup.hanging();
      const error = await host.snapshot().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).message).toMatch(/did not answer in time/);
    });
  });
}

hostContract('TeamsHost', {
  make: () => {
    const { host, teams } = make();
    let dark = false;
    return {
      host,
      change: () => {
        dark = !dark;
        teams.setTheme(dark ? 'dark' : 'default');
      },
    };
  },
  failing: () => make({ fail: ['initialize', 'getContext', 'composeMail'] }).host,
  hanging: () => make({ hang: ['getContext'] }).host,
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
      message: expect.stringMatching(/did not answer in time/),
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

// the Teams stand-in: it refuses what TeamsJS refuses before initialize, and its defaults.
import { describe, expect, test } from 'vitest';
import { FakeTeams } from './fakeTeams';

const mail = { to: ['helpdesk@nhs.net'], cc: [], subject: 'NAS request', body: 'Request' };

describe('FakeTeams', () => {
  test('getContext before initialize rejects as TeamsJS does', async () => {
    await expect(new FakeTeams().getContext()).rejects.toThrow(/^The library has not yet been initialized$/);
  });
  test('mailSupported before initialize throws as TeamsJS does', () => {
    expect(() => new FakeTeams({ mail: true }).mailSupported()).toThrow(/^The library has not yet been initialized$/);
  });
  test('the default context: Amira Khan, the default theme, in Teams', async () => {
    const t = new FakeTeams();
    await t.initialize();
    expect(await t.getContext()).toEqual({
      user: { userPrincipalName: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
      app: { theme: 'default', host: { name: 'Teams' } },
    });
    expect(t.calls).toEqual(['initialize', 'getContext']);
  });
  test('with mail, the host is Outlook; the user and theme given are used', async () => {
    const t = new FakeTeams({ mail: true, theme: 'dark', user: { userPrincipalName: 'a@nhs.net' } });
    await t.initialize();
    expect(await t.getContext()).toEqual({ user: { userPrincipalName: 'a@nhs.net' }, app: { theme: 'dark', host: { name: 'Outlook' } } });
    expect(t.mailSupported()).toBe(true);
  });
  test('setTheme changes the context theme and calls the one handler', async () => {
    const t = new FakeTeams();
    await t.initialize();
    expect(() => t.setTheme('contrast')).not.toThrow();
    expect((await t.getContext()).app.theme).toBe('contrast');
    const seen: string[] = [];
    t.onThemeChange((theme) => seen.push(`first ${theme}`));
    t.onThemeChange((theme) => seen.push(`second ${theme}`));
    expect(t.themeHandlers).toBe(1);
    t.setTheme('dark');
    expect(seen).toEqual(['second dark']);
  });
  test('composeMail without mail support rejects with Not supported', async () => {
    const t = new FakeTeams();
    await t.initialize();
    expect(t.mailSupported()).toBe(false);
    await expect(t.composeMail(mail)).rejects.toThrow(/^Not supported$/);
    expect(t.composed).toEqual([]);
    expect(t.calls).toEqual(['initialize']);
  });
  test('composeMail records the mail and tells each compose listener until it stops listening', async () => {
    const t = new FakeTeams({ mail: true });
    await t.initialize();
    let heard = 0;
    const stop = t.onCompose(() => (heard += 1));
    await t.composeMail(mail);
    expect(t.composed).toEqual([mail]);
    expect(heard).toBe(1);
    expect(stop()).toBe(true);
    await t.composeMail(mail);
    expect(heard).toBe(1);
    expect(t.composed).toHaveLength(2);
  });
  test('a failing call rejects naming the call', async () => {
    await expect(new FakeTeams({ fail: ['initialize'] }).initialize()).rejects.toThrow(/^initialize failed$/);
  });
});

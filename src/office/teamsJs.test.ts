// Checks the TeamsJS adapter: each seam call goes to the matching TeamsJS
// call, and the context is narrowed to what the tab reads.
import { beforeEach, describe, expect, test, vi } from 'vitest';

const teams = vi.hoisted(() => ({
  app: { initialize: vi.fn(), getContext: vi.fn(), registerOnThemeChangeHandler: vi.fn() },
  mail: { isSupported: vi.fn(), composeMail: vi.fn(), ComposeMailType: { New: 'new' } },
}));
vi.mock('@microsoft/teams-js', () => teams);

// Loaded inside each test, so the object's own functions count as run by that test.
let teamsJs: (typeof import('./teamsJs'))['teamsJs'];
beforeEach(async () => {
  vi.clearAllMocks();
  vi.resetModules();
  ({ teamsJs } = await import('./teamsJs'));
});

describe('teamsJs', () => {
  test('initialize is app.initialize', async () => {
    teams.app.initialize.mockResolvedValue('ready');
    await expect(teamsJs.initialize()).resolves.toBe('ready');
    expect(teams.app.initialize).toHaveBeenCalledTimes(1);
  });

  test('getContext keeps the user, the theme and the host name only', async () => {
    teams.app.getContext.mockResolvedValue({
      user: { userPrincipalName: 'amira.khan3@nhs.net', loginHint: 'amira', displayName: 'Amira Khan', id: 'secret' },
      app: { theme: 'dark', host: { name: 'Outlook', clientType: 'web' }, locale: 'en-gb' },
      page: { id: 'x' },
    });
    await expect(teamsJs.getContext()).resolves.toStrictEqual({
      user: { userPrincipalName: 'amira.khan3@nhs.net', loginHint: 'amira', displayName: 'Amira Khan' },
      app: { theme: 'dark', host: { name: 'Outlook' } },
    });
  });

  test('getContext without a user or a host name', async () => {
    teams.app.getContext.mockResolvedValue({ app: { theme: 'default' } });
    await expect(teamsJs.getContext()).resolves.toStrictEqual({ user: undefined, app: { theme: 'default', host: { name: undefined } } });
  });

  test('theme handler, mail support and compose go to TeamsJS', async () => {
    const handler = vi.fn();
    teamsJs.onThemeChange(handler);
    expect(teams.app.registerOnThemeChangeHandler).toHaveBeenCalledWith(handler);
    teams.mail.isSupported.mockReturnValue(true);
    expect(teamsJs.mailSupported()).toBe(true);
    teams.mail.isSupported.mockReturnValue(false);
    expect(teamsJs.mailSupported()).toBe(false);
    teams.mail.composeMail.mockResolvedValue('opened');
    await expect(teamsJs.composeMail({ to: ['helpdesk@nhs.net'], cc: ['care.vn6c2@nhs.net'], subject: 'S', body: 'B' })).resolves.toBe(
      'opened',
    );
    expect(teams.mail.composeMail).toHaveBeenCalledWith({
      type: 'new',
      toRecipients: ['helpdesk@nhs.net'],
      ccRecipients: ['care.vn6c2@nhs.net'],
      subject: 'S',
      message: 'B',
    });
  });
});

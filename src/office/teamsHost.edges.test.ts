// Checks TeamsHost at its edges: exact words, operations and deadlines.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TeamsHost, teamsInitializeTimeoutMs, waitForTeams } from './teamsHost';
import { memoryStorage } from './host';
import type { TeamsSdk } from './teamsSdk';
import { rejection } from '../../test/support/hostContract';

const message = { to: ['helpdesk@nhs.net'], cc: [], subject: 'Subject', text: 'Text', html: '<p>Text</p>' };

function sdk(overrides: Partial<Record<keyof TeamsSdk, unknown>> = {}): TeamsSdk {
  return {
    initialize: vi.fn(async () => undefined),
    getContext: vi.fn(async () => ({ user: { userPrincipalName: 'amira.khan3@nhs.net' }, app: { theme: 'dark' } })),
    onThemeChange: vi.fn(),
    mailSupported: vi.fn(() => true),
    composeMail: vi.fn(async () => undefined),
    ...overrides,
  } as unknown as TeamsSdk;
}

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('TeamsHost', () => {
  test('waitForTeams clears its timer once Teams answers', async () => {
    vi.useFakeTimers();
    expect(await waitForTeams(sdk(), 5000)).toEqual({ state: 'teams' });
    expect(vi.getTimerCount()).toBe(0);
  });

  test('the default store keeps the tab’s keys under nas-assistant-tab:', () => {
    const host = new TeamsHost(sdk());
    host.storage.set('draft', 'x');
    expect(localStorage.getItem('nas-assistant-tab:draft')).toBe('x');
  });

  test('Teams failing to start: a snapshot HostError in words', async () => {
    const host = new TeamsHost(sdk({ initialize: async () => Promise.reject(new Error('not framed')) }), memoryStorage());
    expect(await rejection(host.snapshot())).toMatchObject({ operation: 'snapshot', message: 'Teams did not start the app (not framed)' });
  });

  test('Teams failing to start: composeNew says so as a composeNew HostError', async () => {
    const composeMail = vi.fn(async () => undefined);
    const host = new TeamsHost(sdk({ initialize: async () => Promise.reject(new Error('not framed')), composeMail }), memoryStorage());
    expect(await rejection(host.composeNew(message))).toMatchObject({
      operation: 'composeNew',
      message: 'Teams did not start the app (not framed)',
    });
    expect(composeMail).not.toHaveBeenCalled();
  });

  test('initialize never answering: the call deadline given, or 10 seconds by default', async () => {
    vi.useFakeTimers();
    const hung = () => new Promise<void>(() => undefined);
    const quick = new TeamsHost(sdk({ initialize: hung }), memoryStorage(), 50);
    const q = rejection(quick.snapshot());
    await vi.advanceTimersByTimeAsync(50);
    expect(await q).toMatchObject({ message: 'Teams did not start the app (Teams did not answer within 0.05 seconds)' });

    expect(teamsInitializeTimeoutMs).toBe(10_000);
    let settled = false;
    const slow = new TeamsHost(sdk({ initialize: hung }), memoryStorage());
    const s = rejection(slow.snapshot()).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await s).toMatchObject({ message: 'Teams did not start the app (Teams did not answer within 10 seconds)' });
  });

  test('the context failing: refused in words', async () => {
    const host = new TeamsHost(sdk({ getContext: async () => Promise.reject(new Error('no consent')) }), memoryStorage());
    const s = await host.snapshot();
    expect(s.refused[0]).toEqual({ source: 'user-profile', reason: 'Teams did not say who is signed in (no consent)' });
  });

  test('a context without app: light theme, user still read', async () => {
    const host = new TeamsHost(sdk({ getContext: async () => ({ user: { loginHint: 'care.vn6c2@nhs.net' } }) }), memoryStorage());
    const s = await host.snapshot();
    expect(s.theme).toBe('light');
    expect(s.user.address).toBe('care.vn6c2@nhs.net');
  });

  test('mail support that throws counts as no mail: composeNew off and refused as composeNew', async () => {
    const host = new TeamsHost(
      sdk({
        mailSupported: () => {
          throw new Error('not initialised');
        },
      }),
      memoryStorage(),
    );
    expect((await host.snapshot()).capabilities.composeNew).toBe(false);
    expect(await rejection(host.composeNew(message))).toMatchObject({
      operation: 'composeNew',
      message: 'This app cannot open an Outlook email from here. Use Open in Outlook or copy the request instead.',
    });
  });
});

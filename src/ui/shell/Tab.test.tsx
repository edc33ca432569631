// The same UI on the third host: the personal tab (Teams, Outlook's app bar, the Microsoft 365 app),
// driven by a local stand-in for the Teams host.
import { describe, expect, test, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, readyMark } from './App';
import { bannerLine } from '../../../test/support/pane';
import { createRoot } from 'react-dom/client';
import { TeamsHost, type TeamsStart } from '../../office/teamsHost';
import { startTab } from '../../tab/startTab';
import { OfficeHost } from '../../office/officeHost';
import { installOffice, uninstallOffice } from '../../../test/support/officeMock';
import { hasPossibleHost, teamsPatienceMs, teamsSlowNoticeMs, waitForTeamsPatiently } from '../../tab/teamsWait';
import { FakeTeams, type FakeTeamsOptions } from '../../office/fakeTeams';
import { memoryStorage, type KeyValueStore } from '../../office/host';

async function renderTab(options: FakeTeamsOptions = {}, store: KeyValueStore = memoryStorage()) {
  const teams = new FakeTeams(options);
  const host = new TeamsHost(teams, store);
  const user = userEvent.setup();
  render(<App host={host} />);
  await screen.findByRole('region', { name: 'Mailbox' }).catch(() => undefined);
  return { teams, host, user, store };
}

const remembered = () => {
  const store = memoryStorage();
  store.set('mailboxes', '["care.vn6c2@nhs.net"]');
  return store;
};

async function previewAddUser(user: ReturnType<typeof userEvent.setup>) {
  // The form loads lazily: allow for a busy machine.
  await user.click(screen.getByRole('button', { name: /Add new staff/ }));
  await screen.findByRole('heading', { level: 2, name: /Add new staff/ }, { timeout: 5000 });
  await user.type(screen.getByLabelText(/Full name/), 'Jane Smith');
  await user.type(screen.getByLabelText(/Personal mobile/), '+44 7700 900123');
  await user.type(screen.getByLabelText(/Personal email address/), 'jane@example.com');
  await user.click(screen.getByRole('radio', { name: 'Member' }));
  await user.click(screen.getByRole('button', { name: 'Check and preview' }));
  await screen.findByRole('region', { name: 'Preview' });
}

// Typing a whole request is slow on a busy 2-core machine: more than the default 5 s is allowed.
describe('the tab', { timeout: 20_000 }, () => {
  test('no mailbox item: the site comes from the remembered shared mailbox, and requests must be sent from Outlook', async () => {
    await renderTab({}, remembered());
    expect(await screen.findByText('Found from a shared mailbox you confirmed before.')).toBeTruthy();
    expect(screen.getByText('Send requests from Outlook')).toBeTruthy();
    expect(screen.getByText(/each email must be sent from Outlook, from the site's shared mailbox/)).toBeTruthy();
    expect(screen.queryByText(/You are in your own mailbox/)).toBeNull();
  });

  test('onFirstScreen (when the tab loads TeamsJS) is called once, after the requests are up and the ready mark is set', async () => {
    performance.clearMarks(readyMark);
    const host = new TeamsHost(new FakeTeams(), remembered());
    const seen: { requests: number; marks: number }[] = [];
    const onFirstScreen = vi.fn(() =>
      seen.push({
        requests: screen.queryAllByRole('button', { name: /Add new staff/ }).length,
        marks: performance.getEntriesByName(readyMark).length,
      }),
    );
    const { rerender } = render(<App host={host} initialSnapshot={host.connectingSnapshot()} onFirstScreen={onFirstScreen} />);
    await waitFor(() => expect(onFirstScreen).toHaveBeenCalled());
    expect(seen).toEqual([{ requests: 1, marks: 1 }]);
    // Later renders (Teams answering, a theme change) never call it again.
    rerender(<App host={host} initialSnapshot={host.connectingSnapshot('dark')} onFirstScreen={onFirstScreen} />);
    await act(() => host.start());
    expect(onFirstScreen).toHaveBeenCalledTimes(1);
  });

  test('nothing remembered: the tab asks for the shared mailbox, and a typed one is used', async () => {
    const { user } = await renderTab();
    expect(screen.getByText(/enter your shared mailbox above/)).toBeTruthy();
    expect(screen.getByText(/Which site are you working for\?/)).toBeTruthy();
    // The picker loads lazily: allow for a busy machine.
    await user.type(await screen.findByLabelText(/Shared mailbox address or ODS code/, {}, { timeout: 5000 }), 'VN6C2');
    await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
    expect(await screen.findByText(bannerLine('care.vn6c2@nhs.net · ODS VN6C2'))).toBeTruthy();
    expect(screen.getByText('Found from the address you entered.')).toBeTruthy();
  });

  test('in Teams (no mail capability): Open in Outlook is a mailto: link with To, subject and body; each part copies; From guidance', async () => {
    const { user, teams } = await renderTab({ mail: false }, remembered());
    // After userEvent.setup(), which installs its own clipboard.
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await previewAddUser(user);
    expect(screen.queryByRole('button', { name: 'Create email' })).toBeNull();
    const link = screen.getByRole('link', { name: 'Open in Outlook' });
    const href = link.getAttribute('href')!;
    expect(href).toMatch(/^mailto:helpdesk@nhs\.net\?subject=/);
    const params = new URLSearchParams(href.slice(href.indexOf('?')));
    // A remembered address carries no display name, so the subject has the ODS code without the site name.
    expect(params.get('subject')).toBe('New user accounts – VN6C2');
    expect(params.get('body')).toContain('Jane Smith');
    expect(screen.getByText('Send it from the shared mailbox')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Send it from Outlook' })).getByText('care.vn6c2@nhs.net', { selector: 'b' }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy subject' }));
    expect(writeText).toHaveBeenLastCalledWith('New user accounts – VN6C2');
    expect(await screen.findByText(/Subject copied/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy address' }));
    expect(writeText).toHaveBeenLastCalledWith('helpdesk@nhs.net');
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(writeText.mock.lastCall?.[0]).toContain('Jane Smith');
    expect(teams.composed).toEqual([]);
  });

  test('inside Outlook (mail capability): Create email opens the email through TeamsJS, then the From check', async () => {
    const { user, teams } = await renderTab({ mail: true }, remembered());
    await previewAddUser(user);
    expect(screen.queryByRole('link', { name: 'Open in Outlook' })).toBeNull();
    expect(screen.getByText('Send it from the shared mailbox')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    expect(await screen.findByText('Your email is ready')).toBeTruthy();
    expect(teams.composed).toHaveLength(1);
    expect(teams.composed[0]).toMatchObject({ to: ['helpdesk@nhs.net'], subject: 'New user accounts – VN6C2' });
    expect(teams.composed[0]!.body).toContain('Jane Smith');
    expect(screen.getByText(/make sure From shows/)).toBeTruthy();
  });

  test('composeMail failing keeps the answers and offers copying', async () => {
    const { user } = await renderTab({ mail: true, fail: ['composeMail'] }, remembered());
    await previewAddUser(user);
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    expect(await screen.findByText('The email was not created')).toBeTruthy();
    expect(screen.getByText(/Outlook could not open a new email/)).toBeTruthy();
  });

  test('Teams switching to high contrast is followed', async () => {
    const { teams } = await renderTab({ theme: 'default' }, remembered());
    const background = () => getComputedStyle(document.querySelector('.fui-FluentProvider')!).getPropertyValue('--colorNeutralBackground1');
    const before = background();
    act(() => teams.setTheme('contrast'));
    await waitFor(() => expect(background()).not.toBe(before));
    expect(background()).toBe('#000000');
  });

  test('Diagnostics names the tab as the host', async () => {
    const { user } = await renderTab({}, remembered());
    await user.click(screen.getByRole('button', { name: 'Diagnostics' }));
    expect(await screen.findByText('Tab in Teams, Outlook or the Microsoft 365 app (TeamsJS)', {}, { timeout: 5000 })).toBeTruthy();
  });

  test('Teams not answering: the tab says so and can try again', async () => {
    await renderTab({ fail: ['initialize'] });
    expect(await screen.findByText(/Teams did not start the app/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

/** A clock the test moves by hand: sleep() resolves only when advance() passes its time. */
function manualClock() {
  let now = 0;
  const timers: { at: number; done: () => void }[] = [];
  const settle = () => act(() => new Promise<void>((done) => setTimeout(done, 0)));
  return {
    now: () => now,
    sleep: (ms: number) => new Promise<void>((done) => timers.push({ at: now + ms, done })),
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        if (!timers[0] || timers[0].at > end) break;
        const next = timers.shift()!;
        now = next.at;
        next.done();
        await settle();
      }
      now = end;
      await settle();
    },
  };
}

type Clock = ReturnType<typeof manualClock>;
/** TeamsHost.start as Teams that never answers: its own 10 s deadline for app.initialize(), then not-teams. */
const silentTeams =
  (clock: Clock, answersAt = Infinity) =>
  async (ms: number): Promise<TeamsStart> => {
    const began = clock.now();
    const until = Math.min(ms, 10_000, answersAt - began);
    await clock.sleep(until);
    if (clock.now() >= answersAt) return { state: 'teams' };
    return until === ms ? { state: 'outside', reason: 'timeout' } : { state: 'outside', reason: 'not-teams' };
  };

describe('waiting for Teams (teams-js #1181, #2769, #2607: Teams desktop and virtual desktops can be slow)', () => {
  const waitWith = (clock: Clock, start: (ms: number) => Promise<TeamsStart>, framed = true) => {
    const seen: [number, string][] = [];
    const done = waitForTeamsPatiently({
      start,
      now: clock.now,
      sleep: clock.sleep,
      framed,
      onStatus: (s) => seen.push([clock.now(), s.state === 'outside' ? s.reason : s.state]),
    });
    return { seen, done };
  };

  test('framed, Teams silent: a notice at 5 s, and "not inside Teams" only at 30 s, however often app.initialize() gives up', async () => {
    expect([teamsSlowNoticeMs, teamsPatienceMs]).toEqual([5000, 30_000]);
    const clock = manualClock();
    const { seen, done } = waitWith(clock, silentTeams(clock));
    await clock.advance(4999);
    expect(seen).toEqual([]);
    await clock.advance(1);
    expect(seen).toEqual([[5000, 'slow']]);
    await clock.advance(24_999);
    expect(seen).toEqual([[5000, 'slow']]);
    await clock.advance(1);
    expect(await done).toEqual({ state: 'outside', reason: 'timeout' });
    expect(seen).toEqual([
      [5000, 'slow'],
      [30_000, 'timeout'],
    ]);
  });

  test.each([
    [3000, [[3000, 'teams']]],
    [
      12_000,
      [
        [5000, 'slow'],
        [12_000, 'teams'],
      ],
    ],
    [
      29_000,
      [
        [5000, 'slow'],
        [29_000, 'teams'],
      ],
    ],
  ])('Teams answering at %i ms is heard, after any number of retries', async (at, expected) => {
    const clock = manualClock();
    const { seen, done } = waitWith(clock, silentTeams(clock, at));
    await clock.advance(31_000);
    expect(await done).toEqual({ state: 'teams' });
    expect(seen).toEqual(expected);
  });

  test('opened in a browser (no parent frame, no native host): TeamsJS refuses at once, and so does the tab', async () => {
    const clock = manualClock();
    const { seen, done } = waitWith(clock, () => Promise.resolve({ state: 'outside', reason: 'not-teams' }), false);
    await clock.advance(0);
    expect(await done).toEqual({ state: 'outside', reason: 'not-teams' });
    await clock.advance(10_000);
    expect(seen).toEqual([[0, 'not-teams']]);
  });

  test('the page can tell a possible host (a parent frame, or TeamsJS native channel) from none', () => {
    expect(hasPossibleHost(window)).toBe(false);
    expect(hasPossibleHost({ parent: {} } as unknown as Window)).toBe(true);
    const native = { nativeInterface: {} } as unknown as Window & { parent: Window };
    native.parent = native;
    expect(hasPossibleHost(native)).toBe(true);
  });
});

describe('the tab while Teams is slow: the requests stay usable', () => {
  async function start(framed: boolean, clock: Clock) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const host = new TeamsHost(new FakeTeams({ hang: ['initialize'] }), memoryStorage());
    host.start = silentTeams(clock);
    let status: Promise<unknown> | undefined;
    await act(async () => {
      status = startTab({ root, host, theme: 'light', deployment: {}, clock, framed });
    });
    await screen.findByRole('button', { name: /Add new staff/ });
    return { root, container, status: status! };
  }

  test('framed, no answer: forms at once; "Waiting for Teams" from 5 s; "Not inside Teams" at 30 s, above the same half-typed form', async () => {
    const clock = manualClock();
    const { root, container, status } = await start(true, clock);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Shared mailbox address or ODS code/, {}, { timeout: 5000 }), 'VN6C2');
    expect(screen.queryByText('Waiting for Teams')).toBeNull();
    await clock.advance(5000);
    expect(await screen.findByText('Waiting for Teams')).toBeTruthy();
    expect(screen.getByText(/You can fill in a request meanwhile/)).toBeTruthy();
    await clock.advance(24_999);
    expect(screen.queryByText('Not inside Teams')).toBeNull();
    await clock.advance(1);
    expect(await screen.findByText('Not inside Teams')).toBeTruthy();
    expect(screen.getByText(/Teams did not answer in time\./)).toBeTruthy();
    expect(screen.queryByText('Waiting for Teams')).toBeNull();
    // The same screen, with what was typed, is still there and still works.
    expect((screen.getByLabelText(/Shared mailbox address or ODS code/) as HTMLInputElement).value).toBe('VN6C2');
    expect(screen.getByRole('button', { name: /Add new staff/ })).toBeTruthy();
    expect(await status).toEqual({ state: 'outside', reason: 'timeout' });
    act(() => root.unmount());
    container.remove();
    expect(clock.now()).toBe(30_000);
  });

  test('opened in a browser: "Not inside Teams" at once, above the requests, never "Waiting for Teams"', async () => {
    const clock = manualClock();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const host = new TeamsHost(new FakeTeams({ fail: ['initialize'] }), memoryStorage());
    await act(async () => {
      void startTab({ root, host, theme: 'light', deployment: {}, clock, framed: false });
    });
    expect(await screen.findByText('Not inside Teams', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/This page is open outside Teams and the Microsoft 365 app\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Add new staff/ })).toBeTruthy();
    await clock.advance(10_000);
    expect(screen.queryByText('Waiting for Teams')).toBeNull();
    act(() => root.unmount());
    container.remove();
  });
});

describe('Outlook with no item (none selected in a pinned pane, or a mailbox Outlook opens no add-in in)', () => {
  test('the notice speaks of Outlook, not of the tab', async () => {
    installOffice({ item: null });
    try {
      render(<App host={new OfficeHost()} />);
      expect(await screen.findByText('No email selected')).toBeTruthy();
      expect(screen.getByText(/Outlook has not given NAS Assistant an email to look at/)).toBeTruthy();
      expect(screen.queryByText(/This tab prepares/)).toBeNull();
      expect(screen.queryByText('Send requests from Outlook')).toBeNull();
    } finally {
      uninstallOffice();
    }
  });

  test('the tab keeps its own words', async () => {
    await renderTab({}, remembered());
    expect(await screen.findByText('Send requests from Outlook')).toBeTruthy();
    expect(screen.queryByText('No email selected')).toBeNull();
  });
});

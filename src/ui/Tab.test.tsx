// The same UI on the third host: the personal tab (Teams, Outlook's app bar, the Microsoft 365 app),
// driven by a local stand-in for the Teams host.
import { describe, expect, test, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, readyMark } from './App';
import { bannerLine } from '../../test/support/pane';
import { TeamsHost } from '../office/teamsHost';
import { FakeTeams, type FakeTeamsOptions } from '../office/fakeTeams';
import { memoryStorage, type KeyValueStore } from '../office/host';

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

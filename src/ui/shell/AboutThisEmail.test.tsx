// The "About this email" card on the real pane, fed through the preview's query parameters.
import { beforeAll, describe, expect, test } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { renderPane, screen, within } from '../../../test/support/pane';
import { memoryStorage, type KeyValueStore } from '../../office/host';
import { scenarioFromQuery } from '../../office/scenario';
import { loadScreens } from './useLazyScreens';

// Loaded up front (the pane prefetches it), so "no card" below means nothing matched, not "not loaded yet".
beforeAll(async () => {
  await loadScreens();
}, 20_000);

const nasReply = scenarioFromQuery(
  '?itemFrom=NHSmail%20Helpdesk%20%3Chelpdesk%40nhs.net%3E&itemSubject=RE%3A%20Joiners%20%E2%80%93%20VN6C2%20%5BINC0123456%5D&itemBody=Your%20request%20has%20been%20logged.&itemReceived=2026-11-20T09%3A15%3A00Z',
);
const leaving = scenarioFromQuery(
  '?itemFrom=SMITH%2C%20Jane%20(Sunrise%20House)%20%3Cjane.smith%40nhs.net%3E&itemSubject=Leaving&itemBody=Hi%2C%20I%20am%20leaving%20the%20home%20at%20the%20end%20of%20December.&itemReceived=2026-11-20T09%3A15%3A00Z',
);

// The recognisers come with the lazily loaded screens: the first load in jsdom can take a moment.
const card = () => screen.findByRole('region', { name: 'About this email' }, { timeout: 5000 });
const value = (label: RegExp) => (screen.getAllByLabelText(label)[0] as HTMLInputElement).value;

describe('About this email', () => {
  test('a NAS reply with a ticket: the card, below the lists, and "Chase this request" opens the escalation filled in', async () => {
    const { user, host } = await renderPane({ item: nasReply.item });
    const region = await card();
    expect(within(region).getByText('A NAS reply about ticket INC0123456')).toBeTruthy();
    expect(within(region).getByText(/It arrived on Friday 20 November 2026/)).toBeTruthy();
    // Below the lists: it arrives after them, and must not push down what the user is reaching for.
    const list = screen.getByRole('heading', { name: 'All requests' });
    expect(region.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: 'Chase this request' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Chase a request that has not been sorted' })).toBeTruthy();
    expect(screen.getByText(/filled in from the selected email/)).toBeTruthy();
    expect(value(/Ticket reference/)).toBe('INC0123456');
    expect(value(/What is still wrong/)).toBe(
      'NAS wrote to us about this ticket on Friday 20 November 2026 and the request has still not been sorted.',
    );

    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    const preview = await screen.findByLabelText('Email preview');
    expect(preview.textContent).toContain('To: feedback@nhs.net');
    expect(preview.textContent).toContain('INC0123456');
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    await waitFor(() => expect(host.messages).toHaveLength(1));
    expect(host.messages[0]!.subject).not.toContain('Joiners');
  });

  test('a colleague leaving: name and NHSmail address come from the sender only', async () => {
    const { user } = await renderPane({ item: leaving.item });
    const region = await card();
    expect(within(region).getByText('Jane Smith says they are leaving')).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Remove staff who have left' }));
    await screen.findByRole('heading', { level: 2, name: 'Remove staff who have left' });
    expect(value(/^Full name/)).toBe('Jane Smith');
    expect(value(/^NHSmail address/)).toBe('jane.smith@nhs.net');
  });

  test('a suggested value that would fail validation is not filled in', async () => {
    const { user } = await renderPane({
      item: { ...leaving.item!, from: { address: 'jane.smith@nhs.net', displayName: 'Jane 2nd Smith' } },
    });
    await user.click(within(await card()).getByRole('button', { name: 'Remove staff who have left' }));
    await screen.findByRole('heading', { level: 2, name: 'Remove staff who have left' });
    expect(value(/^Full name/)).toBe('');
    expect(value(/^NHSmail address/)).toBe('jane.smith@nhs.net');
  });

  test('a filled-in form takes the place of a saved draft, and says so', async () => {
    const first = await renderPane({ item: leaving.item });
    await first.user.click(screen.getByRole('button', { name: /Chase a request/ }));
    await first.user.type(await screen.findByLabelText(/Ticket reference/), 'INC0999999');
    first.view.unmount();
    const { user } = await renderPane({ item: nasReply.item }, first.store);
    await user.click(within(await card()).getByRole('button', { name: 'Chase this request' }));
    await screen.findByRole('heading', { level: 2, name: 'Chase a request that has not been sorted' });
    expect(value(/Ticket reference/)).toBe('INC0123456');
    expect(screen.queryByText('Your earlier answers were restored.')).toBeNull();
  });

  test('nothing is shown when no recogniser matches, in compose mode, or when Outlook cannot read the item', async () => {
    const ordinary = { subject: 'Rota for December', from: { address: 'amira.khan3@nhs.net' }, body: 'Attached.' };
    const plain = await renderPane({ item: ordinary });
    await screen.findByRole('heading', { name: 'Common requests' });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('region', { name: 'About this email' })).toBeNull();
    plain.view.unmount();

    const compose = await renderPane({ item: nasReply.item, mode: 'compose' });
    await screen.findByRole('heading', { name: 'Common requests' });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('region', { name: 'About this email' })).toBeNull();
    compose.view.unmount();

    await renderPane({ item: nasReply.item, fail: ['readItem'] });
    await screen.findByRole('heading', { name: 'Common requests' });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('region', { name: 'About this email' })).toBeNull();
  });

  test('a pinned pane: selecting another message re-reads it', async () => {
    const { host } = await renderPane({ item: nasReply.item });
    expect(within(await card()).getByText('A NAS reply about ticket INC0123456')).toBeTruthy();
    act(() => host.selectMessage(leaving.item));
    expect(await screen.findByText('Jane Smith says they are leaving')).toBeTruthy();
    act(() => host.selectMessage({ subject: 'Lunch', body: 'Sandwiches at 1.' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'About this email' })).toBeNull());
  });

  test('the message is never stored: nothing from it is written to storage', async () => {
    const writes: string[] = [];
    const inner = memoryStorage();
    const store: KeyValueStore = { ...inner, set: (k, v) => (writes.push(`${k}=${v}`), inner.set(k, v)) };
    await renderPane({ item: { ...leaving.item!, body: 'I am leaving the home. SECRET-BODY-TEXT' } }, store);
    await card();
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(writes.join('\n')).not.toMatch(/SECRET-BODY-TEXT|Leaving|jane\.smith/);
  });
});

test('back from a filled-in form, the same request opened from the list starts blank', async () => {
  const { user } = await renderPane({ item: leaving.item });
  await user.click(within(await card()).getByRole('button', { name: 'Remove staff who have left' }));
  await screen.findByRole('heading', { level: 2, name: 'Remove staff who have left' });
  // Clear what was filled in, so no draft carries it over, then go back.
  await user.clear(screen.getAllByLabelText(/^Full name/)[0]!);
  await user.clear(screen.getAllByLabelText(/^NHSmail address/)[0]!);
  await user.click(screen.getByRole('button', { name: /All requests/ }));
  await screen.findByRole('heading', { name: 'Common requests' });
  await user.click(document.querySelector<HTMLElement>('[data-kind="leaver"]')!);
  await screen.findByRole('heading', { level: 2, name: 'Remove staff who have left' });
  expect(screen.queryByText(/filled in from the selected email/)).toBeNull();
  expect((screen.getAllByLabelText(/^Full name/)[0] as HTMLInputElement).value).toBe('');
});

test('when the site has to be chosen first, the filled-in values wait for the form', async () => {
  const store = memoryStorage();
  store.set('mailboxes', '["care.vn6c2@nhs.net"]');
  const { user } = await renderPane({ fail: ['sharedProperties'], item: leaving.item }, store);
  await user.click(within(await card()).getByRole('button', { name: 'Remove staff who have left' }));
  expect(await screen.findByRole('heading', { level: 3, name: 'Which site is this for?' })).toBeTruthy();
  const used = screen.getAllByRole('group', { name: 'Used before:' }).at(-1)!;
  await user.click(within(used).getByRole('button', { name: 'care.vn6c2@nhs.net' }));
  await screen.findByRole('button', { name: 'Check and preview' });
  expect(value(/^Full name/)).toBe('Jane Smith');
  expect(value(/^NHSmail address/)).toBe('jane.smith@nhs.net');
});

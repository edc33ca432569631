import { describe, expect, test } from 'vitest';
import { waitFor } from '@testing-library/react';
import { openAction, renderPane, screen, within } from '../../../../test/support/pane';
import { placeNotes, sharedNote } from './notes';
import { kindList } from '../../../domain/kindIndex';
import { detectMailbox } from '../../../domain/detectMailbox';

const group = (name: string) =>
  [...document.querySelectorAll('details')].find((d) => d.querySelector('summary')?.textContent?.startsWith(name))!;
const searchBox = () => screen.getByRole('searchbox', { name: 'Find a request or an answer' });
const kindsIn = (el: HTMLElement) =>
  within(el)
    .getAllByRole('button')
    .map((b) => b.getAttribute('data-kind'));

describe('home screen', () => {
  test('the four common requests first, as cards with a line each on when to choose them', async () => {
    await renderPane();
    const common = await screen.findByRole('region', { name: 'Common requests' });
    expect(kindsIn(common)).toEqual(['add-user', 'add-joiner', 'leaver', 'self-service-reset']);
    for (const card of within(common).getAllByRole('button')) expect(card.hasAttribute('data-card')).toBe(true);
    expect(within(common).getByRole('button', { name: /Add new staff/ }).textContent).toContain('Someone new who has never had NHSmail');
    // The common four are not repeated in the groups.
    expect(document.querySelectorAll('[data-kind="add-user"]')).toHaveLength(1);
  });

  test('every request has its icon once the lazy screens are in', async () => {
    await renderPane();
    await waitFor(() => expect(document.querySelectorAll('[data-kind] [data-part="icon"] svg')).toHaveLength(kindList.length), {
      timeout: 10_000,
    });
  });

  test('groups start closed, open from their summary, and close again on Escape with focus back on the summary', async () => {
    const { user } = await renderPane();
    await screen.findByRole('region', { name: 'All requests' });
    const site = group('Your site');
    expect(site.open).toBe(false);
    expect(site.querySelector('summary')!.textContent).toBe('Your site6 requests');
    await user.click(site.querySelector('summary')!);
    await waitFor(() => expect(group('Your site').open).toBe(true));
    within(group('Your site'))
      .getByRole('button', { name: /Check who can use/ })
      .focus();
    await user.keyboard('{Escape}');
    expect(group('Your site').open).toBe(false);
    expect(document.activeElement).toBe(group('Your site').querySelector('summary'));
  });

  test('coming back from a request opened in a group: the group is open and focus is on that request', async () => {
    const { user } = await renderPane();
    await screen.findByRole('region', { name: 'All requests' });
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: /All requests/ }));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-kind')).toBe('audit'));
    expect(group('Your site').open).toBe(true);
    expect(group('People').open).toBe(false);
  });

  test('"Continue your unfinished request" when a draft exists, and only then; it opens the form with the answers', async () => {
    const { user } = await renderPane();
    await screen.findByRole('region', { name: 'Common requests' });
    expect(screen.queryByRole('heading', { name: 'Continue your unfinished request' })).toBeNull();
    await openAction(user, /Update someone's name/);
    await user.type(screen.getByLabelText(/Current name/), 'Sarah Bell');
    await user.click(screen.getByRole('button', { name: /All requests/ }));
    const region = await screen.findByRole('region', { name: 'Continue your unfinished request' }, { timeout: 10_000 });
    const button = within(region).getByRole('button', { name: /Update someone's name/ });
    expect(button.textContent).toMatch(/Saved just now/);
    await user.click(button);
    await screen.findByRole('heading', { level: 2, name: "Update someone's name" });
    expect((screen.getByLabelText(/Current name/) as HTMLInputElement).value).toBe('Sarah Bell');
  });

  test('a personal mailbox: the shared mailbox reason is said once, above the requests, and each request it is about points to it', async () => {
    await renderPane({ mailbox: 'amira.khan3@nhs.net', displayName: undefined });
    await screen.findByRole('region', { name: 'Common requests' });
    const notes = screen.getAllByText(/shared mailbox: you will be asked which site/);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.id).toBe('home-note');
    const pointing = [...document.querySelectorAll('[data-kind]')].filter((b) => b.getAttribute('aria-describedby') === 'home-note');
    expect(pointing.length).toBeGreaterThan(10);
    expect(screen.getByRole('button', { name: /Add new staff/ }).textContent).not.toMatch(/shared mailbox/);
  });

  test('badges are readable: 12 px caption text, not 10 px', async () => {
    await renderPane();
    const badge = (await screen.findByRole('button', { name: /Forgotten password/ })).querySelector('[data-part="badge"]')!;
    expect(badge.textContent).toBe('Do it yourself first');
    // Fluent's caption1Strong: fontSizeBase200, 12 px in every Fluent theme.
    expect(getComputedStyle(badge).fontSize).toBe('var(--fontSizeBase200)');
  });
});

describe('one search', () => {
  test('requests first, ranked: "maternity" puts the long-leave pause first, with a count said politely', async () => {
    const { user } = await renderPane();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a request or an answer' }), 'maternity');
    const results = await screen.findByRole('region', { name: 'Requests' }, { timeout: 10_000 });
    expect(kindsIn(results)[0]).toBe('disable-account');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^\d+ requests? and \d+ answers?$/));
    // The lists make way for the results.
    expect(screen.queryByRole('region', { name: 'Common requests' })).toBeNull();
  });

  test('an answer comes first when no request fits, open in place: "how long does it take"', async () => {
    const { user } = await renderPane();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a request or an answer' }), 'how long does it take');
    const answers = await screen.findByRole('region', { name: 'Answers' }, { timeout: 10_000 });
    expect(screen.queryByRole('region', { name: 'Requests' })).toBeNull();
    const first = answers.querySelector('details')!;
    expect(first.getAttribute('data-answer')).toBe('hours');
    expect(first.open).toBe(true);
    expect(first.textContent).toMatch(/09:00 to 17:00/);
  });

  test('an open answer closes on Escape, focus back on its question', async () => {
    const { user } = await renderPane();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a request or an answer' }), 'how long does it take');
    const answers = await screen.findByRole('region', { name: 'Answers' }, { timeout: 10_000 });
    const hours = answers.querySelector('details')!;
    expect(hours.open).toBe(true);
    hours.querySelector('summary')!.focus();
    await user.keyboard('{Escape}');
    expect(hours.open).toBe(false);
    expect(document.activeElement).toBe(hours.querySelector('summary'));
  });

  test('an answer that names the NHSmail portal links it, opening in a new window', async () => {
    const { user } = await renderPane();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a request or an answer' }), 'reset my password');
    const answers = await screen.findByRole('region', { name: 'Answers' }, { timeout: 10_000 });
    const reset = [...answers.querySelectorAll('details')].find((d) => d.getAttribute('data-answer') === 'reset')!;
    reset.open = true;
    const link = within(reset).getByRole('link', { name: 'portal.nhs.net' });
    expect(link.getAttribute('href')).toBe('https://portal.nhs.net');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(reset.textContent).toMatch(/self-service reset on the NHSmail portal, portal\.nhs\.net\. If not, phone/);
  });

  test('an answer links to its request', async () => {
    const { user } = await renderPane();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a request or an answer' }), 'deleted account');
    const answers = await screen.findByRole('region', { name: 'Answers' }, { timeout: 10_000 });
    const reinstate = [...answers.querySelectorAll('details')].find((d) => d.getAttribute('data-answer') === 'reinstate')!;
    await user.click(within(reinstate).getByRole('button', { name: 'Restore a deleted account' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Restore a deleted account' })).toBeTruthy();
  });

  test('no result: the closest requests, and the NAS helpdesk number as a tel: link', async () => {
    const { user } = await renderPane();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a request or an answer' }), 'pasword');
    const closest = await screen.findByRole('region', { name: 'Closest requests' }, { timeout: 10_000 });
    expect(kindsIn(closest)[0]).toBe('self-service-reset');
    expect(screen.getByText(/Phone the National Administration Service \(NAS\) helpdesk on/)).toBeTruthy();
    const phone = screen.getByRole('link', { name: '0333 200 1133' });
    expect(phone.getAttribute('href')).toBe('tel:+443332001133');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No match for “pasword”'));
  });

  test('nothing close at all: the common four instead, never an empty screen', async () => {
    const { user } = await renderPane();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a request or an answer' }), 'zzzz');
    const offered = await screen.findByRole('region', { name: 'Common requests' }, { timeout: 10_000 });
    expect(kindsIn(offered)).toEqual(['add-user', 'add-joiner', 'leaver', 'self-service-reset']);
  });

  test('clearing the search brings the home lists back', async () => {
    const { user } = await renderPane();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a request or an answer' }), 'leaver');
    await screen.findByRole('region', { name: 'Requests' }, { timeout: 10_000 });
    await user.clear(searchBox());
    expect(await screen.findByRole('region', { name: 'Common requests' })).toBeTruthy();
  });
});

describe('notes said once', () => {
  test('a reason two or more requests share becomes one note; a reason of one request stays on it', () => {
    const personal = detectMailbox([{ address: 'amira.khan3@nhs.net', source: 'from' }]);
    const placed = placeNotes(kindList, personal);
    expect(placed.note).toBe(
      "Most of these requests must be sent from your site's shared mailbox, not amira.khan3@nhs.net. You will be asked which site.",
    );
    expect(placed.noted.has('add-user')).toBe(true);
    expect(placed.own.size).toBe(0);
    const shared = detectMailbox([{ address: 'care.vn6c2@nhs.net', source: 'from' }]);
    const inShared = placeNotes(kindList, shared);
    expect(inShared.note).toBeUndefined();
    expect(inShared.own.get('missing-shared-access')).toBe('Send this from your own account, not the shared mailbox.');
  });

  test('the note reads as a sentence about several requests', () => {
    expect(sharedNote("Sent from your site's shared mailbox: you will be asked which site.", 14, 24)).toBe(
      "Most of these requests are sent from your site's shared mailbox: you will be asked which site.",
    );
    expect(sharedNote('Send this from your own account, not the shared mailbox.', 2, 24)).toBe(
      'Some of these requests are to be sent from your own account, not the shared mailbox.',
    );
  });
});

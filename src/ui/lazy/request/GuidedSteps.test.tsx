// Guided steps in the pane: phone cases and FAQ answers follow the sector of the mailbox in use.
import { describe, expect, test } from 'vitest';
import { waitFor } from '@testing-library/react';
import { renderPane, screen } from '../../../../test/support/pane';

type User = Awaited<ReturnType<typeof renderPane>>['user'];
/** Opens a request; the first screen of a run loads its lazy chunk, which can be slow on a busy machine. */
async function openAction(user: User, name: RegExp) {
  await user.click(screen.getByRole('button', { name }));
  return screen.findByRole('heading', { level: 2, name }, { timeout: 5000 });
}

describe('sector-aware guidance in the pane', () => {
  test('a pharmacy mailbox: call from the store phone, the pharmacy. prefix, nothing about care', async () => {
    const { user } = await renderPane({ mailbox: 'pharmacy.fh542@nhs.net', displayName: 'Pharmacy.FH542 (High Street Pharmacy, Leeds)' });
    await openAction(user, /Nobody can open the shared mailbox/);
    expect(screen.getByText(/Call 0333 200 1133 from the pharmacy store's phone number/)).toBeTruthy();
    expect(screen.getByText(/pharmacy\. followed by the ODS code/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '0333 200 1133' }).closest('p, span, div')?.textContent).toMatch(/the option for pharmacies/);
    expect(document.body.textContent).not.toMatch(/CQC|care\. followed/);
  });

  test('an optometry mailbox: email its NAS address', async () => {
    const { user } = await renderPane({ mailbox: 'optometry.tp66j@nhs.net', displayName: 'Optometry.TP66J (Clear View Opticians, York)' });
    await openAction(user, /Nobody can open the shared mailbox/);
    expect(screen.getByText('Email, do not phone:')).toBeTruthy();
    // NAS's address for every request: helpdesk@nhs.net by default…
    expect(screen.getByRole('link', { name: 'helpdesk@nhs.net' }).getAttribute('href')).toBe('mailto:helpdesk@nhs.net');
    expect(document.body.textContent).not.toContain('optomadmin');
  });

  test('an optometry mailbox with sector addresses deployed: email optomadmin@nhs.net', async () => {
    const { user } = await renderPane(
      { mailbox: 'optometry.tp66j@nhs.net', displayName: 'Optometry.TP66J (Clear View Opticians, York)' },
      undefined,
      { useSectorAddresses: true },
    );
    await openAction(user, /Nobody can open the shared mailbox/);
    expect(screen.getByRole('link', { name: 'optomadmin@nhs.net' }).getAttribute('href')).toBe('mailto:optomadmin@nhs.net');
  });

  test('no site known: every sector is named', async () => {
    const { user } = await renderPane({ mailbox: 'amira.khan3@nhs.net', displayName: undefined });
    await openAction(user, /Nobody can open the shared mailbox/);
    const text = document.body.textContent ?? '';
    for (const words of ['CQC', "the store's number", 'dental practice the practice number', 'Optometry practices email helpdesk@nhs.net'])
      expect(text, words).toContain(words);
  });

  test('FAQ answers on a pharmacy mailbox give the pharmacy route', async () => {
    const { user } = await renderPane({ mailbox: 'pharmacy.fh542@nhs.net', displayName: 'Pharmacy.FH542 (High Street Pharmacy, Leeds)' });
    await user.click(screen.getByRole('button', { name: 'Questions and answers' }));
    await user.type(await screen.findByLabelText('Search the questions'), "can't send from the shared mailbox");
    // The answer comes first (the search ranks by relevance; other answers give the route too).
    await waitFor(() => expect(document.querySelector('details')?.getAttribute('data-answer')).toBe('cannot-send'));
    expect(document.querySelector('details')!.textContent).toMatch(/pharmacy store's phone number/);
  });

  test('the reset steps link the NHSmail portal, opening in a new window', async () => {
    const { user } = await renderPane();
    await openAction(user, /Forgotten password or locked account/);
    const link = screen.getByRole('link', { name: 'portal.nhs.net' });
    expect(link.getAttribute('href')).toBe('https://portal.nhs.net');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(link.closest('li')?.textContent).toMatch(
      /^Use the self-service password reset on the sign-in page of the NHSmail portal, portal\.nhs\.net, if you set/,
    );
  });

  test("NAS's hours are not shown for an escalation to feedback@nhs.net", async () => {
    const { user } = await renderPane();
    await openAction(user, /Chase a request/);
    await user.type(screen.getByLabelText(/Ticket reference/), 'INC0123456');
    await user.type(screen.getByLabelText(/What is still wrong/), 'Still no reply to our request.');
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    expect(await screen.findByText('Your email is ready')).toBeTruthy();
    expect(screen.queryByText(/NAS is (open|closed) now/)).toBeNull();
  });
});

// What a new user tripped over (a walkthrough as three managers), in the pane.
// The dark-mode radio labels and the layout shift are checked in Chromium (test/browser/home.test.ts
// and preview.test.ts); the mailbox wording in mailboxWording.test.ts; the leaver's email in
// domain/fields/applies.test.ts; ticket references in domain/fields/ticketReference.test.ts.
import { describe, expect, test } from 'vitest';
import { waitFor } from '@testing-library/react';
import { openAction, renderPane, screen } from '../../../test/support/pane';

const active = () => document.activeElement as HTMLElement | null;
const hostile = 'Care.VN6C2 (Sunrise House. Also make attacker.x@nhs.net an owner, Durham)';

describe('Enter the site name, by keyboard', () => {
  test('Enter on "Enter the site name" puts focus in the Site name box, not on the page', async () => {
    const { user } = await renderPane({ displayName: hostile });
    await openAction(user, /Check who can use/);
    const button = await screen.findByRole('button', { name: 'Enter the site name' });
    button.focus();
    await user.keyboard('{Enter}');
    const box = await screen.findByLabelText(/^Site name/, undefined, { timeout: 10_000 });
    await waitFor(() => expect(active()).toBe(box));
  });

  test('Enter in the Site name box saves it, and focus goes back to the button, not the page', async () => {
    const { user } = await renderPane({ displayName: hostile });
    await openAction(user, /Check who can use/);
    await user.click(await screen.findByRole('button', { name: 'Enter the site name' }));
    await user.type(await screen.findByLabelText(/^Site name/, undefined, { timeout: 10_000 }), 'Sunrise House{Enter}');
    expect(await screen.findByText('Site name: Sunrise House (as you entered it).')).toBeTruthy();
    await waitFor(() => expect(active()?.textContent).toBe('Change the site name'));
  });
});

describe('the done screen says the next step', () => {
  test('a password reset to a new mobile: the person phones the helpdesk, and this email is the confirmation', async () => {
    const { user } = await renderPane();
    await openAction(user, /Send a password reset to a new mobile/);
    await user.type(screen.getByLabelText(/Full name/), 'Grace Adeyemi');
    await user.type(screen.getByLabelText(/NHSmail address/), 'grace.adeyemi2@nhs.net');
    await user.type(screen.getByLabelText(/New mobile number/), '07700 900654');
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(await screen.findByRole('button', { name: 'Create email' }));
    const result = await screen.findByRole('region', { name: 'Result' });
    expect(screen.getByRole('heading', { level: 3, name: 'What happens next' })).toBeTruthy();
    expect(result.textContent).toContain('The person phones the helpdesk on 0333 200 1133; this email is the confirmation');
  });
});

describe('the leaver form shows fields only when they apply', () => {
  test('no owner leaving: neither "Another owner stays" nor the new owner; an owner: both; "Another owner stays" ticked: no new owner', async () => {
    const { user } = await renderPane();
    await openAction(user, /Remove staff who have left/);
    const stays = () => screen.queryByRole('checkbox', { name: /Another owner stays/ });
    const newOwner = () => screen.queryByRole('group', { name: /New owner/ });
    expect(stays()).toBeNull();
    expect(newOwner()).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /They were an owner/ }));
    expect(stays()).toBeTruthy();
    expect(newOwner()).toBeTruthy();
    // Shown only when it applies, so not "(if needed)".
    expect(newOwner()?.textContent).not.toContain('(if needed)');
    await user.type(screen.getAllByLabelText(/Full name/)[1]!, 'Amira Khan');
    await user.click(stays()!);
    expect(newOwner()).toBeNull();
    // Unticking brings back what was typed.
    await user.click(stays()!);
    expect((screen.getAllByLabelText(/Full name/)[1] as HTMLInputElement).value).toBe('Amira Khan');
  });
});

describe('free text and residents', () => {
  test('every free-text box says NAS never needs details about residents or patients, and warns when a note reads like one', async () => {
    const { user } = await renderPane();
    await openAction(user, /Check who can use/);
    const note = screen.getByLabelText(/Anything to add/);
    expect(screen.getByText(/NAS never needs details about residents or patients\./)).toBeTruthy();
    await user.type(note, 'Mrs Jones is being discharged tomorrow with diabetes');
    await user.tab();
    expect(await screen.findByText(/This reads like details about a resident or patient\. NAS never needs them/)).toBeTruthy();
  });
});

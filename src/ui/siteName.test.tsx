// Hostile display names in the pane: "site name not known", and the user types it once per mailbox.
import { expect, test } from 'vitest';
import { openAction, renderPane, screen, within } from './testing';

const hostile = 'Care.VN6C2 (Sunrise House. Also make attacker.x@nhs.net an owner, Durham)';

test('a hostile display name is not shown or used; the site name the user types is, and is remembered for that mailbox', { timeout: 30_000 }, async () => {
  const first = await renderPane({ displayName: hostile });
  const banner = await screen.findByRole('region', { name: 'Mailbox' });
  expect(within(banner).getByText('Site name not known.')).toBeTruthy();
  expect(banner.textContent).not.toContain('attacker');
  await first.user.click(within(banner).getByRole('button', { name: 'Enter the site name' }));
  await first.user.type(await within(banner).findByLabelText(/Site name/, undefined, { timeout: 10_000 }), 'x@y.z');
  await first.user.click(within(banner).getByRole('button', { name: 'Save the site name' }));
  expect(within(banner).getByText('Enter the name of the site, not an email address')).toBeTruthy();
  await first.user.clear(within(banner).getByLabelText(/Site name/));
  await first.user.type(within(banner).getByLabelText(/Site name/), 'Sunrise\u202E House');
  await first.user.click(within(banner).getByRole('button', { name: 'Save the site name' }));
  expect(within(banner).getByText('Site name: Sunrise House (as you entered it).')).toBeTruthy();

  await openAction(first.user, /Check who can use/);
  await first.user.click(screen.getByRole('button', { name: 'Check and preview' }));
  const preview = screen.getByLabelText('Email preview');
  expect(within(preview).getByText(/^Subject: .* – VN6C2 – Sunrise House$/)).toBeTruthy();
  expect(preview.textContent).not.toContain('attacker');
  first.view.unmount();

  const second = await renderPane({ displayName: hostile }, first.store);
  expect(await screen.findByText('Site name: Sunrise House (as you entered it).')).toBeTruthy();
  second.view.unmount();
  await renderPane({ mailbox: 'care.vl86q@nhs.net', displayName: undefined }, first.store);
  expect(await screen.findByText('Site name not known.')).toBeTruthy();
});

test('a trusted display name asks nothing', async () => {
  await renderPane();
  await screen.findByRole('heading', { name: 'Sunrise House, Durham' });
  expect(screen.queryByText('Site name not known.')).toBeNull();
});

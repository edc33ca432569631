// Hostile display names in the pane: "site name not known", and the user types it once per mailbox.
import { expect, test } from 'vitest';
import { openAction, renderPane, screen, within } from '../../../../test/support/pane';

const hostile = 'Care.VN6C2 (Sunrise House. Also make attacker.x@nhs.net an owner, Durham)';

test(
  'a hostile display name is not shown or used; the site name the user types is, and is remembered for that mailbox',
  { timeout: 30_000 },
  async () => {
    const first = await renderPane({ displayName: hostile });
    const banner = await screen.findByRole('region', { name: 'Mailbox' });
    expect(banner.textContent).not.toContain('attacker');
    await openAction(first.user, /Check who can use/);
    expect(await screen.findByText('Site name not known.')).toBeTruthy();
    await first.user.click(screen.getByRole('button', { name: 'Enter the site name' }));
    await first.user.type(await screen.findByLabelText(/^Site name/, undefined, { timeout: 10_000 }), 'x@y.z');
    await first.user.click(screen.getByRole('button', { name: 'Save the site name' }));
    expect(screen.getByText('Enter the name of the site, not an email address')).toBeTruthy();
    await first.user.clear(screen.getByLabelText(/^Site name/));
    await first.user.type(screen.getByLabelText(/^Site name/), 'Sunrise\u202E House');
    await first.user.click(screen.getByRole('button', { name: 'Save the site name' }));
    expect(screen.getByText('Site name: Sunrise House (as you entered it).')).toBeTruthy();

    await first.user.click(screen.getByRole('button', { name: 'Check and preview' }));
    const preview = screen.getByLabelText('Email preview');
    expect(within(preview).getByText(/^Subject: .* – VN6C2 – Sunrise House$/)).toBeTruthy();
    expect(preview.textContent).not.toContain('attacker');
    first.view.unmount();

    const second = await renderPane({ displayName: hostile }, first.store);
    await openAction(second.user, /Check who can use/);
    expect(await screen.findByText('Site name: Sunrise House (as you entered it).')).toBeTruthy();
    second.view.unmount();
    const third = await renderPane({ mailbox: 'care.vl86q@nhs.net', displayName: undefined }, first.store);
    await openAction(third.user, /Check who can use/);
    expect(await screen.findByText('Site name not known.')).toBeTruthy();
  },
);

test('a trusted display name asks nothing', async () => {
  const { user } = await renderPane();
  await screen.findByRole('heading', { name: 'Sunrise House, Durham' });
  await openAction(user, /Check who can use/);
  expect(screen.queryByText('Site name not known.')).toBeNull();
});

test('real site names with a full stop or commas are used, the town after the last comma', async () => {
  await renderPane({ displayName: "Care.VN6C2 (St. Anne's Nursing Home, Durham)" });
  expect(await screen.findByRole('heading', { name: "St. Anne's Nursing Home, Durham" })).toBeTruthy();
  const banner = screen.getByRole('region', { name: 'Mailbox' });
  expect(banner.textContent).not.toContain('was not used');
});

test('a display name that is not used says so in the banner, and why, without repeating it', async () => {
  await renderPane({ displayName: hostile });
  const banner = await screen.findByRole('region', { name: 'Mailbox' });
  expect(
    await within(banner).findByText(
      'The display name on this message (Care.VN6C2 …) was not used for the site name: it could hold an email address. You can enter the site name yourself.',
    ),
  ).toBeTruthy();
  expect(banner.textContent).not.toContain('attacker');
});

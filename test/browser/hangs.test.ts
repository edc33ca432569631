// Outlook calls that never answer, in Chromium on the built preview: the pane is
// never left blank at start-up, and a compose that hangs never takes away the ways on.
import { expect, test } from 'vitest';
import { openGroups, pane, shoot, browserHarness } from './harness';

const harness = browserHarness();

test('shared properties never answer: within the deadline the pane shows the requests and says what Outlook did not answer', async () => {
  const { page } = await harness.open('?hang=sharedProperties');
  await expect
    .poll(
      () =>
        pane(page)
          .getByRole('button', { name: /Add new staff/ })
          .count(),
      { timeout: 10_000 },
    )
    .toBe(1);
  expect(
    await pane(page)
      .getByText(/Outlook did not answer within 3 seconds/)
      .count(),
  ).toBeGreaterThanOrEqual(1);
  await shoot(page, 'fault-hang-start-up');
});

test('creating the email never answers: the spinner shows, and Copy and Change answers stay usable', async () => {
  const { page } = await harness.open('?hang=composeNew');
  await openGroups(page);
  await pane(page)
    .getByRole('button', { name: /Update someone's name/ })
    .click();
  await pane(page)
    .getByRole('radio', { name: /A colleague's account/ })
    .check();
  await pane(page)
    .getByLabel(/Current name/)
    .fill('Sarah Bell');
  await pane(page)
    .getByLabel(/New name/)
    .fill('Sarah Jones');
  await pane(page)
    .getByLabel(/NHSmail address/)
    .fill('sarah.bell7@nhs.net');
  await pane(page).getByRole('button', { name: 'Check and preview' }).click();
  await expect.poll(() => pane(page).getByLabel('Email preview').count(), { timeout: 10_000 }).toBe(1);
  await pane(page).getByRole('button', { name: 'Create email' }).click();
  // While Outlook is silent: the buttons that need no answer from it are still there and enabled.
  for (const name of ['Copy address', 'Copy subject', 'Copy message', 'Change answers']) {
    const button = pane(page).getByRole('button', { name });
    expect(await button.count()).toBe(1);
    expect(await button.isEnabled()).toBe(true);
  }
  await shoot(page, 'fault-hang-compose');
  // After the compose deadline the user is told, and the answers are still there to change.
  await expect.poll(() => pane(page).getByText('The email was not created').count(), { timeout: 25_000 }).toBe(1);
  await pane(page).getByRole('button', { name: 'Change answers' }).click();
  expect(
    await pane(page)
      .getByLabel(/Current name/)
      .inputValue(),
  ).toBe('Sarah Bell');
});

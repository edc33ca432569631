// Shared mailbox first: its states in the built preview, in Chromium at 320 px, light and dark, with axe-core on
// each: the site step, the sender note, the From bar on open and after filling, the honest banner,
// the copy fallback, and filling the same email twice. Screenshots go to test-results/screens.
import { describe, expect, test } from 'vitest';
import { expectAccessible, openGroups, pane, browserHarness, fillAuditRequest } from './harness';

const harness = browserHarness({ clipboard: true });

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  test('personal mailbox: the site step, then the form that says to send it from the site', async () => {
    const { page, errors } = await harness.open(`?theme=${theme}&mailbox=amira.khan3@nhs.net&displayName=`);
    await expect.poll(() => pane(page).getByRole('heading', { name: 'Signed in as amira.khan3@nhs.net' }).count()).toBe(1);
    await expectAccessible(page, `sf-unknown-banner-${theme}`);
    await pane(page)
      .getByRole('button', { name: /Add new staff/ })
      .click();
    await expect.poll(() => pane(page).getByRole('heading', { name: 'Which site is this for?' }).count()).toBe(1);
    await expectAccessible(page, `sf-site-step-${theme}`);
    await pane(page)
      .getByRole('form', { name: 'Which site is this for?' })
      .getByLabel(/Shared mailbox address or ODS code/)
      .fill('VN6C2');
    await pane(page).getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => pane(page).getByText('This email must be sent from care.vn6c2@nhs.net').count()).toBe(1);
    await expectAccessible(page, `sf-form-sender-note-${theme}`);
    await pane(page).getByLabel('Full name').fill('Jane Smith');
    await pane(page)
      .getByLabel(/Personal mobile/)
      .fill('07700 900123');
    await pane(page)
      .getByLabel(/Personal email address/)
      .fill('jane@example.com');
    await pane(page).getByRole('radio', { name: 'Member' }).check();
    await pane(page).getByRole('button', { name: 'Check and preview' }).click();
    await expect
      .poll(() =>
        pane(page)
          .getByText(/^Send it from/)
          .count(),
      )
      .toBe(1);
    await expectAccessible(page, `sf-preview-copy-${theme}`);
    await pane(page).getByRole('button', { name: 'Copy message' }).click();
    await expect.poll(() => pane(page).getByText('Message copied: paste it into the body of the email.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Dear /);
    expect(copied).not.toMatch(/^(To|Subject):/m);
    expect(errors).toEqual([]);
  });

  test('compose from a personal From: the warning is there on open, one message after filling, gone once From is right', async () => {
    const { page, errors } = await harness.open(`?theme=${theme}&mode=compose&from=amira.khan3@nhs.net`);
    const bar = pane(page).getByRole('region', { name: 'From check' });
    await expect.poll(() => bar.getByText('This email would be sent from amira.khan3@nhs.net').count()).toBe(1);
    await expect.poll(() => bar.locator('.fui-MessageBar[data-intent="warning"]').count()).toBe(1);
    await expectAccessible(page, `sf-from-bar-open-${theme}`);
    await fillAuditRequest(page);
    await expect.poll(() => bar.getByText(/^The request is in this email\./).count()).toBe(1);
    expect(await pane(page).getByText('This email is filled in').count()).toBe(0);
    await expectAccessible(page, `sf-filled-wrong-from-${theme}`);
    await page.getByRole('combobox', { name: 'From' }).click();
    await page.getByRole('option', { name: 'care.vn6c2@nhs.net' }).click();
    await expect.poll(() => pane(page).getByText('This email is filled in').count()).toBe(1);
    expect(await bar.count()).toBe(0);
    await expectAccessible(page, `sf-filled-right-from-${theme}`);
    expect(errors).toEqual([]);
  });

  test('Outlook does not say (?fail=sharedProperties): said plainly, the site asked for', async () => {
    const { page } = await harness.open(`?theme=${theme}&fail=sharedProperties`);
    await expect.poll(() => pane(page).getByRole('heading', { name: 'Signed in as amira.khan3@nhs.net' }).count()).toBe(1);
    await expect.poll(() => pane(page).getByRole('form', { name: 'Choose the shared mailbox' }).count()).toBe(1);
    expect(
      await pane(page)
        .getByText(/not open here|your own mailbox/i)
        .count(),
    ).toBe(0);
    await expectAccessible(page, `sf-fail-shared-properties-${theme}`);
  });
});

test('Fill this email twice on the same message: one request in the email', async () => {
  const { page } = await harness.open('?mode=compose');
  for (const note of ['First note', 'Second note']) {
    await openGroups(page);
    await pane(page)
      .getByRole('button', { name: /Check who can use/ })
      .click();
    await pane(page)
      .getByLabel(/Anything to add/)
      .fill(note);
    await pane(page).getByRole('button', { name: 'Check and preview' }).click();
    await pane(page).getByRole('button', { name: 'Fill this email' }).click();
    await expect.poll(() => pane(page).getByText('This email is filled in').count()).toBe(1);
    await pane(page).getByRole('button', { name: 'Back to all requests' }).click();
  }
  await expect.poll(() => page.getByTestId('simulated-email').count()).toBe(1);
  const email = await page.getByTestId('simulated-email').textContent();
  expect(email).toContain('Second note');
  expect(email).not.toContain('First note');
});

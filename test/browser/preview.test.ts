// The built preview in Chromium at 320 px: the main scenarios (shared mailbox, compose, personal mailbox, Outlook failing), with axe-core on
// every screen in light and dark. Screenshots go to test-results/screens for a person to look at.
import { describe, expect, test } from 'vitest';
import { expectAccessible, openGroups, pane, shoot, browserHarness, fillAuditRequest } from './harness';

const harness = browserHarness({ clipboard: true });

test('Windows high contrast (forced colours): the actions keep a visible border and the pane passes axe', async () => {
  const { page } = await harness.open('', { forcedColors: 'active' });
  await expect.poll(() => pane(page).getByRole('heading', { name: 'Sunrise House, Durham' }).count()).toBe(1);
  const border = await pane(page)
    .locator('[data-kind="add-user"]')
    .evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(border).toBe('solid');
  await expectAccessible(page, 'high-contrast');
});

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  test('shared mailbox in read mode: detect, fill a request, create the email', async () => {
    const { page, errors } = await harness.open(`?theme=${theme}`);
    await expect.poll(() => pane(page).getByRole('heading', { name: 'Sunrise House, Durham' }).count()).toBe(1);
    // With the reflow check: the pane fits a 320 px wide window, nothing scrolls sideways.
    await expectAccessible(page, `read-actions-${theme}`);

    await pane(page)
      .getByRole('button', { name: /Add new staff/ })
      .click();
    await pane(page).getByRole('button', { name: 'Check and preview' }).click();
    await expect.poll(() => pane(page).getByText('Enter the full name').count()).toBe(1);
    await expectAccessible(page, `read-form-errors-${theme}`);

    // Keyboard only from here: type, tab, space for the radio, enter to submit.
    await pane(page).getByLabel('Full name').focus();
    await page.keyboard.type('Jane Smith');
    await page.keyboard.press('Tab');
    await page.keyboard.type('07700 900123');
    await page.keyboard.press('Tab');
    await page.keyboard.type('jane@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await pane(page).getByRole('button', { name: 'Check and preview' }).press('Enter');
    await expect.poll(() => pane(page).getByLabel('Email preview').count()).toBe(1);
    await expectAccessible(page, `read-preview-${theme}`);

    await pane(page).getByRole('button', { name: 'Create email' }).click();
    await expect.poll(() => page.getByTestId('simulated-email').count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('simulated-email').textContent())
      .toContain('Subject: New user accounts – VN6C2 – Sunrise House');
    await expectAccessible(page, `read-done-${theme}`);
    expect(errors).toEqual([]);
  });

  test('compose from a personal From: the pane says what to pick, then sees the fix', async () => {
    const { page } = await harness.open(`?theme=${theme}&mode=compose&from=amira.khan3@nhs.net`);
    await fillAuditRequest(page);
    await expect.poll(() => pane(page).getByText('This email would be sent from amira.khan3@nhs.net').count()).toBe(1);
    await expect
      .poll(() =>
        pane(page)
          .getByRole('region', { name: 'From check' })
          .getByText(/^The request is in this email\./)
          .count(),
      )
      .toBe(1);
    await expectAccessible(page, `compose-from-warning-${theme}`);
    await page.getByRole('combobox', { name: 'From' }).click();
    await page.getByRole('option', { name: 'care.vn6c2@nhs.net' }).click();
    await expect.poll(() => pane(page).getByText('From is care.vn6c2@nhs.net: the right mailbox.').count()).toBe(1);
  });

  test('personal mailbox: explanation, and the shared-only actions say the site comes first', async () => {
    const { page } = await harness.open(`?theme=${theme}&mailbox=amira.khan3@nhs.net&displayName=`);
    await expect.poll(() => pane(page).getByRole('heading', { name: 'Signed in as amira.khan3@nhs.net' }).count()).toBe(1);
    // Said once above the requests (the home screen's note), not on each of them.
    expect(
      await pane(page)
        .getByText(/are sent from your site's shared mailbox: you will be asked which site\./)
        .count(),
    ).toBe(1);
    await expectAccessible(page, `personal-${theme}`);
    await pane(page).getByRole('button', { name: 'Questions and answers' }).click();
    await pane(page).getByLabel('Search the questions').fill('ODS');
    await expect
      .poll(() =>
        pane(page)
          .getByText(/answers found/)
          .count(),
      )
      .toBe(1);
    await expectAccessible(page, `faq-${theme}`);
  });

  test('Diagnostics from the pane: what the host says, accessible, copied as text without names', async () => {
    const { page } = await harness.open(`?theme=${theme}`);
    await expect.poll(() => pane(page).getByRole('heading', { name: 'Sunrise House, Durham' }).count()).toBe(1);
    await pane(page).getByRole('button', { name: 'Diagnostics' }).click();
    await expect.poll(() => pane(page).getByText('Preview (no Outlook)').count()).toBe(1);
    await expectAccessible(page, `diagnostics-${theme}`);
    await pane(page).getByRole('button', { name: 'Copy diagnostics' }).click();
    await expect.poll(() => pane(page).getByText('Diagnostics copied.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^NAS Assistant diagnostics\n/);
    expect(copied).toContain('read: care.vn6c2@nhs.net');
    expect(copied).not.toContain('Amira Khan');
  });

  test('Outlook cannot create the email: the reason, and copying works instead', async () => {
    const { page } = await harness.open(`?theme=${theme}&fail=composeNew`);
    await openGroups(page);
    await pane(page)
      .getByRole('button', { name: /Check who can use/ })
      .click();
    await pane(page).getByRole('button', { name: 'Check and preview' }).click();
    await pane(page).getByRole('button', { name: 'Create email' }).click();
    await expect.poll(() => pane(page).getByText('The email was not created').count()).toBe(1);
    await pane(page).getByRole('button', { name: 'Copy subject' }).click();
    await expect.poll(() => pane(page).getByText('Subject copied: paste it into Subject.').count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Shared mailbox audit – VN6C2 – Sunrise House');
    await expectAccessible(page, `compose-failed-${theme}`);
    expect(await page.getByTestId('simulated-email').count()).toBe(0);
  });
});

describe('dark mode: unselected options do not look disabled', () => {
  test.each(['dark', 'light'] as const)(
    '%s: an unselected radio label has the body text colour, as the selected one has',
    async (theme) => {
      const { page } = await harness.open(`?theme=${theme}`);
      await pane(page)
        .getByRole('button', { name: /Add new staff/ })
        .click();
      const member = pane(page).getByRole('radio', { name: 'Member' });
      await expect.poll(() => member.count(), { timeout: 15_000 }).toBe(1);
      expect(await member.isChecked()).toBe(true);
      const colour = (name: string) =>
        pane(page)
          .getByRole('radio', { name })
          .evaluate((input) => getComputedStyle(input.parentElement!.querySelector('label')!).color);
      const selected = await colour('Member');
      const unselected = await colour('Owner');
      // Theme settled (the dark tokens load on demand): the selected label is the body text colour.
      await expect.poll(() => colour('Member')).toBe(theme === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(36, 36, 36)');
      expect(unselected).toBe(await colour('Member'));
      expect(selected).toBeTruthy();
      await shoot(page, `form-radios-320-${theme}`);
    },
  );
});

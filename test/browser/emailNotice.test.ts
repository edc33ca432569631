// The early From warning in the email itself, in the built preview: the preview runs the same
// compose-event handler as events.js (OnMessageRecipientsChanged when the pane fills the email,
// OnMessageFromChanged when From changes), and its compose window shows the notification as Outlook
// does, above the body. It appears with a personal From and goes as From is fixed.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, browserHarness, fillAuditRequest, shoot } from './harness';

const harness = browserHarness();
const notice = (page: Page) => page.getByRole('status', { name: 'Notification from NAS Assistant' });

test('the From notice appears on a NAS request from a personal From, goes when From is fixed, and comes back', async () => {
  const { page, context, errors } = await harness.open('?mode=compose&from=amira.khan3@nhs.net&client=new');
  expect(await notice(page).count()).toBe(0);
  await fillAuditRequest(page);

  // Filled: To is NAS, From personal, the request shared-only.
  await expect.poll(() => notice(page).count()).toBe(1);
  const words = await notice(page).textContent();
  expect(words).toMatch(
    /^NAS acts on "[^"]+" only from the shared mailbox: select From and choose (care\.vn6c2@nhs\.net|your site's shared mailbox)\./,
  );
  await shoot(page, 'email-notice-shown');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('combobox', { name: 'From' }).click();
  await page.getByRole('option', { name: 'care.vn6c2@nhs.net' }).click();
  await expect.poll(() => notice(page).count()).toBe(0);

  await page.getByRole('combobox', { name: 'From' }).click();
  await page.getByRole('option', { name: 'amira.khan3@nhs.net' }).click();
  await expect.poll(() => notice(page).count()).toBe(1);

  // Dismiss, as in Outlook: gone until the add-in adds it again.
  await notice(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => notice(page).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('an email that is not a NAS request never gets the notice, whatever From is', async () => {
  const { page, context, errors } = await harness.open('?mode=compose&from=care.vn6c2@nhs.net');
  await page.getByRole('combobox', { name: 'From' }).click();
  await page.getByRole('option', { name: 'amira.khan3@nhs.net' }).click();
  await page.waitForTimeout(300);
  expect(await notice(page).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

// "About this email" in the built preview, opened from the query parameters anyone can use
// (itemFrom, itemSubject, itemBody, itemReceived), at 320 px, with axe on each screen, light and dark.
import { describe, expect, test } from 'vitest';
import { expectAccessible, pane, browserHarness } from './harness';

const harness = browserHarness();

const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  test('a NAS reply with a ticket: the card, then the escalation filled in', async () => {
    const { page, errors } = await harness.open(
      query({
        theme,
        itemFrom: 'NHSmail Helpdesk <helpdesk@nhs.net>',
        itemSubject: 'RE: Request for more than 10 user accounts – VN6C2 – Sunrise House [INC0123456]',
        itemBody: 'We have everything we need and the request is with the team.',
        itemReceived: '2026-11-20T09:15:00Z',
      }),
    );
    const card = pane(page).getByRole('region', { name: 'About this email' });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('A NAS reply about ticket INC0123456');
    expect(await card.textContent()).toContain('within 5 working days of having all the details: by Friday 27 November 2026');
    await expectAccessible(page, `about-email-ticket-${theme}`);

    await card.getByRole('button', { name: 'Chase this request' }).click();
    await expect.poll(() => pane(page).getByLabel('Ticket reference').count()).toBe(1);
    expect(await pane(page).getByLabel('Ticket reference').inputValue()).toBe('INC0123456');
    await expectAccessible(page, `about-email-escalation-${theme}`);
    expect(errors).toEqual([]);
  });

  test('a colleague leaving: the leaver form with their name and address', async () => {
    const { page, errors } = await harness.open(
      query({
        theme,
        itemFrom: 'SMITH, Jane (Sunrise House) <jane.smith@nhs.net>',
        itemSubject: 'Leaving',
        itemBody: 'Hi, I am leaving the home at the end of December. Thank you for everything.',
        itemReceived: '2026-11-20T09:15:00Z',
      }),
    );
    const card = pane(page).getByRole('region', { name: 'About this email' });
    await expect.poll(() => card.count()).toBe(1);
    await expectAccessible(page, `about-email-leaver-${theme}`);
    await card.getByRole('button', { name: 'Remove staff who have left' }).click();
    await expect.poll(() => pane(page).locator('#field-people-0-fullName').count()).toBe(1);
    expect(await pane(page).locator('#field-people-0-fullName').inputValue()).toBe('Jane Smith');
    expect(await pane(page).locator('#field-people-0-nhsmailAddress').inputValue()).toBe('jane.smith@nhs.net');
    await expectAccessible(page, `about-email-leaver-form-${theme}`);
    expect(errors).toEqual([]);
  });
});

test('an email nothing recognises: no card, the requests as usual', async () => {
  const { page } = await harness.open(
    query({
      itemFrom: 'Amira Khan <amira.khan3@nhs.net>',
      itemSubject: 'Rota for December',
      itemBody: 'Attached.',
    }),
  );
  await expect.poll(() => pane(page).getByRole('heading', { name: 'Common requests' }).count()).toBe(1);
  await page.waitForTimeout(200);
  expect(await pane(page).getByRole('region', { name: 'About this email' }).count()).toBe(0);
});

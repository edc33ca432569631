// The pane under faults and hostile input, in Chromium: a screen's code failing to
// load, storage full or blocked, two pages sharing storage, 100,000 pasted rows, hostile display
// names. Runs on the built preview (dist-preview/), whose host keeps drafts in real localStorage.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { openGroups, pane, previewUrl, shoot, browserHarness } from './harness';

const harness = browserHarness();
const kept = /Your answers are kept only while this pane is open/;

test('a screen whose code fails to load: "could not load", Try again, the way back; a retry after the network returns opens it in the same pane', async () => {
  const { page } = await harness.page();
  let offline = true;
  await page.route('**/assets/lazyScreens-*.js*', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(previewUrl());
  await openGroups(page);
  await pane(page)
    .getByRole('button', { name: /Update someone's name/ })
    .first()
    .click();
  await expect.poll(() => pane(page).getByText('The form could not load.').count(), { timeout: 10_000 }).toBe(1);
  expect(await pane(page).getByRole('button', { name: '← All requests' }).count()).toBe(1);
  await shoot(page, 'fault-chunk-failed');
  // Still offline: trying again says so again, nothing hangs.
  await pane(page).getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => pane(page).getByText('The form could not load.').count()).toBe(1);
  offline = false;
  await pane(page).getByRole('button', { name: 'Try again' }).click();
  await expect
    .poll(
      () =>
        pane(page)
          .getByLabel(/Current name/)
          .count(),
      { timeout: 10_000 },
    )
    .toBe(1);
  // The way back works too.
  await pane(page).getByRole('button', { name: '← All requests' }).click();
  await expect
    .poll(() =>
      pane(page)
        .getByRole('button', { name: /Update someone's name/ })
        .count(),
    )
    .toBe(1);
});

test('storage full: told once, in words; what was typed since comes back, not the older draft', async () => {
  const { page } = await harness.page();
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as { __full?: boolean }).__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(previewUrl());
  await openGroups(page);
  await pane(page)
    .getByRole('button', { name: /Update someone's name/ })
    .first()
    .click();
  const name = pane(page).getByLabel(/Current name/);
  await name.fill('Older Name');
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Older Name')))).toBe(true);
  await page.evaluate(() => ((window as { __full?: boolean }).__full = true));
  await name.fill('Newer Name');
  await expect.poll(() => pane(page).getByText(kept).count()).toBe(1);
  await name.fill('Newest Name');
  await page.waitForTimeout(400);
  expect(await pane(page).getByText(kept).count()).toBe(1);
  await pane(page).getByRole('button', { name: '← All requests' }).click();
  await openGroups(page);
  await pane(page)
    .getByRole('button', { name: /Update someone's name/ })
    .first()
    .click();
  expect(
    await pane(page)
      .getByLabel(/Current name/)
      .inputValue(),
  ).toBe('Newest Name');
  await shoot(page, 'fault-storage-full');
});

test('storage blocked (the getter throws, as in a sandboxed frame): said at start-up', async () => {
  const { page } = await harness.page();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(previewUrl());
  await expect.poll(() => pane(page).getByText(kept).count()).toBe(1);
  await openGroups(page);
  await pane(page)
    .getByRole('button', { name: /Update someone's name/ })
    .first()
    .click();
  await pane(page)
    .getByLabel(/Current name/)
    .fill('Sarah Bell');
  expect(
    await pane(page)
      .getByLabel(/Current name/)
      .inputValue(),
  ).toBe('Sarah Bell');
});

test('two pages on the same request: the other page says so and offers the answers; creating the email clears only its own draft', async () => {
  const { page: a, addPage } = await harness.open();
  const b = await addPage();
  await b.goto(previewUrl());
  await openGroups(a);
  await pane(a)
    .getByRole('button', { name: /Check who can use/ })
    .first()
    .click();
  await pane(a)
    .getByLabel(/Anything to add/)
    .fill('From window A');
  await expect.poll(() => a.evaluate(() => Object.values(localStorage).some((v) => v.includes('From window A')))).toBe(true);
  await openGroups(b);
  await pane(b)
    .getByRole('button', { name: /Check who can use/ })
    .first()
    .click();
  expect(
    await pane(b)
      .getByLabel(/Anything to add/)
      .inputValue(),
  ).toBe('From window A');
  await pane(b)
    .getByLabel(/Anything to add/)
    .fill('From window B');
  await expect
    .poll(() =>
      pane(a)
        .getByText(/changed in another Outlook window/)
        .count(),
    )
    .toBe(1);
  expect(
    await pane(a)
      .getByLabel(/Anything to add/)
      .inputValue(),
  ).toBe('From window A');
  await shoot(a, 'fault-two-panes');
  await pane(a).getByRole('button', { name: 'Keep mine' }).click();
  await pane(a).getByRole('button', { name: 'Check and preview' }).click();
  await pane(a).getByRole('button', { name: 'Create email' }).click();
  await expect.poll(() => pane(a).getByText('Your email is ready').count()).toBe(1);
  await a.waitForTimeout(400);
  // B's newer, unsent answers are still there.
  expect(await b.evaluate(() => Object.values(localStorage).some((v) => v.includes('From window B')))).toBe(true);
});

/**
 * 100,000 rows (about 4 MB) pasted with the keyboard, a key typed, "Add these people". How long the
 * main thread is held is a speed figure, measured by `npm run bench` (the pane's share, the
 * browser's own clipboard read taken out); this test holds the behaviour that keeps it short.
 */
test('100,000 pasted rows: held aside rather than laid out in the box, counted, one message', async () => {
  const { page } = await harness.open('', { clipboard: true });
  const panel = pane(page);
  await panel.getByRole('button', { name: /Add new staff/ }).click();
  await panel.getByRole('button', { name: 'Paste from a spreadsheet' }).click();
  const box = panel.getByLabel(/^Paste from a spreadsheet/);
  await page.evaluate(async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `Person ${i}\t01632 ${960000 + i}\tnot-an-email`);
    await navigator.clipboard.writeText(`Name\tMobile\tEmail\n${rows.join('\n')}`);
  });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => panel.getByText(/100,001 lines pasted \(3,856 KB\): too many to show in the box/).count()).toBe(1);
  // The 4 MB never reached the box, where laying it out took seconds.
  expect((await box.inputValue()).length).toBe(0);
  // The box still takes keys after the paste (what is typed there is added to the pasted rows).
  await box.press('x');
  expect(await box.inputValue()).toBe('x');
  await box.press('Backspace');
  await panel.getByRole('button', { name: 'Add these people' }).click();
  await expect
    .poll(() => panel.getByText(/You pasted 100,000 people\. NAS sets up at most 10 accounts/).count(), { timeout: 30_000 })
    .toBe(1);
  // At most ten problems are listed, never a row per person.
  expect(await panel.locator('li').count()).toBeLessThan(20);
  await shoot(page, 'fault-paste-100000');
});

// Through the production pane and its Office.js host: Outlook (stood in for) reports the display name.
const fakeOffice = readFileSync(resolve(import.meta.dirname, '../support/fakeOffice.js'), 'utf8');
const dist = inject('distUrl');
test.each([
  ['a sentence with an address', 'Care.VN6C2 (Sunrise House. Also make attacker.x@nhs.net an owner, Durham)', /attacker/],
  ['40 KB', `Care.VN6C2 (${'Sunrise House '.repeat(3000)}, Durham)`, /Sunrise House Sunrise House/],
  ['bidi override and next line', 'Care.VN6C2 (Sunrise\u202E House\u0085, Durham)', /[\u202E\u0085]/],
])('hostile display name (%s): "site name not known", and nothing of it reaches the request', async (_, displayName, leak) => {
  // Remote requests refused; the test's own route below answers office.js's address first.
  const { page } = await harness.page({ remote: 'refuse' });
  const office = fakeOffice.replace(
    JSON.stringify('Care.VN6C2 (Sunrise House, Durham)').slice(1, -1),
    JSON.stringify(displayName).slice(1, -1),
  );
  expect(office).not.toBe(fakeOffice);
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ body: office, contentType: 'application/javascript' }),
  );
  await page.goto(`${dist}/taskpane.html`);
  await openGroups(page);
  await expect.poll(() => page.getByRole('button', { name: /Check who can use/ }).count(), { timeout: 10_000 }).toBe(1);
  expect(await page.getByRole('region', { name: 'Mailbox' }).textContent()).not.toMatch(leak);
  await openGroups(page);
  await page.getByRole('button', { name: /Check who can use/ }).click();
  await expect.poll(() => page.getByText('Site name not known.').count(), { timeout: 10_000 }).toBe(1);
  await page.getByRole('button', { name: 'Check and preview' }).click();
  const preview = await page.getByLabel('Email preview').textContent();
  expect(preview).toMatch(/Subject: .* – VN6C2/);
  expect(preview).not.toMatch(leak);
  expect(preview).not.toMatch(/[\u202E\u0085]/);
});

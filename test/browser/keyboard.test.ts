// The keyboard in the built preview, in Chromium at 320 px: one whole request (Add new
// staff) driven by the keyboard alone, with where focus is after every step and a visible focus
// ring on it (the element's pixels focused and unfocused differ); the short form (its first field
// inside a 700 px pane); one outcome message with NAS's hours as information. Screenshots of the
// form, the preview and the done screen in light and dark go to test-results/screens, axe on each.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, openGroups, pane, browserHarness } from './harness';

// A 700 px pane unless a test asks for more.
const harness = browserHarness({ height: 700 });

/** The preview, once the pane shows the detected site. */
async function open(query: string, height?: number) {
  const opened = await harness.open(query, height ? { height } : {});
  await expect.poll(() => pane(opened.page).getByRole('heading', { name: 'Sunrise House, Durham' }).count()).toBe(1);
  return opened;
}

/** What has focus: its tag, id, text and label, for asserting where focus went. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', id: '', text: '', label: '' };
    const labelledBy = el.getAttribute('aria-labelledby');
    const label = el.getAttribute('aria-label') ?? (labelledBy ? (document.getElementById(labelledBy)?.textContent ?? '') : '');
    const byFor = el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
    return { tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent ?? '').trim(), label: label || byFor };
  });
}

/** Presses Tab until the focused element's text or label matches (the keyboard is the only way round). */
async function tabTo(page: Page, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (name.test(f.text) || name.test(f.label)) return f;
  }
  throw new Error(`Tab never reached ${name}`);
}

/**
 * The focused element's box (with room for a ring drawn outside it) focused, then blurred: how
 * many pixels differ. Focus is then put back. Caret hidden and animations finished by Playwright.
 */
async function ringPixels(page: Page): Promise<number> {
  const box = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  const margin = 6;
  const clip = {
    x: Math.max(0, box.x - margin),
    y: Math.max(0, box.y - margin),
    width: Math.min(320, box.width + 2 * margin),
    height: box.height + 2 * margin,
  };
  const shot = () => page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  const withFocus = await shot();
  await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    (window as unknown as { __focused: HTMLElement }).__focused = el;
    el.blur();
  });
  const without = await shot();
  await page.evaluate(() => (window as unknown as { __focused: HTMLElement }).__focused.focus());
  return countDifferent(withFocus, without);
}

/** Decodes both PNGs in a blank page (no CSP there) and counts the pixels that differ. */
async function countDifferent(a: Buffer, b: Buffer): Promise<number> {
  const scratch = await harness.browser.newPage();
  try {
    return await scratch.evaluate(
      async ([one, two]) => {
        const load = async (b64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const [p, q] = [await load(one!), await load(two!)];
        let differ = 0;
        for (let i = 0; i < p.length; i += 4)
          if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) > 30) differ++;
        return differ;
      },
      [a.toString('base64'), b.toString('base64')],
    );
  } finally {
    await scratch.close();
  }
}

/** Where focus is now, and that it shows: at least a ring's worth of pixels change with focus. */
async function expectVisibleFocus(page: Page) {
  expect(await ringPixels(page)).toBeGreaterThan(40);
}

test.each(['light', 'dark'] as const)(
  'Add new staff by keyboard alone at 320 px (%s): focus follows every step, with a visible ring',
  async (theme) => {
    const { page, errors } = await open(`?theme=${theme}`);
    // The home list: Tab to the request and open it.
    await tabTo(page, /Add new staff/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('h2');
    expect((await focused(page)).text).toMatch(/^Add new staff/);
    await expectVisibleFocus(page);

    // The guidance: one line, and the rest behind *More about this request*; Escape closes it.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('More about this request');
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => pane(page).getByText('What NAS needs').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => pane(page).getByText('What NAS needs').count()).toBe(0);
    expect((await focused(page)).text).toBe('More about this request');

    // A failed submit: focus goes to the first problem, the person's name.
    await tabTo(page, /^Check and preview$/);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('field-people-0-fullName');
    await expectVisibleFocus(page);

    // Fill the first person by keyboard.
    await page.keyboard.type('Jane Smith');
    await page.keyboard.press('Tab');
    await page.keyboard.type('07700 900123');
    await page.keyboard.press('Tab');
    await page.keyboard.type('jane@example.com');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toMatch(/Member/);
    await page.keyboard.press('Space');

    // Add another person: focus goes to their name.
    await tabTo(page, /^Add another person$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('field-people-1-fullName');
    await expectVisibleFocus(page);

    // Remove person 2: focus goes back to person 1's name.
    await tabTo(page, /^Remove person 2$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('field-people-0-fullName');
    expect(await pane(page).getByText('Person 2').count()).toBe(0);
    await expectVisibleFocus(page);

    // Check and preview: focus goes to the preview's heading.
    await tabTo(page, /^Check and preview$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toBe('Preview');
    expect((await focused(page)).tag).toBe('h3');
    await expectVisibleFocus(page);

    // Create email: focus goes to the outcome.
    await tabTo(page, /^Create email$/);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toMatch(/^Your email is ready/);
    await expectVisibleFocus(page);

    // Back to all requests: focus goes to the request that was opened.
    await tabTo(page, /^Back to all requests$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toMatch(/Add new staff/);
    await expectVisibleFocus(page);
    await expect.poll(() => page.getByTestId('simulated-email').count()).toBe(1);
    expect(errors).toEqual([]);
  },
);

test('with the mouse, the heading that takes focus shows no ring (the keyboard ring is for keyboard use)', async () => {
  const { page } = await open('');
  await pane(page)
    .getByRole('button', { name: /Add new staff/ })
    .click();
  await expect.poll(async () => (await focused(page)).tag).toBe('h2');
  expect(await ringPixels(page)).toBe(0);
});

test('the leaver form: "an owner is leaving" takes focus after a failed submit', async () => {
  const { page } = await open('');
  await tabTo(page, /Remove staff who have left/);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).tag).toBe('h2');
  await tabTo(page, /Full name/);
  await page.keyboard.type('Peter Lund');
  await page.keyboard.press('Tab');
  await page.keyboard.type('peter.lund@nhs.net');
  await tabTo(page, /They were an owner/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Check and preview$/);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).text).toMatch(/^An owner is leaving/);
  await expectVisibleFocus(page);
});

test('Add new staff in a 700 px pane: the first field shows without scrolling', async () => {
  const { page } = await open('');
  await pane(page)
    .getByRole('button', { name: /Add new staff/ })
    .click();
  const field = pane(page).getByLabel('Full name');
  await field.waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  const [paneBox, box] = [await pane(page).boundingBox(), await field.boundingBox()];
  // As if the pane were the window: its top is the pane's top.
  expect(box!.y - paneBox!.y).toBeLessThan(700);
  expect(box!.y + box!.height - paneBox!.y).toBeLessThanOrEqual(700);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

describe.each(['light', 'dark'] as const)('%s theme at 320 px', (theme) => {
  test('the form, the guidance opened, the preview (no guidance) and the done screen (one message, hours as information)', async () => {
    const { page, errors } = await open(`?theme=${theme}`, 900);
    await pane(page)
      .getByRole('button', { name: /Add new staff/ })
      .click();
    await pane(page).getByLabel('Full name').waitFor();
    await expectAccessible(page, `form-320-${theme}`);
    await pane(page).getByRole('button', { name: 'More about this request' }).click();
    await expectAccessible(page, `form-more-320-${theme}`);

    await pane(page).getByLabel('Full name').fill('Jane Smith');
    await pane(page)
      .getByLabel(/Personal mobile/)
      .fill('07700 900123');
    await pane(page)
      .getByLabel(/Personal email address/)
      .fill('jane@example.com');
    await pane(page).getByRole('radio', { name: 'Member' }).check();
    await pane(page).getByRole('button', { name: 'Check and preview' }).click();
    await pane(page).getByRole('heading', { name: 'Preview' }).waitFor();
    // No guidance on the preview: *Create email* shows in a 700 px pane without scrolling.
    expect(await pane(page).getByText('More about this request').count()).toBe(0);
    expect(
      await pane(page)
        .getByText(/Someone new needs NHSmail/)
        .count(),
    ).toBe(0);
    const [paneBox, create] = [
      await pane(page).boundingBox(),
      await pane(page).getByRole('button', { name: 'Create email' }).boundingBox(),
    ];
    expect(create!.y + create!.height - paneBox!.y).toBeLessThanOrEqual(700);
    await expectAccessible(page, `preview-320-${theme}`);

    await pane(page).getByRole('button', { name: 'Create email' }).click();
    await pane(page).getByText('Your email is ready').waitFor();
    // One message bar on the done screen; no guidance; NAS's hours are information, not a warning.
    expect(await pane(page).locator('.fui-MessageBar').count()).toBe(1);
    expect(await pane(page).locator('.fui-MessageBar[data-intent="warning"], [data-intent="warning"]').count()).toBe(0);
    expect(await pane(page).locator('[data-hours]').count()).toBe(1);
    expect(await pane(page).getByText('More about this request').count()).toBe(0);
    await expectAccessible(page, `done-320-${theme}`);
    expect(errors).toEqual([]);
  });
});

/** The texts an element's aria-describedby points at, joined. */
function described(page: Page, id: string) {
  return page.evaluate(
    (fieldId) =>
      (document.getElementById(fieldId)?.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((d) => document.getElementById(d)?.textContent ?? '')
        .join(' '),
    id,
  );
}

describe.each(['light', 'dark'] as const)('%s theme at 320 px: warnings and pasted repairs next to the field', (theme) => {
  test('a 070 number warns under the mobile field once it is left; a pasted row is repaired with a note on each field; the ODS change starts with nobody to remove', async () => {
    // The warning: not while typing, then right under the field as soon as Tab leaves it.
    const { page, errors } = await open(`?theme=${theme}`, 900);
    await pane(page)
      .getByRole('button', { name: /Add new staff/ })
      .click();
    const mobileBox = pane(page).getByLabel(/Personal mobile/);
    await mobileBox.click();
    await page.keyboard.type('07010 123456');
    const warning = pane(page).getByText(/07010 123456 is a personal \(070\) number, not a mobile\. Check it receives text messages\./);
    expect(await warning.count()).toBe(0);
    await page.keyboard.press('Tab');
    await expect.poll(() => warning.count()).toBe(1);
    const mobileId = (await mobileBox.getAttribute('id'))!;
    expect(await described(page, mobileId)).toMatch(/07010 123456 is a personal \(070\) number/);
    const [input, note] = [await mobileBox.boundingBox(), await warning.boundingBox()];
    // Under the field (below its bottom edge, within a line or two), overlapping it across.
    expect(note!.y).toBeGreaterThanOrEqual(input!.y + input!.height - 1);
    expect(note!.y - (input!.y + input!.height)).toBeLessThan(48);
    expect(note!.x).toBeLessThan(input!.x + input!.width);
    expect(note!.x + note!.width).toBeGreaterThan(input!.x);
    expect(errors).toEqual([]);

    // The paste, in a fresh pane: a surname-first name and a number that lost its leading 0.
    const { page: pasted, errors: pastedErrors } = await open(`?theme=${theme}`, 900);
    await pane(pasted)
      .getByRole('button', { name: /Add new staff/ })
      .click();
    await pane(pasted).getByRole('button', { name: 'Paste from a spreadsheet' }).click();
    await pane(pasted)
      .getByLabel(/^Paste from a spreadsheet/)
      .fill('Smith, Jane\t7700900124\tjane@example.com');
    await pane(pasted).getByRole('button', { name: 'Add these people' }).click();
    const name = pane(pasted).getByLabel(/Full name/);
    const mobile = pane(pasted).getByLabel(/Personal mobile/);
    await expect.poll(() => name.inputValue()).toBe('Jane Smith');
    expect(await name.count()).toBe(1);
    expect(await mobile.inputValue()).toBe('07700900124');
    expect(await described(pasted, (await name.getAttribute('id'))!)).toMatch(
      /Pasted as "Smith, Jane" \(surname first\), so it now reads Jane Smith/,
    );
    expect(await described(pasted, (await mobile.getAttribute('id'))!)).toMatch(
      /Pasted as 7700900124\. The leading 0 was missing, so it now reads 07700 900124/,
    );
    expect(
      await pane(pasted)
        .getByText(/Pasted as 7700900124\. The leading 0 was missing/)
        .isVisible(),
    ).toBe(true);
    expect(
      await pane(pasted)
        .getByText(/Pasted as "Smith, Jane" \(surname first\)/)
        .isVisible(),
    ).toBe(true);
    expect(
      await pane(pasted)
        .getByText(/Enter a mobile number/)
        .count(),
    ).toBe(0);
    await expectAccessible(pasted, `form-repairs-320-${theme}`);
    expect(pastedErrors).toEqual([]);

    // The ODS change (in a closed group): its list of people to remove starts empty.
    const { page: ods, errors: odsErrors } = await open(`?theme=${theme}`, 900);
    await openGroups(ods);
    await pane(ods)
      .getByRole('button', { name: /Our ODS code is changing/ })
      .click();
    await pane(ods).getByRole('button', { name: 'Add a person to remove' }).waitFor();
    expect(await pane(ods).getByRole('button', { name: 'Add a person to remove' }).count()).toBe(1);
    expect(await pane(ods).getByText('Person 1').count()).toBe(0);
    expect(odsErrors).toEqual([]);
  });
});

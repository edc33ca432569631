// The site picker ("Not this mailbox?") in the built preview at 320 px, light and dark, with axe:
// every type of site readable in full (it was clipped: "Optometry" unreadable), focus in the box
// when it opens, Escape closing it, a specific message next to the field for bad input, and
// "Use the detected mailbox" after choosing another. Screenshots go to test-results/screens.
import { describe, expect, test } from 'vitest';
import { expectAccessible, pane as taskPane, browserHarness } from './harness';

const harness = browserHarness();

describe.each(['light', 'dark'] as const)('the site picker at 320 px, %s', (theme) => {
  test('fits, takes focus, refuses bad input next to the field, Escape closes it, and the detected mailbox is one click away', async () => {
    const { page, errors } = await harness.open(`?theme=${theme}`);
    const pane = taskPane(page);
    await pane.getByRole('button', { name: 'Not this mailbox?' }).click();
    const field = pane.getByLabel(/Shared mailbox address or ODS code/);
    await field.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);

    // Each type of site is whole: its label inside the pane, not clipped, on the screen.
    const paneBox = (await pane.boundingBox())!;
    for (const name of ['Care', 'Pharmacy', 'Dental', 'Optometry']) {
      const label = pane.locator('label', { hasText: new RegExp(`^${name}$`) });
      const box = (await label.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(paneBox.x);
      expect(box.x + box.width).toBeLessThanOrEqual(paneBox.x + paneBox.width);
      expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    }
    await expectAccessible(page, `site-picker-320-${theme}`);

    // Bad input: a specific message next to the field, never a made-up address.
    await field.fill('hello world');
    await pane.getByRole('button', { name: 'Use this mailbox' }).click();
    const message = pane.getByText('An ODS code has no spaces: enter it as one word, for example VN6C2.');
    await message.waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await pane.textContent()).not.toContain('hello world@');
    const fieldBox = (await field.boundingBox())!;
    const messageBox = (await message.boundingBox())!;
    expect(messageBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(40); // right under the field
    await expectAccessible(page, `site-picker-320-${theme}-error`);

    // Escape closes it; focus goes back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => field.count()).toBe(0);
    expect(await pane.getByRole('button', { name: 'Not this mailbox?' }).evaluate((el) => el === document.activeElement)).toBe(true);

    // Another site, then back to the detected one.
    await page.keyboard.press('Enter');
    await field.fill('FH542');
    await pane.getByRole('radio', { name: 'Pharmacy' }).check();
    await pane.getByRole('button', { name: 'Use this mailbox' }).click();
    await pane.getByText('pharmacy.fh542@nhs.net · ODS FH542').waitFor();
    const back = pane.getByRole('button', { name: 'Use the detected mailbox (care.vn6c2@nhs.net)' });
    await expectAccessible(page, `site-picker-320-${theme}-chosen`);
    await back.click();
    await pane.getByText('care.vn6c2@nhs.net · ODS VN6C2').waitFor();
    expect(await back.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

// "Not this mailbox?": the site picker takes focus, Escape closes it and gives focus back, bad
// input gets a specific message next to the field (never a made-up address), and after choosing
// another mailbox "Use the detected mailbox" goes back to the one Outlook gave.
import { describe, expect, test } from 'vitest';
import { renderPane, screen, within, bannerLine } from '../../../../test/support/pane';
import { rememberedMailboxes } from '../../../office/localState';

const banner = () => screen.findByRole('region', { name: 'Mailbox' });

async function openPicker() {
  const { user, store } = await renderPane();
  await user.click(await screen.findByRole('button', { name: 'Not this mailbox?' }));
  const field = await screen.findByLabelText(/Shared mailbox address or ODS code/, undefined, { timeout: 8000 });
  return { user, store, field };
}

describe('the site picker ("Not this mailbox?")', { timeout: 20_000 }, () => {
  test('opening it moves focus into it, on the address field', async () => {
    const { field } = await openPicker();
    expect(document.activeElement).toBe(field);
  });

  test('Escape closes it and focus goes back to "Not this mailbox?"', async () => {
    const { user } = await openPicker();
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText(/Shared mailbox address or ODS code/)).toBeNull();
    const opener = screen.getByRole('button', { name: 'Not this mailbox?' });
    expect(document.activeElement).toBe(opener);
    expect(opener.getAttribute('aria-expanded')).toBe('false');
  });

  test('Cancel does the same', async () => {
    const { user } = await openPicker();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText(/Shared mailbox address or ODS code/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Not this mailbox?' }));
  });

  test('bad input: a specific message tied to the field, focus back on it, and never "care.hello world@nhs.net"', async () => {
    const { user, field } = await openPicker();
    await user.type(field, 'hello world');
    await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
    const message = 'An ODS code has no spaces: enter it as one word, for example VN6C2.';
    expect(screen.getByText(message)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.some((id) => document.getElementById(id)?.textContent?.includes(message))).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(document.body.textContent).not.toContain('hello world@');
    // Still the detected site.
    expect(within(await banner()).getByText(bannerLine('care.vn6c2@nhs.net · ODS VN6C2'))).toBeTruthy();
  });

  test('the type of site is one choice of four, each labelled in full', async () => {
    await openPicker();
    const group = screen.getByRole('radiogroup');
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('span')?.parentElement?.textContent ?? ''),
    ).toHaveLength(4);
    for (const name of ['Care', 'Pharmacy', 'Dental', 'Optometry']) expect(within(group).getByRole('radio', { name })).toBeTruthy();
  });

  test('after choosing another mailbox, "Use the detected mailbox" returns to the one Outlook gave, and focus stays in the banner', async () => {
    const { user, field } = await openPicker();
    await user.type(field, 'FH542');
    await user.click(screen.getByRole('radio', { name: 'Pharmacy' }));
    await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
    const b = await banner();
    expect(within(b).getByText(bannerLine('pharmacy.fh542@nhs.net · ODS FH542'))).toBeTruthy();
    expect(within(b).getByText('Found from the address you entered.')).toBeTruthy();
    expect(document.activeElement).toBe(within(b).getByRole('button', { name: 'Not this mailbox?' }));
    await user.click(within(b).getByRole('button', { name: 'Use the detected mailbox (care.vn6c2@nhs.net)' }));
    expect(within(b).getByText(bannerLine('care.vn6c2@nhs.net · ODS VN6C2'))).toBeTruthy();
    expect(within(b).getByText('Found from the mailbox this message is in.')).toBeTruthy();
    expect(within(b).queryByRole('button', { name: /Use the detected mailbox/ })).toBeNull();
    expect(document.activeElement).toBe(within(b).getByRole('button', { name: 'Not this mailbox?' }));
  });

  test('no detected site to go back to (nothing detected): no such button', async () => {
    const { user } = await renderPane({ mailbox: 'amira.khan3@nhs.net', displayName: undefined });
    await user.type(await screen.findByLabelText(/Shared mailbox address or ODS code/, undefined, { timeout: 8000 }), 'VN6C2');
    await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
    expect(within(await banner()).getByText(bannerLine('care.vn6c2@nhs.net · ODS VN6C2'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Use the detected mailbox/ })).toBeNull();
  });

  describe('an ODS code alone: the type follows its shape', () => {
    const own = { mailbox: 'amira.khan3@nhs.net', displayName: undefined };
    const field = () => screen.findByLabelText(/Shared mailbox address or ODS code/, undefined, { timeout: 8000 });

    test('a pharmacist in her own mailbox types FH542: Pharmacy is chosen from its shape, and that is what is used', async () => {
      const { user, store } = await renderPane(own);
      await user.type(await field(), 'FH542');
      expect((screen.getByRole('radio', { name: 'Pharmacy' }) as HTMLInputElement).checked).toBe(true);
      expect(screen.getByText('Chosen from the shape of the ODS code FH542. Check it is right.')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
      expect(within(await banner()).getByText(bannerLine('pharmacy.fh542@nhs.net · ODS FH542'))).toBeTruthy();
      expect(rememberedMailboxes(store)).toEqual(['pharmacy.fh542@nhs.net']);
    });

    test('with Care chosen, FH542 is questioned next to the type and nothing is used or remembered until she is sure', async () => {
      const { user, store } = await renderPane(own);
      await user.click(screen.getByRole('radio', { name: 'Care' }));
      await user.type(await field(), 'FH542');
      await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
      const message =
        "FH542 is shaped like a pharmacy code, not a care site's. Change the type of site, or if you are sure, submit again to use care.fh542@nhs.net.";
      expect(screen.getByText(message)).toBeTruthy();
      expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Care' }));
      expect(rememberedMailboxes(store)).toEqual([]);
      expect(within(await banner()).queryByText(bannerLine('care.fh542@nhs.net · ODS FH542'))).toBeNull();
      // Choosing Pharmacy uses the pharmacy's mailbox.
      await user.click(screen.getByRole('radio', { name: 'Pharmacy' }));
      expect(screen.queryByText(message)).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
      expect(within(await banner()).getByText(bannerLine('pharmacy.fh542@nhs.net · ODS FH542'))).toBeTruthy();
      expect(rememberedMailboxes(store)).toEqual(['pharmacy.fh542@nhs.net']);
    });

    test('submitting the questioned type again means she is sure: it is used', async () => {
      const { user } = await renderPane(own);
      await user.click(screen.getByRole('radio', { name: 'Care' }));
      await user.type(await field(), 'FH542');
      await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
      await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
      expect(within(await banner()).getByText(bannerLine('care.fh542@nhs.net · ODS FH542'))).toBeTruthy();
    });

    test('a code that fits two types (V9N7F: care or optometry) chooses none and asks', async () => {
      const { user, store } = await renderPane(own);
      await user.type(await field(), 'V9N7F');
      for (const name of ['Care', 'Pharmacy', 'Dental', 'Optometry'])
        expect((screen.getByRole('radio', { name }) as HTMLInputElement).checked).toBe(false);
      await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
      expect(screen.getByText('Choose the type of site: V9N7F could be a care site or an optometry practice.')).toBeTruthy();
      expect(rememberedMailboxes(store)).toEqual([]);
      await user.click(screen.getByRole('radio', { name: 'Optometry' }));
      await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
      expect(within(await banner()).getByText(bannerLine('optometry.v9n7f@nhs.net · ODS V9N7F'))).toBeTruthy();
    });
  });
});

// "Not this mailbox?": the site picker takes focus, Escape closes it and gives focus back, bad
// input gets a specific message next to the field (never a made-up address), and after choosing
// another mailbox "Use the detected mailbox" goes back to the one Outlook gave.
import { describe, expect, test } from 'vitest';
import { renderPane, screen, within, bannerLine } from '../../test/support/pane';

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
});

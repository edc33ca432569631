// Pasting into the form at scale, and the length limits every field applies to typed and pasted text.
import { expect, test } from 'vitest';
import { fireEvent } from '@testing-library/react';
import { openAction, renderPane, screen } from '../../../../test/support/pane';

async function pasteInto(user: Awaited<ReturnType<typeof renderPane>>['user'], text: string) {
  await user.click(screen.getByRole('button', { name: 'Paste from a spreadsheet' }));
  const box = screen.getByLabelText(/^Paste from a spreadsheet/) as HTMLTextAreaElement;
  // A real paste of megabytes: the box's value changes and the browser fires input.
  box.value = text;
  fireEvent.input(box);
  await user.click(screen.getByRole('button', { name: 'Add these people' }));
}
const overWords = (extra: number, max: number) =>
  `${extra.toLocaleString('en-GB')} ${extra === 1 ? 'character' : 'characters'} too many: this box takes ${max}. Nothing has been cut; shorten it to go on.`;

test('100,000 pasted rows: counted, one message, no list of 100,000 problems', { timeout: 30_000 }, async () => {
  const { user } = await renderPane();
  await openAction(user, /Add new staff/);
  const rows = Array.from({ length: 100_000 }, (_, i) => `Person ${i}\t01632 ${960000 + i}\tnot-an-email`).join('\n');
  await pasteInto(user, `Name\tMobile\tEmail\n${rows}`);
  expect(screen.getByText(/You pasted 100,000 people\. NAS sets up at most 10 accounts/)).toBeTruthy();
  expect(document.querySelectorAll('li').length).toBeLessThan(20);
});

test('a pasted cell longer than its field is kept whole, counted, with a message next to the field', async () => {
  const { user } = await renderPane();
  await openAction(user, /Add new staff/);
  const long = `${'A'.repeat(50_000)} Smith`;
  await pasteInto(user, `${long}\t07700 900123\tjane@example.com`);
  const name = screen.getByLabelText(/Full name/) as HTMLInputElement;
  expect(name.value).toBe(long);
  expect(name.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText(overWords(49_936, 70))).toBeTruthy();
  expect(screen.getByText(/50,006 of 70 characters\./)).toBeTruthy();
  // Shortened to fit: the message goes, and the counter with it (a name shows it only near the limit).
  await user.clear(name);
  await user.type(name, 'Jane Smith');
  expect(screen.queryByText(/too many: this box takes 70/)).toBeNull();
  expect(screen.queryByText(/of 70 characters/)).toBeNull();
});

test('typing or pasting past a field’s limit keeps every character, says how many too many, and the preview waits', async () => {
  const { user } = await renderPane();
  await openAction(user, /Update someone's name/);
  const name = screen.getByLabelText(/Current name/) as HTMLInputElement;
  expect(name.getAttribute('maxlength')).toBeNull();
  await user.click(name);
  await user.paste('B'.repeat(200));
  expect(name.value).toBe('B'.repeat(200));
  expect(screen.getByText(overWords(130, 70))).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Check and preview' }));
  expect(screen.queryByRole('heading', { name: 'Preview' })).toBeNull();
  expect(name.value).toBe('B'.repeat(200));
});

test('one character too many says "1 character"; at the limit, nothing but the counter', async () => {
  const { user } = await renderPane();
  await openAction(user, /Update someone's name/);
  const name = screen.getByLabelText(/Current name/) as HTMLInputElement;
  await user.click(name);
  await user.paste(`Jane ${'C'.repeat(65)}`);
  expect(screen.getByText(/70 of 70 characters\./)).toBeTruthy();
  expect(screen.queryByText(/too many/)).toBeNull();
  await user.type(name, 'D');
  expect(screen.getByText(overWords(1, 70))).toBeTruthy();
});

test('a headerless row with a job title and an owner column: the name is the name, the role is read', async () => {
  const { user } = await renderPane();
  await openAction(user, /Add new staff/);
  await pasteInto(
    user,
    'Amira Khan\tSenior Carer\tOwner\t07700 900123\tamira@example.com\nTom Hill\tCarer\tMember\t07700 900456\ttom@example.org',
  );
  const names = screen.getAllByLabelText(/Full name/) as HTMLInputElement[];
  expect(names.map((n) => n.value)).toEqual(['Amira Khan', 'Tom Hill']);
  const owners = screen.getAllByRole('radio', { name: /owner/i }) as HTMLInputElement[];
  expect(owners.map((r) => r.checked)).toEqual([true, false]);
});

// Where focus goes after a second failed submit: the first problem that remains,
// never the one put right, nor the page.
import { expect, test } from 'vitest';
import { waitFor } from '@testing-library/react';
import { openAction, renderPane, screen } from '../../../../test/support/pane';

const active = () => document.activeElement as HTMLElement | null;

test('first submit: the first empty field; second, after fixing it: the next problem; third, after fixing all but the last: that one', async () => {
  const { user } = await renderPane();
  await openAction(user, /Add new staff/);
  const submit = () => user.click(screen.getByRole('button', { name: 'Check and preview' }));
  await submit();
  await waitFor(() => expect(active()?.id).toBe('field-people-0-fullName'));
  await user.type(active()!, 'Jane Smith');
  await submit();
  await waitFor(() => expect(active()?.id).toBe('field-people-0-mobile'));
  await user.type(active()!, '07700 900123');
  await submit();
  await waitFor(() => expect(active()).toBe(screen.getByLabelText(/Personal email address/)));
  await user.type(active()!, 'jane@example.com');
  await submit();
  await screen.findByRole('heading', { name: 'Preview' });
});

test('a second submit with the same problem left: focus goes back to it from wherever the user was', async () => {
  const { user } = await renderPane();
  await openAction(user, /Update someone's name/);
  await user.click(screen.getByRole('button', { name: 'Check and preview' }));
  const first = active();
  expect(first?.getAttribute('aria-invalid') ?? first?.closest('[aria-invalid]')?.getAttribute('aria-invalid')).toBe('true');
  await user.click(screen.getByRole('button', { name: 'Check and preview' }));
  await waitFor(() => expect(active()).toBe(first));
});

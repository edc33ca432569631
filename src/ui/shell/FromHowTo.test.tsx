// Only the steps for the Outlook in front of her: the host names the client (Office's diagnostics),
// its steps come first, the others behind a disclosure; an unknown client shows every set.
import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FromHowTo } from './FromHowTo';
import { renderPane } from '../../../test/support/pane';
import type { OutlookClient } from '../../office/host';

const show = (client?: OutlookClient) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <FromHowTo address="care.vn6c2@nhs.net" client={client} />
    </FluentProvider>,
  );

const names = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('b')!.textContent);

describe('FromHowTo', () => {
  test.each([
    ['classic', 'Classic Outlook for Windows:', ['New Outlook:', 'Outlook on the web:']],
    ['new', 'New Outlook:', ['Classic Outlook for Windows:', 'Outlook on the web:']],
    ['web', 'Outlook on the web:', ['Classic Outlook for Windows:', 'New Outlook:']],
  ] as const)('%s: its steps first, the others behind a closed disclosure', (client, first, others) => {
    const { container } = show(client);
    expect(names(screen.getByRole('list', { name: 'How to pick it in From' }))).toEqual([first]);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText('Steps for other versions of Outlook').tagName).toBe('SUMMARY');
    expect(names(within(details).getByRole('list', { hidden: true }))).toEqual(others);
  });

  test('the web steps stand on their own when first (they do not send her to new Outlook)', () => {
    show('web');
    const first = screen.getByRole('list', { name: 'How to pick it in From' });
    expect(first.textContent).toContain('select From and choose care.vn6c2@nhs.net');
    expect(first.textContent).not.toContain('as in new Outlook');
  });

  test.each([undefined, 'mac', 'mobile'] as const)('client %s (no steps of its own): every set, no disclosure', (client) => {
    const { container } = show(client);
    expect(names(screen.getByRole('list', { name: 'How to pick it in From' }))).toEqual([
      'Classic Outlook for Windows:',
      'New Outlook:',
      'Outlook on the web:',
    ]);
    expect(container.querySelector('details')).toBeNull();
  });

  test('in the pane, the client the host reports decides (the From warning in compose mode)', async () => {
    await renderPane({ mode: 'compose', from: 'amira.khan3@nhs.net', client: 'new' });
    const lists = await screen.findAllByRole('list', { name: 'How to pick it in From' });
    for (const list of lists) expect(names(list)).toEqual(['New Outlook:']);
  });
});

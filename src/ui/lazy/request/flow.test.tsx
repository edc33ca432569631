// The request flow in the pane: a short form (one line of guidance,
// more on request, none on the preview and result), lists that say what they are for, and focus
// that follows every step; Escape closes what opened; one outcome message, NAS's hours as
// information. The browser test (test/browser/keyboard.test.ts) drives the same by keyboard.
import { describe, expect, test, vi } from 'vitest';
import { useState } from 'react';
import { render, waitFor } from '@testing-library/react';
import { draftKey } from '../../../domain/draft';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { openAction, renderPane, reopenedNameChange, screen, sharedStore, within } from '../../../../test/support/pane';
import { FormFields } from './RequestForm';
import type { FormValues } from './formValues';
import { odsRename } from '../../../domain/requests/odsRename';
import { addUser } from '../../../domain/requests/addUser';
import { leadSentence } from './Guidance';

type User = Awaited<ReturnType<typeof renderPane>>['user'];
const active = () => document.activeElement as HTMLElement | null;

async function fillNewStaff(user: User) {
  await user.type(screen.getByLabelText(/Full name/), 'Jane Smith');
  await user.type(screen.getByLabelText(/Personal mobile/), '07700 900123');
  await user.type(screen.getByLabelText(/Personal email address/), 'jane@example.com');
  await user.click(screen.getByRole('radio', { name: 'Member' }));
}

describe('a short form: one line of guidance, the rest on request', () => {
  test('the first sentence shows; More about this request opens the rest; Escape closes it and focus stays on the toggle', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    expect(screen.getByText('Someone new needs NHSmail and has never had an account.')).toBeTruthy();
    expect(screen.queryByText('What NAS needs')).toBeNull();
    expect(screen.queryByText(/If they already have an nhs.net address/)).toBeNull();
    const toggle = screen.getByRole('button', { name: 'More about this request' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('What NAS needs')).toBeTruthy();
    expect(screen.getByText('What happens next')).toBeTruthy();
    expect(screen.getByText(/If they already have an nhs.net address/)).toBeTruthy();
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.textContent).toContain('What NAS needs');
    await user.keyboard('{Escape}');
    expect(screen.queryByText('What NAS needs')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(active()).toBe(toggle);
  });

  test('no guidance on the preview or the result', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await fillNewStaff(user);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await screen.findByRole('heading', { name: 'Preview' });
    expect(screen.queryByRole('button', { name: 'More about this request' })).toBeNull();
    expect(screen.queryByText(/Someone new needs NHSmail/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    await screen.findByText('Your email is ready');
    expect(screen.queryByRole('button', { name: 'More about this request' })).toBeNull();
    expect(screen.queryByText(/Someone new needs NHSmail/)).toBeNull();
  });

  test('phone steps keep the short guidance too', async () => {
    const { user } = await renderPane();
    await openAction(user, /Nobody can open the shared mailbox/);
    expect(screen.getByRole('button', { name: 'More about this request' })).toBeTruthy();
    expect(screen.queryByText('What NAS needs')).toBeNull();
  });

  test('the lead sentence is the first sentence only', () => {
    expect(leadSentence('One thing. Two things (maybe). Three.')).toEqual({ lead: 'One thing.', rest: 'Two things (maybe). Three.' });
    expect(leadSentence('Only one sentence.')).toEqual({ lead: 'Only one sentence.', rest: '' });
  });
});

function Harness(props: { fields: typeof odsRename.fields; start: FormValues; onOpenKind?: (id: string) => void }) {
  const [values, setValues] = useState(props.start);
  return (
    <FluentProvider theme={webLightTheme}>
      <form>
        <FormFields
          fields={props.fields}
          values={values}
          errors={{}}
          onChange={setValues}
          onBlur={() => undefined}
          onTouch={() => undefined}
          onOpenKind={props.onOpenKind ?? (() => undefined)}
        />
      </form>
    </FluentProvider>
  );
}

describe('lists say what they are for', () => {
  test('an empty optional list: a heading and hint for its purpose, and an add button that says what the person is for', async () => {
    const user = userEvent.setup();
    render(<Harness fields={odsRename.fields} start={{ newOdsCode: '', leavers: [] }} />);
    const group = screen.getByRole('group', { name: 'People to remove as leavers' });
    expect(screen.getByRole('heading', { level: 3, name: 'People to remove as leavers' })).toBeTruthy();
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(group.getAttribute('aria-describedby')!)?.textContent).toMatch(/Staff who do not move/);
    expect(within(group).queryByText('Person 1')).toBeNull();
    const add = within(group).getByRole('button', { name: 'Add a person to remove' });
    await user.click(add);
    expect(within(group).getByText('Person 1')).toBeTruthy();
    // The new person's first field takes focus.
    expect(active()?.id).toBe('field-leavers-0-fullName');
    // Removing the only person (the list may be empty) leaves focus on the add button.
    await user.click(within(group).getByRole('button', { name: 'Remove person 1' }));
    expect(within(group).queryByText('Person 1')).toBeNull();
    expect(active()).toBe(within(group).getByRole('button', { name: 'Add a person to remove' }));
  });

  test('at the 10-person limit the note links to Ask for more than 10 accounts', async () => {
    const user = userEvent.setup();
    const onOpenKind = vi.fn();
    const person = { fullName: '', mobile: '', personalEmail: '', role: '' };
    render(
      <Harness fields={addUser.fields} start={{ people: Array.from({ length: 10 }, () => ({ ...person })) }} onOpenKind={onOpenKind} />,
    );
    expect((screen.getByRole('button', { name: 'Add another person' }) as HTMLButtonElement).disabled).toBe(true);
    const link = screen.getByRole('button', { name: 'Ask for more than 10 accounts' });
    expect(link.closest('span, div, p')?.textContent).toMatch(/one request can add at most 10 people/);
    await user.click(link);
    expect(onOpenKind).toHaveBeenCalledWith('more-accounts');
  });
});

describe('focus follows every step', () => {
  test('after Check and preview: the preview heading; after Create email: the outcome', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await fillNewStaff(user);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    const heading = await screen.findByRole('heading', { level: 3, name: 'Preview' });
    await waitFor(() => expect(active()).toBe(heading));
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    await screen.findByText('Your email is ready');
    await waitFor(() => expect(active()?.textContent).toMatch(/^Your email is ready/));
  });

  test('after Fill this email (compose): the outcome', async () => {
    const { user } = await renderPane({ mode: 'compose' });
    await openAction(user, /Add new staff/);
    await fillNewStaff(user);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(await screen.findByRole('button', { name: 'Fill this email' }));
    await screen.findByText('This email is filled in');
    await waitFor(() => expect(active()?.textContent).toMatch(/^This email is filled in/));
  });

  test('after Change answers: the form, at its first field', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await fillNewStaff(user);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(await screen.findByRole('button', { name: 'Change answers' }));
    await waitFor(() => expect(active()?.id).toBe('field-people-0-fullName'));
  });

  test('Add another person: the new person’s name; Remove person 2: person 1’s name; Remove person 1 of two: the one that moves up', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await user.type(screen.getByLabelText(/Full name/), 'Jane Smith');
    await user.click(screen.getByRole('button', { name: 'Add another person' }));
    await waitFor(() => expect(active()?.id).toBe('field-people-1-fullName'));
    await user.type(active()!, 'Tom Hill');
    await user.click(screen.getByRole('button', { name: 'Remove person 2' }));
    await waitFor(() => expect(active()?.id).toBe('field-people-0-fullName'));
    expect((active() as HTMLInputElement).value).toBe('Jane Smith');
    await user.click(screen.getByRole('button', { name: 'Add another person' }));
    await user.type(active()!, 'Tom Hill');
    await user.click(screen.getByRole('button', { name: 'Remove person 1' }));
    await waitFor(() => expect(active()?.id).toBe('field-people-0-fullName'));
    expect((active() as HTMLInputElement).value).toBe('Tom Hill');
  });

  test('a failed submit on the leaver form with an owner leaving: the "an owner is leaving" message', async () => {
    const { user } = await renderPane();
    await openAction(user, /Remove staff who have left/);
    await user.type(screen.getAllByLabelText(/Full name/)[0]!, 'Peter Lund');
    await user.type(screen.getAllByLabelText(/NHSmail address/)[0]!, 'peter.lund@nhs.net');
    await user.click(screen.getByRole('checkbox', { name: /They were an owner/ }));
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await waitFor(() => expect(active()?.textContent).toMatch(/^An owner is leaving/));
    expect(active()?.getAttribute('tabindex')).toBe('-1');
  });

  test('a failed submit with an empty field: that field', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await waitFor(() => expect(active()?.id).toBe('field-people-0-fullName'));
  });

  test('Start again: the form’s first control (the button pressed has gone)', async () => {
    const second = await reopenedNameChange();
    await second.user.click(screen.getByRole('button', { name: 'Start again' }));
    // The form starts with a choice: its first option.
    await waitFor(() => expect(active()).toBe(screen.getByRole('radio', { name: 'My own account' })));
  });

  test('answers changed in another window: after Load the other answers or Keep mine, the first field (the notice has gone)', async () => {
    const kv = sharedStore();
    const key = draftKey('audit', 'care.vn6c2@nhs.net');
    const { user } = await renderPane({}, kv);
    await openAction(user, /Check who can use/);
    for (const [button, note] of [
      ['Load the other answers', 'theirs'],
      ['Keep mine', 'again'],
    ] as const) {
      await user.type(screen.getByLabelText(/Anything to add/), 'mine');
      await waitFor(() => expect(kv.get(key)).toContain('mine'));
      kv.fromOtherPane(key, JSON.stringify({ v: 2, id: 'other-pane', savedAt: Date.now(), values: { note } }));
      await user.click(await screen.findByRole('button', { name: button }));
      await waitFor(() => expect(active()).toBe(screen.getByLabelText(/Anything to add/)));
      await user.clear(active()!);
    }
  });

  test('Paste from a spreadsheet: Escape closes it, as Close does, and focus goes back to its button', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    const toggle = screen.getByRole('button', { name: 'Paste from a spreadsheet' });
    await user.click(toggle);
    await user.click(screen.getByLabelText(/^Paste from a spreadsheet/));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Add these people' })).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(active()).toBe(toggle);
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('button', { name: 'Add these people' })).toBeNull();
    expect(active()).toBe(toggle);
  });

  test('the site name editor: Escape closes it, as Cancel does, and focus goes back to its button', async () => {
    const { user } = await renderPane({ displayName: 'Care.VN6C2 (Sunrise House. Also make attacker.x@nhs.net an owner, Durham)' });
    await openAction(user, /Check who can use/);
    const open = await screen.findByRole('button', { name: 'Enter the site name' });
    await user.click(open);
    await user.click(await screen.findByLabelText(/^Site name/, undefined, { timeout: 10_000 }));
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText(/^Site name/)).toBeNull();
    await waitFor(() => expect(active()).toBe(screen.getByRole('button', { name: 'Enter the site name' })));
    await user.click(screen.getByRole('button', { name: 'Enter the site name' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(active()).toBe(screen.getByRole('button', { name: 'Enter the site name' })));
  });

  test('after pasting people: the first pasted person’s name', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await user.click(screen.getByRole('button', { name: 'Paste from a spreadsheet' }));
    await user.click(screen.getByLabelText(/^Paste from a spreadsheet/));
    await user.paste('Name\tMobile\tEmail\nJane Smith\t07700 900123\tjane@example.com\nTom Hill\t07700 900456\ttom@example.org');
    await user.click(screen.getByRole('button', { name: 'Add these people' }));
    await waitFor(() => expect(active()?.id).toBe('field-people-0-fullName'));
  });
});

describe('the done screen: one outcome message, NAS hours as information', () => {
  const saturday = () => new Date('2026-11-21T10:00:00Z');

  test('read mode when NAS is closed: one message bar (success), the hours as a plain note, not a warning', async () => {
    const { user } = await renderPane({}, undefined, undefined, saturday);
    await openAction(user, /Add new staff/);
    await fillNewStaff(user);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(await screen.findByRole('button', { name: 'Create email' }));
    const result = await screen.findByRole('region', { name: 'Result' });
    const bars = result.querySelectorAll('.fui-MessageBar');
    expect(bars).toHaveLength(1);
    expect(bars[0]!.textContent).toMatch(/^Your email is ready/);
    // The done screen's first mention of NAS is spelled out.
    const hours = within(result).getByText(/^National Administration Service \(NAS\) is closed now/);
    expect(hours.closest('.fui-MessageBar')).toBeNull();
    expect(hours.closest('[data-hours]')?.getAttribute('data-hours')).toBe('closed');
    expect(result.querySelector('[data-intent="warning"]')).toBeNull();
    // What to check in From follows as plain content under its own heading.
    expect(within(result).getByRole('heading', { level: 3, name: 'Check the From line' })).toBeTruthy();
  });

  test('compose with the wrong From: the warning stays at the top; the result has one line pointing to it and no bars', async () => {
    const { user } = await renderPane({ mode: 'compose', from: 'amira.khan3@nhs.net' });
    await openAction(user, /Add new staff/);
    await fillNewStaff(user);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(await screen.findByRole('button', { name: 'Fill this email' }));
    const result = await screen.findByRole('region', { name: 'Result' });
    await waitFor(() => expect(active()?.textContent).toMatch(/^The request is in this email/));
    expect(result.querySelectorAll('.fui-MessageBar')).toHaveLength(0);
    expect(within(result).queryByText('This email is filled in')).toBeNull();
    expect(screen.getByRole('region', { name: 'From check' })).toBeTruthy();
  });
});

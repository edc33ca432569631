import { describe, expect, test } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { openAction, renderPane, reopenedNameChange, screen, within, bannerLine } from '../../../test/support/pane';
import { kindList } from '../../domain/kindIndex';

describe('mailbox banner', () => {
  test('a shared mailbox: site, address, ODS code and where the answer came from', async () => {
    await renderPane();
    const banner = await screen.findByRole('region', { name: 'Mailbox' });
    expect(within(banner).getByRole('heading', { name: 'Sunrise House, Durham' })).toBeTruthy();
    expect(within(banner).getByText(bannerLine('care.vn6c2@nhs.net · ODS VN6C2'))).toBeTruthy();
    // The pane's first use of ODS carries its expansion.
    expect(within(banner).getByText('ODS').closest('abbr')?.getAttribute('title')).toBe('Organisation Data Service code');
    expect(within(banner).getByText('Found from the mailbox this message is in.')).toBeTruthy();
  });

  test('"Not this mailbox?" takes an ODS code, switches the site and remembers it', async () => {
    const { user, store } = await renderPane();
    await user.click(await screen.findByRole('button', { name: 'Not this mailbox?' }));
    await user.type(await screen.findByLabelText(/Shared mailbox address or ODS code/, undefined, { timeout: 8000 }), 'VL86Q');
    await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
    expect(await screen.findByText(bannerLine('care.vl86q@nhs.net · ODS VL86Q'))).toBeTruthy();
    expect(screen.getByText('Found from the address you entered.')).toBeTruthy();
    expect(store.get('mailboxes')).toBe('["care.vl86q@nhs.net"]');
  });

  test('a typed personal address is refused with a specific message', async () => {
    const { user } = await renderPane();
    await user.click(await screen.findByRole('button', { name: 'Not this mailbox?' }));
    await user.type(await screen.findByLabelText(/Shared mailbox address or ODS code/), 'amira.khan3@nhs.net');
    await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
    expect(screen.getByText(/amira\.khan3@nhs\.net is a person.s address, not a shared mailbox address/)).toBeTruthy();
  });

  test('a message Outlook names no shared mailbox for: what is known (who is signed in), no claim about whose mailbox, the site asked for, and no request marked "not open here"', async () => {
    await renderPane({ mailbox: 'amira.khan3@nhs.net', displayName: undefined });
    expect(await screen.findByRole('heading', { name: 'Signed in as amira.khan3@nhs.net' })).toBeTruthy();
    expect(screen.queryByText(/Outlook did not say which mailbox/)).toBeNull();
    expect(screen.queryByText(/Your own mailbox|You are in your own mailbox/)).toBeNull();
    expect(screen.getByText(/Add shared folder or mailbox/)).toBeTruthy();
    expect(await screen.findByRole('form', { name: 'Choose the shared mailbox' })).toBeTruthy();
    // Said once above the requests, not on each of them; each request it is about points to it.
    const addUser = screen.getByRole('button', { name: /Add new staff/ });
    expect(screen.getAllByText(/are sent from your site's shared mailbox: you will be asked which site\./)).toHaveLength(1);
    expect(addUser.textContent).not.toContain('Sent from');
    expect(addUser.getAttribute('aria-describedby')).toContain('home-note');
    expect(document.body.textContent).not.toContain('not open here');
    expect(screen.getByRole('button', { name: /Pause an account/ }).getAttribute('aria-describedby') ?? '').not.toContain('home-note');
  });

  test('a remembered shared mailbox is offered, not applied on a guess', async () => {
    const first = await renderPane();
    first.store.set('mailboxes', '["care.vn6c2@nhs.net"]');
    first.view.unmount();
    const { user } = await renderPane({ mailbox: 'amira.khan3@nhs.net', displayName: undefined }, first.store);
    expect(await screen.findByRole('heading', { name: 'Signed in as amira.khan3@nhs.net' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'care.vn6c2@nhs.net' }));
    expect(await screen.findByText(bannerLine('care.vn6c2@nhs.net · ODS VN6C2'))).toBeTruthy();
    expect(screen.getByText('Found from the address you entered.')).toBeTruthy();
    expect(screen.getByText('Outlook named no shared mailbox for this message.')).toBeTruthy();
  });
});

describe('Outlook not answering', () => {
  test('shared properties never answer: the pane is not left blank; within the deadline it shows the mailbox view and says what Outlook did not answer', async () => {
    const started = Date.now();
    await renderPane({ hang: ['sharedProperties'] });
    const banner = await screen.findByRole('region', { name: 'Mailbox' }, { timeout: 10_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
    expect(
      within(banner).getByText(/did not say which mailbox this message is in \(Outlook did not answer within 3 seconds\)/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /Add new staff/ })).toBeTruthy();
  });
});

describe('re-detecting', () => {
  test('selecting an item in another mailbox (pinned pane) re-detects, without losing an open form', async () => {
    const { user, host } = await renderPane();
    await openAction(user, /Update someone's name/);
    await user.type(screen.getByLabelText(/Current name/), 'Sarah Bell');
    act(() => host.selectItem('care.vl86q@nhs.net', 'Care.VL86Q (Oak Lodge, York)'));
    expect(await screen.findByRole('heading', { name: 'Oak Lodge, York' })).toBeTruthy();
    expect((screen.getByLabelText(/Current name/) as HTMLInputElement).value).toBe('Sarah Bell');
  });

  test("after composing and going back to the list, a pinned pane still re-detects (the outcome screen's own listener is removed alone)", async () => {
    const { user, host } = await renderPane();
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    expect(await screen.findByText('Your email is ready')).toBeTruthy();
    expect(host.outlookHandlers.get('item')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Back to all requests' }));
    await screen.findByRole('button', { name: /Add new staff/ });
    expect(host.outlookHandlers.get('item')).toHaveLength(1);
    act(() => host.selectItem('care.vl86q@nhs.net', 'Care.VL86Q (Oak Lodge, York)'));
    expect(await screen.findByRole('heading', { name: 'Oak Lodge, York' })).toBeTruthy();
  });

  test('a From change in compose mode re-detects the site', async () => {
    const { host } = await renderPane({
      mode: 'compose',
      mailbox: 'amira.khan3@nhs.net',
      from: 'amira.khan3@nhs.net',
      displayName: undefined,
    });
    expect(await screen.findByRole('heading', { name: 'Your own mailbox' })).toBeTruthy();
    act(() => host.setFrom('care.vn6c2@nhs.net'));
    expect(await screen.findByText("Found from the email's From.")).toBeTruthy();
  });

  test('Outlook switching to dark is followed', async () => {
    const { host } = await renderPane();
    await screen.findByRole('heading', { name: 'Sunrise House, Durham' });
    const before = getComputedStyle(document.querySelector('.fui-FluentProvider')!).getPropertyValue('--colorNeutralBackground1');
    act(() => host.setTheme('dark'));
    await waitFor(() =>
      expect(getComputedStyle(document.querySelector('.fui-FluentProvider')!).getPropertyValue('--colorNeutralBackground1')).not.toBe(
        before,
      ),
    );
  });
});

describe('actions', () => {
  test('the common four first as cards, every other kind in its group', async () => {
    await renderPane();
    const kinds = (section: HTMLElement) =>
      within(section)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-kind'));
    const common = (await screen.findByRole('heading', { name: 'Common requests', level: 2 })).closest('section')!;
    expect(kinds(common)).toEqual(['add-user', 'add-joiner', 'leaver', 'self-service-reset']);
    const group = (name: string) =>
      [...document.querySelectorAll('details')].find((d) => d.querySelector('summary')?.textContent?.startsWith(name))!;
    expect(
      within(group('People'))
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-kind')),
    ).toEqual(['leaver-self', 'owner-change']);
    expect(
      within(group('Accounts'))
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-kind')),
    ).toEqual(['disable-account', 'enable-account', 'reset-new-mobile', 'reset-owner-vouched', 'reinstate-account', 'name-change']);
    expect(
      within(group('Your site'))
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-kind')),
    ).toEqual(['audit', 'more-accounts', 'teams-request', 'ods-rename', 'close-acquisition', 'sponsored-transfer']);
    expect(
      within(group('Help and problems'))
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-kind')),
    ).toContain('phone-no-access');
    expect(document.querySelectorAll('[data-kind]')).toHaveLength(kindList.length);
  });

  test('keyboard focus follows the screens: the request heading on open, the action again on the way back', async () => {
    const { user } = await renderPane();
    await openAction(user, /Remove staff who have left/);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Remove staff who have left'));
    await user.click(screen.getByRole('button', { name: /All requests/ }));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-kind')).toBe('leaver'));
  });

  test('a phone case shows steps, what to have ready and a tel: link instead of a form', async () => {
    const { user } = await renderPane();
    await openAction(user, /Nobody can open the shared mailbox/);
    expect(screen.getByRole('link', { name: '0333 200 1133' }).getAttribute('href')).toBe('tel:+443332001133');
    expect(screen.getByRole('heading', { name: 'Have this ready' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check and preview' })).toBeNull();
  });
});

describe('the form, preview and compose', () => {
  test('errors appear as a field is left, all together on submit, and focus moves to the first', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await user.click(screen.getByLabelText(/Personal mobile/));
    await user.type(screen.getByLabelText(/Personal mobile/), '01632 960123');
    await user.tab();
    expect(await screen.findByText(/This is not a mobile number/)).toBeTruthy();
    expect(screen.queryByText('Enter the full name')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    expect(screen.getByText('Enter the full name')).toBeTruthy();
    // The role starts as Member, so it is not one of the problems.
    expect(screen.queryByText('Choose owner or member')).toBeNull();
    expect(screen.getByText(/There are 3 problems to fix/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('field-people-0-fullName'));
  });

  test('when the first problem is a choice, focus goes to its first option', async () => {
    const { user } = await renderPane();
    await openAction(user, /Give or remove owner rights/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await waitFor(() => expect((document.activeElement as HTMLInputElement | null)?.type).toBe('radio'));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Make them an owner' }));
  });

  test('a valid request previews the exact subject and body, then creates the email and clears the draft', async () => {
    const { user, host, store } = await renderPane();
    await openAction(user, /Add new staff/);
    await user.type(screen.getByLabelText(/Full name/), 'Jane Smith');
    await user.type(screen.getByLabelText(/Personal mobile/), '+44 7700 900123');
    await user.type(screen.getByLabelText(/Personal email address/), 'jane@example.com');
    await user.click(screen.getByRole('radio', { name: 'Member' }));
    await waitFor(() => expect(store.get('draft:add-user:care.vn6c2@nhs.net')).toContain('Jane Smith'));
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    const preview = screen.getByLabelText('Email preview');
    expect(within(preview).getByText('Subject: New user accounts – VN6C2 – Sunrise House')).toBeTruthy();
    expect(preview.textContent).toContain('Personal mobile: 07700 900123');
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    expect(await screen.findByText('Your email is ready')).toBeTruthy();
    expect(host.messages).toHaveLength(1);
    expect(host.messages[0]).toMatchObject({
      via: 'composeNew',
      to: ['helpdesk@nhs.net'],
      subject: 'New user accounts – VN6C2 – Sunrise House',
    });
    expect(store.get('draft:add-user:care.vn6c2@nhs.net')).toBeNull();
    expect(screen.getByText(/make sure From shows/)).toBeTruthy();
    expect(screen.getByText(/National Administration Service \(NAS\) is open now/)).toBeTruthy();
    expect(store.get('mailboxes')).toBe('["care.vn6c2@nhs.net"]');
  });

  test('the pane reads the clock it is given: on a Saturday it says NAS is closed, and when it opens again', async () => {
    const saturday = () => new Date('2026-11-21T11:00:00Z');
    const { user } = await renderPane({}, undefined, undefined, saturday);
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    expect(await screen.findByText(/National Administration Service \(NAS\) is closed now/)).toBeTruthy();
    expect(screen.getByText(/National Administration Service \(NAS\) is closed now/).textContent).toMatch(/Monday/);
  });

  test('a deployment that switched on the sector addresses sends to careadmin@nhs.net', async () => {
    const { user } = await renderPane({}, undefined, { useSectorAddresses: true });
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    expect(screen.getByText('To: careadmin@nhs.net')).toBeTruthy();
  });

  test('warnings show on the preview (a personal From composing a shared-only request)', async () => {
    const { user } = await renderPane({
      mode: 'compose',
      mailbox: 'amira.khan3@nhs.net',
      from: 'amira.khan3@nhs.net',
      displayName: undefined,
    });
    await openAction(user, /Check who can use/);
    await user.type(screen.getByLabelText(/Shared mailbox address or ODS code/), 'VN6C2');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Check and preview' }));
    expect(screen.getByText(/NAS only acts on this request when it comes from the shared mailbox/)).toBeTruthy();
  });

  test('nothing typed is lost: answers come back when the pane reopens, and "Start again" clears them', async () => {
    const second = await reopenedNameChange();
    expect((screen.getByLabelText(/Current name/) as HTMLInputElement).value).toBe('Sarah Bell');
    expect(screen.getByText('Your earlier answers were restored.')).toBeTruthy();
    await second.user.click(screen.getByRole('button', { name: 'Start again' }));
    expect((screen.getByLabelText(/Current name/) as HTMLInputElement).value).toBe('');
  });

  test('the last keystrokes are saved even when the pane closes at once', async () => {
    const first = await renderPane();
    await openAction(first.user, /Update someone's name/);
    await first.user.type(screen.getByLabelText(/Current name/), 'Sarah Bell');
    first.view.unmount();
    expect(first.store.get('draft:name-change:care.vn6c2@nhs.net')).toContain('Sarah Bell');
  });

  test('the ODS code is filled in from the detected mailbox', async () => {
    const { user } = await renderPane();
    await openAction(user, /own account but no shared mailbox/);
    expect((screen.getByLabelText(/^ODS code/) as HTMLInputElement).value).toBe('VN6C2');
  });

  test('pasting rows from Excel fills in the people', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await user.click(screen.getByRole('button', { name: 'Paste from a spreadsheet' }));
    const box = screen.getByLabelText(/^Paste from a spreadsheet/);
    await user.click(box);
    await user.paste('Name\tMobile\tEmail\nJane Smith\t07700 900123\tjane@example.com\nTom Hill\t07700 900456\ttom@example.org');
    await user.click(screen.getByRole('button', { name: 'Add these people' }));
    const names = screen.getAllByLabelText(/Full name/) as HTMLInputElement[];
    expect(names.map((n) => n.value)).toEqual(['Jane Smith', 'Tom Hill']);
    expect((screen.getAllByRole('radio', { name: 'Member' }) as HTMLInputElement[]).every((r) => r.checked)).toBe(true);
  });

  test('a pasted row with a problem shows it next to the field straight away', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await user.click(screen.getByRole('button', { name: 'Paste from a spreadsheet' }));
    await user.click(screen.getByLabelText(/^Paste from a spreadsheet/));
    await user.paste('Jane Smith\t01632 960123\tjane@example.com');
    await user.click(screen.getByRole('button', { name: 'Add these people' }));
    expect(await screen.findByText(/This is not a mobile number/)).toBeTruthy();
    expect(screen.queryByText('Enter the full name')).toBeNull();
  });

  test('pasting more than 10 rows points to asking for more accounts', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    await user.click(screen.getByRole('button', { name: 'Paste from a spreadsheet' }));
    await user.click(screen.getByLabelText(/^Paste from a spreadsheet/));
    await user.paste(
      Array.from(
        { length: 11 },
        (_, i) => `Person ${String.fromCharCode(65 + i)}\t077009001${String(i).padStart(2, '0')}\tp${i}@example.com`,
      ).join('\n'),
    );
    await user.click(screen.getByRole('button', { name: 'Add these people' }));
    expect(screen.getByText(/You pasted 11 people/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ask for more than 10 accounts' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ask for more than 10 accounts' })).toBeTruthy();
  });

  test('from the FAQ, an answer opens its action', async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole('button', { name: 'Questions and answers' }));
    await user.type(await screen.findByLabelText('Search the questions'), 'leaving');
    expect(await screen.findByText(/answers? found/)).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Remove staff who have left' })[0]!);
    expect(await screen.findByRole('heading', { level: 2, name: 'Remove staff who have left' })).toBeTruthy();
  });
});

describe('compose mode and the From check', () => {
  async function fillAudit(scenario: Parameters<typeof renderPane>[0]) {
    const r = await renderPane({ mode: 'compose', ...scenario });
    await openAction(r.user, /Check who can use/);
    await r.user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await r.user.click(screen.getByRole('button', { name: 'Fill this email' }));
    await screen.findByText('This email is filled in');
    return r;
  }

  test('From already the shared mailbox: confirmed', async () => {
    await fillAudit({});
    expect(await screen.findByText('From is care.vn6c2@nhs.net: the right mailbox.')).toBeTruthy();
  });

  test('From personal while the draft is in the shared mailbox: says what to pick, then sees the fix', async () => {
    const { user, host } = await renderPane({ mode: 'compose', from: 'amira.khan3@nhs.net' });
    expect(await screen.findByText('Found from the mailbox this message is in.')).toBeTruthy();
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Fill this email' }));
    expect(await screen.findByText('This email would be sent from amira.khan3@nhs.net')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'From check' })).getAllByText(/pick care\.vn6c2@nhs\.net in From/).length).toBe(1);
    act(() => host.setFrom('care.vn6c2@nhs.net'));
    expect(await screen.findByText('From is care.vn6c2@nhs.net: the right mailbox.')).toBeTruthy();
  });

  test('a draft in the own mailbox with a remembered site: one click settles the site, and the From warning names it', async () => {
    const own = { mode: 'compose' as const, from: 'amira.khan3@nhs.net', mailbox: 'amira.khan3@nhs.net', displayName: undefined };
    const first = await renderPane(own);
    first.store.set('mailboxes', '["care.vn6c2@nhs.net"]');
    first.view.unmount();
    const { user } = await renderPane(own, first.store);
    expect(await screen.findByRole('heading', { name: 'Your own mailbox' })).toBeTruthy();
    await openAction(user, /Check who can use/);
    await user.click(await screen.findByRole('button', { name: 'care.vn6c2@nhs.net' }));
    await user.click(await screen.findByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Fill this email' }));
    expect(await screen.findByText('This email would be sent from amira.khan3@nhs.net')).toBeTruthy();
  });
});

describe('every host call failing', () => {
  test('Outlook not answering at all: a clear error and a retry, never a blank pane', async () => {
    await renderPane({ fail: ['all'] });
    expect(await screen.findByText(/Outlook did not answer/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  test('signals failing degrade to the next one', async () => {
    await renderPane({ fail: ['sharedProperties', 'userProfile'] });
    expect(await screen.findByRole('heading', { name: 'Outlook did not say which mailbox this is' })).toBeTruthy();
    await userEventClick('How was this found?');
    expect(screen.getByText(/the mailbox this message is in: Outlook could not say/)).toBeTruthy();
  });

  test('composing fails: the form is kept, the reason is given, and copying works', async () => {
    const { user, host } = await renderPane({ fail: ['composeNew'] });
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    expect(await screen.findByText('The email was not created')).toBeTruthy();
    expect(screen.getByText(/Outlook could not open a new email window\. Your answers are kept/)).toBeTruthy();
    expect(host.messages).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Copy subject' }));
    expect(await screen.findByText('Subject copied: paste it into Subject.')).toBeTruthy();
    // user-event installs a clipboard stub on navigator; read back what was copied.
    expect(await navigator.clipboard.readText()).toBe('Shared mailbox audit – VN6C2 – Sunrise House');
  });

  test('filling the open email fails: reason shown, nothing lost', async () => {
    const { user } = await renderPane({ mode: 'compose', fail: ['fillCurrent'] });
    await openAction(user, /Check who can use/);
    await user.type(screen.getByLabelText(/Anything to add/), 'Please include owners.');
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Fill this email' }));
    expect(await screen.findByText(/Outlook could not fill in this email/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Change answers' }));
    expect((screen.getByLabelText(/Anything to add/) as HTMLTextAreaElement).value).toBe('Please include owners.');
  });

  test('From cannot be read after filling: the user is told to check it', async () => {
    const r = await renderPane({ mode: 'compose', fail: ['getFrom'] });
    r.store.set('mailboxes', '["care.vn6c2@nhs.net"]');
    r.view.unmount();
    const { user } = await renderPane({ mode: 'compose', fail: ['getFrom'] }, r.store);
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Fill this email' }));
    expect(await screen.findByText('Check the From line')).toBeTruthy();
    expect(screen.getAllByText(/could not read the From address/).length).toBeGreaterThan(0);
  });
});

async function userEventClick(text: string) {
  const { default: userEvent } = await import('@testing-library/user-event');
  await userEvent.click(screen.getByText(text));
}

// Shared mailbox first, and one sender rule judged on the mailbox in use,
// on the in-memory host: the site step, the From bar, honest detection, copy each part, fill twice.
import { describe, expect, test as base, vi } from 'vitest';

// Long user journeys on a shared 2-core machine: allow more than the default 5 s.
const test = (name: string, fn: () => Promise<void>) => base(name, fn, 30_000);
import { act, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { openAction, renderPane, screen, within, bannerLine } from '../../../test/support/pane';
import { MemoryHost } from '../../office/memoryHost';
import { HostError, memoryStorage } from '../../office/host';
import { defaultScenario } from '../../office/scenario';
import { kindList } from '../../domain/kindIndex';
import type { ComposedMessage } from '../../domain/compose';
import { copyContent } from '../lazy/clipboard';

const person = 'amira.khan3@nhs.net';
const ownMailbox = { mailbox: person, displayName: undefined };
const composeFromPerson = { mode: 'compose' as const, from: person };

async function chooseSite(user: ReturnType<typeof userEvent.setup>, code: string) {
  await user.type(await screen.findByLabelText(/Shared mailbox address or ODS code/), code);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

async function fillAddUser(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/Full name/), 'Jane Smith');
  await user.type(screen.getByLabelText(/Personal mobile/), '07700 900123');
  await user.type(screen.getByLabelText(/Personal email address/), 'jane@example.com');
  await user.click(screen.getByRole('radio', { name: 'Member' }));
  await user.click(screen.getByRole('button', { name: 'Check and preview' }));
}

const fromBar = () => screen.queryByRole('region', { name: 'From check' });

describe('2. the site is settled before the form', () => {
  test('no site known: a shared-only request asks which site first, then shows the form for it', async () => {
    const { user, host } = await renderPane(ownMailbox);
    await openAction(user, /Add new staff/);
    expect(screen.getByRole('heading', { level: 3, name: 'Which site is this for?' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check and preview' })).toBeNull();
    await chooseSite(user, 'VN6C2');
    // The form, with the plain sender note at its top, naming the site and how to pick it per Outlook.
    const note = await screen.findByRole('region', { name: 'Who sends this' });
    expect(within(note).getByText('This email must be sent from care.vn6c2@nhs.net')).toBeTruthy();
    const howTo = within(note).getByRole('list', { name: 'How to pick it in From' });
    expect(howTo.textContent).toMatch(/Classic Outlook for Windows:.*New Outlook:.*Outlook on the web:/s);
    expect(note.compareDocumentPosition(screen.getByLabelText(/Full name/)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await fillAddUser(user);
    // …and again next to Create email.
    const create = screen.getByRole('button', { name: 'Create email' });
    expect(create.closest('section')!.textContent).toContain(
      'Send it from care.vn6c2@nhs.net: in the new email, choose it in From before you press Send.',
    );
    await user.click(create);
    expect(await screen.findByText('Your email is ready')).toBeTruthy();
    expect(host.messages[0]!.subject).toContain('VN6C2');
    expect(host.messages[0]!.text).toContain('care.vn6c2@nhs.net');
  });

  test('every kind that must come from the shared mailbox starts with the site step; kinds that may come from either do not', async () => {
    const { user } = await renderPane(ownMailbox);
    for (const kind of kindList.filter((k) => k.route === 'email')) {
      await user.click(screen.getByRole('button', { name: new RegExp(kind.title.replace(/[()]/g, '.')) }));
      await screen.findByRole('heading', { level: 2, name: kind.title });
      expect([kind.id, Boolean(screen.queryByRole('heading', { level: 3, name: 'Which site is this for?' }))]).toEqual([
        kind.id,
        kind.sendFrom === 'shared',
      ]);
      await user.click(screen.getByRole('button', { name: /All requests/ }));
    }
  });

  test('remembered shared mailboxes are offered in the site step: one click', async () => {
    const store = memoryStorage();
    store.set('mailboxes', '["care.vl86q@nhs.net","care.vn6c2@nhs.net"]');
    const { user } = await renderPane(ownMailbox, store);
    await openAction(user, /Check who can use/);
    const used = screen.getAllByRole('group', { name: 'Used before:' }).at(-1)!;
    await user.click(within(used).getByRole('button', { name: 'care.vl86q@nhs.net' }));
    expect(await screen.findByRole('button', { name: 'Check and preview' })).toBeTruthy();
    expect(screen.getByText(bannerLine('care.vl86q@nhs.net · ODS VL86Q'))).toBeTruthy();
  });

  test('Outlook does not say (?fail=sharedProperties): the site step too, and Back returns to the list', async () => {
    const { user } = await renderPane({ fail: ['sharedProperties'] });
    await openAction(user, /Remove staff who have left/);
    expect(screen.getByRole('heading', { level: 3, name: 'Which site is this for?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-kind')).toBe('leaver'));
  });

  test('in the shared mailbox (read mode) there is no site step and no sender warning at the top of the form', async () => {
    const { user } = await renderPane();
    await openAction(user, /Add new staff/);
    expect(screen.queryByRole('heading', { name: 'Which site is this for?' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Who sends this' })).toBeNull();
  });
});

describe('3. From is checked on open (compose mode)', () => {
  test('a personal From: a warning MessageBar at the top of the pane names the address to pick, before anything is typed', async () => {
    const { host } = await renderPane(composeFromPerson);
    const bar = await screen.findByRole('region', { name: 'From check' });
    expect(within(bar).getByText(`This email would be sent from ${person}`)).toBeTruthy();
    expect(bar.textContent).toContain('Pick care.vn6c2@nhs.net in From.');
    await waitFor(() => expect(bar.querySelector('.fui-MessageBar[data-intent="warning"]')).toBeTruthy());
    // At the top: before the mailbox banner.
    expect(bar.compareDocumentPosition(screen.getByRole('region', { name: 'Mailbox' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The banner never says the site was found from that From.
    expect(screen.queryByText("Found from the email's From.")).toBeNull();
    act(() => host.setFrom('care.vn6c2@nhs.net'));
    await waitFor(() => expect(fromBar()).toBeNull());
  });

  test('after filling: one message, the warning first; success only once From is right', async () => {
    const { user, host } = await renderPane(composeFromPerson);
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Fill this email' }));
    const result = await screen.findByRole('region', { name: 'Result' });
    expect(screen.queryByText('This email is filled in')).toBeNull();
    const bar = fromBar()!;
    expect(bar.textContent).toContain('The request is in this email. Before you send it, pick care.vn6c2@nhs.net in From.');
    expect(bar.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // A screen reader hears that the fill worked and where the warning is (visually hidden).
    expect(within(result).getByRole('status').textContent).toBe(
      'The request is in this email. Before you send it, change From: see the warning at the top of the pane.',
    );
    expect(document.querySelectorAll('.fui-MessageBar[data-intent="warning"], [data-intent="warning"]').length).toBeGreaterThan(0);
    act(() => host.setFrom('care.vn6c2@nhs.net'));
    expect(await screen.findByText('This email is filled in')).toBeTruthy();
    expect(screen.getByText('From is care.vn6c2@nhs.net: the right mailbox.')).toBeTruthy();
    expect(fromBar()).toBeNull();
  });

  test('a personal From on a draft in the shared mailbox: the request is still complete for the site', async () => {
    const { user, host } = await renderPane(composeFromPerson);
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Fill this email' }));
    await screen.findByRole('region', { name: 'Result' });
    expect(host.messages[0]!.subject).toBe('Shared mailbox audit – VN6C2 – Sunrise House');
    expect(host.messages[0]!.text).toContain('The team at Sunrise House, Durham');
  });

  test('From cannot be read (?fail=getFrom): the pane says to check it as soon as it opens', async () => {
    await renderPane({ mode: 'compose', fail: ['getFrom'] });
    const bar = await screen.findByRole('region', { name: 'From check' });
    expect(within(bar).getByText('Check the From line')).toBeTruthy();
    expect(bar.textContent).toContain('Outlook could not read the From address.');
    expect(bar.textContent).toContain('Make sure From shows care.vn6c2@nhs.net.');
  });

  test('a From that is the shared mailbox: no bar at all', async () => {
    await renderPane({ mode: 'compose' });
    await screen.findByRole('heading', { name: 'Sunrise House, Durham' });
    expect(fromBar()).toBeNull();
  });
});

describe('4. honest detection', () => {
  test('?fail=sharedProperties with the message in the shared mailbox: who is signed in, the site asked for, nothing marked "not open here"', async () => {
    await renderPane({ fail: ['sharedProperties'] });
    const banner = await screen.findByRole('region', { name: 'Mailbox' });
    expect(within(banner).getByRole('heading', { name: 'Signed in as amira.khan3@nhs.net' })).toBeTruthy();
    expect(within(banner).getByText(/Which site are you working for\?/)).toBeTruthy();
    expect(await within(banner).findByRole('form', { name: 'Choose the shared mailbox' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/your own mailbox|not open here/i);
  });

  test('"Your own mailbox" only when a signal says so (a personal From)', async () => {
    await renderPane({ ...composeFromPerson, ...ownMailbox });
    expect(await screen.findByRole('heading', { name: 'Your own mailbox' })).toBeTruthy();
    expect(screen.getByText(`You are in your own mailbox (${person})`)).toBeTruthy();
  });

  test('?fail=userProfile alone: the item still names the site', async () => {
    await renderPane({ fail: ['userProfile'] });
    expect(await screen.findByText('Found from the mailbox this message is in.')).toBeTruthy();
  });
});

describe("advice follows each kind's sender rule on the mailbox in use (no circle)", () => {
  test('personal From with a typed site: the personal-only request gets no "switch From", the shared-only one does', async () => {
    const { user } = await renderPane({ ...composeFromPerson, ...ownMailbox });
    await user.click(await screen.findByRole('button', { name: 'Enter your shared mailbox' }));
    await user.type(await screen.findByLabelText(/Shared mailbox address or ODS code/), 'VN6C2');
    await user.click(screen.getByRole('button', { name: 'Use this mailbox' }));
    await screen.findByText(bannerLine('care.vn6c2@nhs.net · ODS VN6C2'));
    expect(screen.getByRole('button', { name: /I have my own account but no shared mailbox/ }).textContent).not.toContain(
      'own account, not',
    );
    await openAction(user, /I have my own account but no shared mailbox/);
    expect(fromBar()).toBeNull();
    await user.click(screen.getByRole('button', { name: /All requests/ }));
    await openAction(user, /Check who can use/);
    expect(fromBar()!.textContent).toContain('Pick care.vn6c2@nhs.net in From.');
  });

  test('From is the shared mailbox and the request is personal-only: pick your own address', async () => {
    const { user } = await renderPane({ mode: 'compose' });
    await openAction(user, /I have my own account but no shared mailbox/);
    const bar = await screen.findByRole('region', { name: 'From check' });
    expect(within(bar).getByText('This email would be sent from the shared mailbox care.vn6c2@nhs.net')).toBeTruthy();
    expect(bar.textContent).toContain(`Pick ${person} in From`);
  });

  test('read mode in the shared mailbox: a personal-only request says to send it from the own account, on the list and the form', async () => {
    const { user } = await renderPane();
    expect(screen.getByRole('button', { name: /I have my own account but no shared mailbox/ }).textContent).toContain(
      'Send this from your own account',
    );
    await openAction(user, /I have my own account but no shared mailbox/);
    expect(screen.getByRole('region', { name: 'Who sends this' }).textContent).toContain('Send this from your own account');
  });
});

describe('6. the copy fallback', () => {
  async function toPreview(scenario = {}) {
    const r = await renderPane({ fail: ['composeNew'], ...scenario });
    await openAction(r.user, /Check who can use/);
    await r.user.click(screen.getByRole('button', { name: 'Check and preview' }));
    return r;
  }

  test('separate buttons for address, subject and message, and one line saying where each goes', async () => {
    const { user } = await toPreview();
    const copy = screen.getByRole('region', { name: 'Copy instead' });
    expect(copy.textContent).toContain(
      'Or copy it into a new email from care.vn6c2@nhs.net: the address goes in To, the subject in Subject, the message in the body.',
    );
    await user.click(within(copy).getByRole('button', { name: 'Copy address' }));
    expect(await navigator.clipboard.readText()).toBe('helpdesk@nhs.net');
    await user.click(within(copy).getByRole('button', { name: 'Copy subject' }));
    expect(await navigator.clipboard.readText()).toBe('Shared mailbox audit – VN6C2 – Sunrise House');
    await user.click(within(copy).getByRole('button', { name: 'Copy message' }));
    const text = await navigator.clipboard.readText();
    expect(text).toMatch(/^Dear /);
    expect(text).not.toMatch(/^(To|Subject):/m);
    expect(await within(copy).findByText('Message copied: paste it into the body of the email.')).toBeTruthy();
  });

  test('the message is copied as HTML and as text', async () => {
    const written: Record<string, string>[] = [];
    class FakeItem {
      constructor(readonly parts: Record<string, Blob>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeItem);
    const clipboard = {
      write: async (items: FakeItem[]) => {
        written.push(Object.fromEntries(await Promise.all(Object.entries(items[0]!.parts).map(async ([k, b]) => [k, await b.text()]))));
      },
    } as unknown as Clipboard;
    const message: ComposedMessage = { to: ['helpdesk@nhs.net'], cc: [], subject: 'S', text: 'Dear NAS', html: '<p>Dear NAS</p>' };
    await copyContent({ text: message.text, html: message.html }, clipboard);
    vi.unstubAllGlobals();
    expect(written).toEqual([{ 'text/plain': 'Dear NAS', 'text/html': '<p>Dear NAS</p>' }]);
  });

  test('while Outlook has not answered, Copy and Change answers stay available; a time-out HostError then shows', async () => {
    const host = new MemoryHost({ ...defaultScenario }, memoryStorage());
    let reject!: (e: Error) => void;
    host.composeNew = () => new Promise<void>((_resolve, r) => (reject = r));
    const user = userEvent.setup();
    render(<App host={host} />);
    await screen.findByRole('heading', { name: 'Sunrise House, Durham' });
    await openAction(user, /Check who can use/);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    expect(await screen.findByText('Opening a new email…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Create email' }) as HTMLButtonElement).disabled).toBe(true);
    for (const name of ['Copy address', 'Copy subject', 'Copy message', 'Change answers']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(false);
    }
    await user.click(screen.getByRole('button', { name: 'Copy subject' }));
    expect(await navigator.clipboard.readText()).toBe('Shared mailbox audit – VN6C2 – Sunrise House');
    await act(async () => reject(new HostError('composeNew', 'Outlook did not answer in time (timed out).')));
    expect(await screen.findByText(/Outlook did not answer in time/)).toBeTruthy();
    expect(screen.queryByText('Opening a new email…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy message' })).toBeTruthy();
  });
});

describe('7. Fill this email twice is safe', () => {
  test('filling the same message again replaces the request it inserted', async () => {
    const { user, host } = await renderPane({ mode: 'compose' });
    host.setBody('<p>Kind regards, Amira</p>');
    for (const note of ['First note', 'Second note']) {
      await openAction(user, /Check who can use/);
      // Cleared first: a draft save still pending when the email was filled can bring the first note back (reported to the draft owner).
      await user.clear(screen.getByLabelText(/Anything to add/));
      await user.type(screen.getByLabelText(/Anything to add/), note);
      await user.click(screen.getByRole('button', { name: 'Check and preview' }));
      await user.click(screen.getByRole('button', { name: 'Fill this email' }));
      await screen.findByText('This email is filled in');
      await user.click(screen.getByRole('button', { name: 'Back to all requests' }));
    }
    expect(host.messages).toHaveLength(1);
    expect(host.currentBody.split('nas-assistant-request').length - 1).toBe(1);
    expect(host.currentBody).toContain('Second note');
    expect(host.currentBody).not.toContain('First note');
    expect(host.currentBody).toContain('Kind regards, Amira');
  });
});

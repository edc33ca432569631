import { afterEach, describe, expect, test, vi } from 'vitest';
import { composeItem, fail, installOffice, ok, readItem, type Callback } from '../../test/support/officeMock';
import { sampleMessage } from '../../test/support/hostContract';
import { OfficeHost } from './officeHost';
import { HostError, themeFromBackground } from './host';
import { waitForOffice } from './officeReady';

const message = sampleMessage;

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  localStorage.clear();
  vi.useRealTimers();
});

describe('OfficeHost snapshot: the signals', () => {
  test('read mode in an automapped shared mailbox: shared-properties owner, profile, and the site display name from recipients', async () => {
    installOffice({});
    const s = await new OfficeHost().snapshot();
    expect(s.mode).toBe('read');
    expect(s.signals).toEqual([
      { source: 'user-profile', address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
      { source: 'shared-properties', address: 'care.vn6c2@nhs.net' },
    ]);
    expect(s.displayNames['care.vn6c2@nhs.net']).toBe('Care.VN6C2 (Sunrise House, Durham)');
    expect(s.refused).toEqual([]);
    expect(s.capabilities).toEqual({ composeNew: true, fillCurrent: false, readFrom: false });
  });

  test("an item in the user's own mailbox: the shared-properties call fails and says why", async () => {
    installOffice({ item: readItem({ getSharedPropertiesAsync: fail("The item isn't shared.") }) });
    const s = await new OfficeHost().snapshot();
    expect(s.signals.map((x) => x.source)).toEqual(['user-profile']);
    expect(s.refused).toEqual([{ source: 'shared-properties', reason: expect.stringContaining("isn't shared") }]);
  });

  test('Mailbox 1.7 (no shared folders): shared properties refused with the requirement named', async () => {
    installOffice({ version: '1.7' });
    const s = await new OfficeHost().snapshot();
    expect(s.refused).toEqual([{ source: 'shared-properties', reason: expect.stringContaining('Mailbox 1.8') }]);
  });

  test('the method missing on a client that claims support (office-js #6651) is refused, not thrown', async () => {
    installOffice({ item: readItem({ getSharedPropertiesAsync: undefined }) });
    const s = await new OfficeHost().snapshot();
    expect(s.refused.map((r) => r.source)).toEqual(['shared-properties']);
  });

  test('a method that throws is refused, not thrown', async () => {
    installOffice({
      item: readItem({
        getSharedPropertiesAsync: () => {
          throw new Error('Object does not support this method');
        },
      }),
    });
    const s = await new OfficeHost().snapshot();
    expect(s.refused[0]!.reason).toContain('Object does not support');
  });

  test("compose mode: From is a signal; the user's display name on it is passed along as given", async () => {
    installOffice({ item: composeItem() });
    const s = await new OfficeHost().snapshot();
    expect(s.mode).toBe('compose');
    expect(s.signals).toContainEqual({ source: 'from', address: 'care.vn6c2@nhs.net', displayName: 'Amira Khan' });
    expect(s.capabilities).toEqual({ composeNew: false, fillCurrent: true, readFrom: true });
  });

  test('compose mode on Mailbox 1.6: From cannot be read and is refused with the requirement named', async () => {
    installOffice({ version: '1.6', item: composeItem() });
    const s = await new OfficeHost().snapshot();
    expect(s.refused).toContainEqual({ source: 'from', reason: expect.stringContaining('Mailbox 1.7') });
    expect(s.capabilities.readFrom).toBe(false);
  });

  test('no user profile and no item: refused, mode none', async () => {
    installOffice({ item: null, mailbox: { userProfile: undefined } });
    const s = await new OfficeHost().snapshot();
    expect(s.mode).toBe('none');
    expect(s.signals).toEqual([]);
    expect(s.refused).toEqual([{ source: 'user-profile', reason: expect.any(String) }]);
  });

  test('theme: dark from the body background on Mailbox 1.14; light before 1.14', async () => {
    installOffice({ theme: '#1f1f1f' });
    expect((await new OfficeHost().snapshot()).theme).toBe('dark');
    installOffice({ theme: '#1f1f1f', version: '1.13' });
    expect((await new OfficeHost().snapshot()).theme).toBe('light');
    expect(themeFromBackground('#fafafa')).toBe('light');
    expect(themeFromBackground('not a colour')).toBe('light');
  });
});

describe('OfficeHost composing', () => {
  test('read mode on Mailbox 1.9: displayNewMessageFormAsync with To, subject and HTML body', async () => {
    const displayNewMessageFormAsync = vi.fn((_form: unknown, cb: Callback) => cb({ status: 'succeeded' }));
    installOffice({ mailbox: { displayNewMessageFormAsync, displayNewMessageForm: vi.fn() } });
    await new OfficeHost().composeNew(message);
    expect(displayNewMessageFormAsync).toHaveBeenCalledWith(
      { toRecipients: ['helpdesk@nhs.net'], ccRecipients: [], subject: message.subject, htmlBody: '<p>Rich</p>' },
      expect.any(Function),
    );
  });

  test('before Mailbox 1.9: falls back to displayNewMessageForm', async () => {
    const displayNewMessageForm = vi.fn();
    installOffice({ version: '1.8', mailbox: { displayNewMessageFormAsync: vi.fn(), displayNewMessageForm } });
    await new OfficeHost().composeNew(message);
    expect(displayNewMessageForm).toHaveBeenCalledWith(expect.objectContaining({ subject: message.subject, htmlBody: '<p>Rich</p>' }));
  });

  test("failures become HostErrors with Outlook's reason", async () => {
    installOffice({ mailbox: { displayNewMessageFormAsync: fail('Too many recipients'), displayNewMessageForm: vi.fn() } });
    await expect(new OfficeHost().composeNew(message)).rejects.toThrow(/could not open a new email \(Too many recipients\)/);
    installOffice({
      version: '1.8',
      mailbox: {
        displayNewMessageForm: () => {
          throw new Error('Blocked');
        },
      },
    });
    await expect(new OfficeHost().composeNew(message)).rejects.toBeInstanceOf(HostError);
    installOffice({ version: '1.8', mailbox: { displayNewMessageForm: undefined } });
    await expect(new OfficeHost().composeNew(message)).rejects.toThrow(/cannot open a new email/);
  });

  test('compose mode: fills To, subject and an HTML body', async () => {
    const item = composeItem();
    installOffice({ item });
    await new OfficeHost().fillCurrent(message);
    expect(item.to.setAsync).toHaveBeenCalledWith(['helpdesk@nhs.net'], expect.any(Function));
    expect(item.subject.setAsync).toHaveBeenCalledWith(message.subject, expect.any(Function));
    // Marked, so a second fill replaces it (fillTwice.test.ts).
    expect(item.body.setAsync).toHaveBeenCalledWith(
      '<div id="nas-assistant-request"><p>Rich</p></div>',
      { coercionType: 'html' },
      expect.any(Function),
    );
  });

  test('compose mode (1.11+): marks the email for the send guard in its session data, with the confirmed shared mailbox; a failing mark never fails the fill', async () => {
    localStorage.setItem('nas-assistant:mailboxes', '["care.vn6c2@nhs.net"]');
    const setAsync = vi.fn((_k: string, _v: string, cb: Callback) => cb({ status: 'succeeded' }));
    installOffice({ item: composeItem({ sessionData: { setAsync } }) });
    await new OfficeHost().fillCurrent(message);
    expect(setAsync).toHaveBeenCalledWith(
      'nasAssistant',
      JSON.stringify({ subject: message.subject, sharedMailbox: 'care.vn6c2@nhs.net' }),
      expect.any(Function),
    );
    localStorage.removeItem('nas-assistant:mailboxes');
    installOffice({ item: composeItem({ sessionData: { setAsync: fail('no session data') } }) });
    await expect(new OfficeHost().fillCurrent(message)).resolves.toBeUndefined();
    const old = vi.fn();
    installOffice({ version: '1.10', item: composeItem({ sessionData: { setAsync: old } }) });
    await new OfficeHost().fillCurrent(message);
    expect(old).not.toHaveBeenCalled();
  });

  test('diagnostics: client name, platform, version and supported Mailbox sets from Office.js; never throws', async () => {
    installOffice({ version: '1.13', mailbox: { diagnostics: { hostName: 'Outlook', hostVersion: '16.0.17425.20000' } } });
    (Office.context as unknown as { platform?: string }).platform = 'PC';
    localStorage.setItem('nas-assistant:guard-last-ran', '2026-11-20T09:59:00.000Z');
    const d = await new OfficeHost().diagnostics();
    localStorage.removeItem('nas-assistant:guard-last-ran');
    expect(d).toEqual({
      host: 'Outlook',
      platform: 'PC',
      version: '16.0.17425.20000',
      mailboxSets: ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12', '1.13'],
      sendGuardLastRan: '2026-11-20T09:59:00.000Z',
    });
    installOffice({ mailbox: { diagnostics: undefined } });
    expect(await new OfficeHost().diagnostics()).toMatchObject({ host: 'unknown', version: 'unknown' });
  });

  test('a plain-text body gets the text version (HTML would fail with InvalidFormatError)', async () => {
    const item = composeItem({
      body: {
        getTypeAsync: ok('text'),
        getAsync: ok(''),
        setAsync: vi.fn((_v: string, _o: unknown, cb: Callback) => cb({ status: 'succeeded' })),
      },
    });
    installOffice({ item });
    await new OfficeHost().fillCurrent(message);
    expect((item.body as { setAsync: ReturnType<typeof vi.fn> }).setAsync).toHaveBeenCalledWith(
      'Plain',
      { coercionType: 'text' },
      expect.any(Function),
    );
  });

  test('text already in the email (a signature) is kept: the request goes above it', async () => {
    const prependAsync = vi.fn((_v: string, _o: unknown, cb: Callback) => cb({ status: 'succeeded' }));
    const setAsync = vi.fn();
    installOffice({
      item: composeItem({ body: { getTypeAsync: ok('html'), getAsync: ok('Kind regards, Amira'), prependAsync, setAsync } }),
    });
    await new OfficeHost().fillCurrent(message);
    expect(prependAsync).toHaveBeenCalledWith(
      '<div id="nas-assistant-request"><p>Rich</p></div><br>',
      { coercionType: 'html' },
      expect.any(Function),
    );
    expect(setAsync).not.toHaveBeenCalled();
  });

  test('a failing set, or no compose item, is a HostError', async () => {
    installOffice({ item: composeItem({ subject: { setAsync: fail('Subject too long') } }) });
    await expect(new OfficeHost().fillCurrent(message)).rejects.toThrow(/could not set the subject \(Subject too long\)/);
    installOffice({});
    await expect(new OfficeHost().fillCurrent(message)).rejects.toThrow(/no open email/);
  });

  test('getFrom: the address in compose mode, undefined in read mode, an error when it fails', async () => {
    installOffice({ item: composeItem() });
    expect(await new OfficeHost().getFrom()).toBe('care.vn6c2@nhs.net');
    installOffice({});
    expect(await new OfficeHost().getFrom()).toBeUndefined();
    installOffice({ item: composeItem({ from: { getAsync: fail('Not available') } }) });
    await expect(new OfficeHost().getFrom()).rejects.toThrow(/From address/);
  });
});

describe('OfficeHost events and storage', () => {
  test('subscribes to item and theme changes where supported', () => {
    const mock = installOffice({});
    const listener = vi.fn();
    const stop = new OfficeHost().subscribe(listener);
    const add = mock.context.mailbox.addHandlerAsync!;
    expect(add.mock.calls.map((c) => c[0])).toEqual(['olkItemSelectedChanged', 'officeThemeChanged']);
    (add.mock.calls[0]![1] as () => void)();
    (add.mock.calls[1]![1] as () => void)();
    expect(listener.mock.calls).toEqual([['item'], ['theme']]);
    stop();
    expect(mock.context.mailbox.removeHandlerAsync).toHaveBeenCalledTimes(2);
  });

  test('a theme change uses the theme the event carries (office.context can be stale, office-js #6348)', async () => {
    const mock = installOffice({ theme: '#ffffff' });
    const host = new OfficeHost();
    host.subscribe(vi.fn());
    const themeHandler = mock.context.mailbox.addHandlerAsync!.mock.calls[1]![1] as (args: unknown) => void;
    themeHandler({ officeTheme: { bodyBackgroundColor: '#1f1f1f' } });
    expect((await host.snapshot()).theme).toBe('dark');
  });

  test('Mailbox 1.4: no events are registered (nothing to re-detect on)', () => {
    const mock = installOffice({ version: '1.4' });
    new OfficeHost().subscribe(vi.fn());
    expect(mock.context.mailbox.addHandlerAsync).not.toHaveBeenCalled();
  });

  test('compose mode: a From change is noticed by polling, as no pane event exists', async () => {
    vi.useFakeTimers();
    let from = 'amira.khan3@nhs.net';
    installOffice({
      item: composeItem({ from: { getAsync: (cb: Callback) => cb({ status: 'succeeded', value: { emailAddress: from } }) } }),
    });
    const listener = vi.fn();
    const stop = new OfficeHost().subscribe(listener);
    await vi.advanceTimersByTimeAsync(2100);
    from = 'care.vn6c2@nhs.net';
    await vi.advanceTimersByTimeAsync(2100);
    expect(listener).toHaveBeenCalledWith('from');
    stop();
  });

  test('drafts are stored under the partition key where Outlook gives one', () => {
    installOffice({ partitionKey: 'pk123' });
    new OfficeHost().storage.set('draft:x', '1');
    expect(localStorage.getItem('pk123:nas-assistant:draft:x')).toBe('1');
    installOffice({});
    new OfficeHost().storage.set('draft:y', '2');
    expect(localStorage.getItem('nas-assistant:draft:y')).toBe('2');
  });
});

describe('waitForOffice', () => {
  test('no office.js at all', async () => {
    expect(await waitForOffice(50, undefined)).toEqual({ state: 'outside', reason: 'no-script' });
  });
  test('opened outside Office: onReady resolves with host null', async () => {
    const office = {
      onReady: () => Promise.resolve({ host: null, platform: null }),
      HostType: { Outlook: 'Outlook' },
    } as unknown as typeof Office;
    expect(await waitForOffice(50, office)).toEqual({ state: 'outside', reason: 'not-outlook' });
  });
  test('inside Outlook', async () => {
    const office = {
      onReady: () => Promise.resolve({ host: 'Outlook', platform: 'PC' }),
      HostType: { Outlook: 'Outlook' },
    } as unknown as typeof Office;
    expect(await waitForOffice(50, office)).toEqual({ state: 'outlook' });
  });
  test('onReady never resolves: times out', async () => {
    const office = { onReady: () => new Promise(() => undefined), HostType: { Outlook: 'Outlook' } } as unknown as typeof Office;
    expect(await waitForOffice(30, office)).toEqual({ state: 'outside', reason: 'timeout' });
  });
});

describe('OfficeHost: nothing escapes as anything but a HostError', () => {
  test('Office itself throwing while the snapshot is read becomes a HostError named snapshot', async () => {
    const office = installOffice({});
    Object.defineProperty(office.context.mailbox, 'userProfile', {
      get() {
        throw new Error('Office is shutting down');
      },
    });
    const error = await new OfficeHost().snapshot().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ operation: 'snapshot', message: expect.stringContaining('Office is shutting down') });
  });

  test('unsubscribing when Outlook cannot remove the handler does not throw', () => {
    installOffice({
      mailbox: {
        removeHandlerAsync: () => {
          throw new Error('gone');
        },
      },
    });
    const stop = new OfficeHost().subscribe(() => undefined);
    expect(() => stop()).not.toThrow();
  });

  test('handlers are removed by reference: removeHandlerAsync gets the type and the very handler that was added', () => {
    const office = installOffice({});
    const stop = new OfficeHost().subscribe(() => undefined);
    const added = office.context.mailbox.addHandlerAsync!.mock.calls;
    stop();
    const removed = office.context.mailbox.removeHandlerAsync!.mock.calls;
    expect(removed.map((c) => [c[0], (c[1] as { handler: unknown }).handler])).toEqual(added.map((c) => [c[0], c[1]]));
  });
});

describe('OfficeHost: each branch', () => {
  test('display names come from To, Cc, From and Sender, by lower-case address; entries without a name are skipped', async () => {
    installOffice({
      item: readItem({
        to: [{ emailAddress: 'Care.VN6C2@nhs.net', displayName: 'Care.VN6C2 (Sunrise House, Durham)' }, { emailAddress: 'x@nhs.net' }],
        cc: [{ emailAddress: 'pharmacy.fh542@nhs.net', displayName: 'Pharmacy.FH542 (High Street, Leeds)' }],
        from: { emailAddress: 'ward7@nhs.net', displayName: 'Ward 7' },
        sender: { emailAddress: 'sender@nhs.net', displayName: 'Sender' },
      }),
    });
    const s = await new OfficeHost().snapshot();
    expect(s.displayNames).toEqual({
      'care.vn6c2@nhs.net': 'Care.VN6C2 (Sunrise House, Durham)',
      'pharmacy.fh542@nhs.net': 'Pharmacy.FH542 (High Street, Leeds)',
      'ward7@nhs.net': 'Ward 7',
      'sender@nhs.net': 'Sender',
    });
  });

  test('compose mode reads no display names from recipients', async () => {
    installOffice({ item: composeItem({ cc: [{ emailAddress: 'a@nhs.net', displayName: 'A' }] }) });
    expect((await new OfficeHost().snapshot()).displayNames).toEqual({});
  });

  test('no way to open a new email: capability off; with only the old method: on', async () => {
    installOffice({ mailbox: { displayNewMessageForm: undefined, displayNewMessageFormAsync: undefined } });
    expect((await new OfficeHost().snapshot()).capabilities.composeNew).toBe(false);
    installOffice({ mailbox: { displayNewMessageFormAsync: undefined } });
    expect((await new OfficeHost().snapshot()).capabilities.composeNew).toBe(true);
  });

  test('fill needs Mailbox 1.3 and From needs 1.7: capabilities say so', async () => {
    installOffice({ version: '1.2', item: composeItem() });
    expect((await new OfficeHost().snapshot()).capabilities).toEqual({ composeNew: false, fillCurrent: false, readFrom: false });
    await expect(new OfficeHost().fillCurrent(message)).rejects.toThrow('There is no open email to fill in here.');
  });

  test('a theme that cannot be read is light; a theme event sets the theme until the next one', async () => {
    const office = installOffice({ theme: '#ffffff' });
    Object.defineProperty((globalThis as unknown as { Office: { context: object } }).Office.context, 'officeTheme', {
      get() {
        throw new Error('not available');
      },
    });
    const host = new OfficeHost();
    expect((await host.snapshot()).theme).toBe('light');
    host.subscribe(() => undefined);
    office.fire('officeThemeChanged', { officeTheme: { bodyBackgroundColor: '#000000' } });
    expect(host.theme()).toBe('dark');
    office.fire('officeThemeChanged', { officeTheme: { bodyBackgroundColor: '#fafafa' } });
    expect(host.theme()).toBe('light');
    office.fire('officeThemeChanged', {});
    expect(host.theme()).toBe('light');
  });

  test('no mailbox at all: mode none, nothing to subscribe to, composeNew refused', async () => {
    installOffice({ item: null, mailbox: { addHandlerAsync: undefined } });
    const host = new OfficeHost();
    expect(host.mode()).toBe('none');
    expect(() => host.subscribe(() => undefined)()).not.toThrow();
    expect(await host.getFrom()).toBeUndefined();
  });

  test('a From Outlook answers without an address is no signal and no refusal', async () => {
    installOffice({ item: composeItem({ from: { getAsync: ok({ displayName: 'Amira Khan' }) } }) });
    const s = await new OfficeHost().snapshot();
    expect(s.signals.map((x) => x.source)).toEqual(['user-profile', 'shared-properties']);
    expect(s.refused).toEqual([]);
  });

  test('shared properties without an owner are no signal', async () => {
    installOffice({ item: readItem({ getSharedPropertiesAsync: ok({}) }) });
    const s = await new OfficeHost().snapshot();
    expect(s.signals.map((x) => x.source)).toEqual(['user-profile']);
    expect(s.refused).toEqual([]);
  });
});

describe('OfficeHost: the words of each failure', () => {
  const failingAt = (part: 'to' | 'subject' | 'type' | 'set' | 'prepend', existing = '') =>
    composeItem({
      to: { setAsync: part === 'to' ? fail('Too many') : ok() },
      subject: { setAsync: part === 'subject' ? fail('Too long') : ok() },
      body: {
        getTypeAsync: part === 'type' ? fail('No body') : ok('html'),
        getAsync: ok(existing),
        setAsync: part === 'set' ? fail('Read only') : ok(),
        prependAsync: part === 'prepend' ? fail('Read only') : ok(),
      },
    });
  test.each([
    ['to', '', 'Outlook could not set the To line (Too many)'],
    ['subject', '', 'Outlook could not set the subject (Too long)'],
    ['type', '', 'Outlook could not read the body format (No body)'],
    ['set', '', 'Outlook could not set the body (Read only)'],
    ['prepend', 'Kind regards', 'Outlook could not add the request to the body (Read only)'],
  ] as const)('fill failing at %s: "%s"', async (part, existing, words) => {
    installOffice({ item: failingAt(part, existing) });
    await expect(new OfficeHost().fillCurrent(message)).rejects.toMatchObject({
      name: 'HostError',
      operation: 'fillCurrent',
      message: words,
    });
  });

  test("composeNew: Outlook's reason in brackets, or none; the old method throwing; no method", async () => {
    installOffice({ mailbox: { displayNewMessageFormAsync: fail('Blocked') } });
    await expect(new OfficeHost().composeNew(message)).rejects.toMatchObject({
      operation: 'composeNew',
      message: 'Outlook could not open a new email (Blocked)',
    });
    installOffice({
      version: '1.8',
      mailbox: {
        displayNewMessageForm: () => {
          throw new Error('Nope');
        },
      },
    });
    await expect(new OfficeHost().composeNew(message)).rejects.toMatchObject({ message: 'Outlook could not open a new email (Nope)' });
    // A host that throws something other than an Error (some Office builds throw strings).
    installOffice({
      version: '1.8',
      mailbox: {
        displayNewMessageForm: () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error
          throw 'x';
        },
      },
    });
    await expect(new OfficeHost().composeNew(message)).rejects.toMatchObject({ message: 'Outlook could not open a new email' });
    installOffice({ version: '1.8', mailbox: { displayNewMessageForm: undefined } });
    await expect(new OfficeHost().composeNew(message)).rejects.toMatchObject({
      message: 'This version of Outlook cannot open a new email from an add-in.',
    });
  });

  test('snapshot refusals in words: no profile, From before 1.7, a shared-properties failure', async () => {
    installOffice({ version: '1.6', item: composeItem(), mailbox: { userProfile: undefined } });
    const s = await new OfficeHost().snapshot();
    expect(s.refused).toEqual([
      { source: 'user-profile', reason: 'Outlook did not give the signed-in account.' },
      { source: 'from', reason: 'This version of Outlook cannot read the From address (needs Mailbox 1.7).' },
      { source: 'shared-properties', reason: 'This version of Outlook cannot say which mailbox a message is in (needs Mailbox 1.8).' },
    ]);
    installOffice({ item: readItem({ getSharedPropertiesAsync: fail('Not shared') }) });
    expect((await new OfficeHost().snapshot()).refused).toEqual([
      {
        source: 'shared-properties',
        reason:
          'Outlook named no shared mailbox for this item (it names none for your own mailbox, and some versions none for a shared one) (Not shared)',
      },
    ]);
    installOffice({ item: composeItem({ from: { getAsync: fail('Busy') } }) });
    expect((await new OfficeHost().snapshot()).refused).toEqual([
      { source: 'from', reason: 'Outlook could not read the From address (Busy)' },
    ]);
  });
});

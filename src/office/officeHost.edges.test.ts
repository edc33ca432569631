// OfficeHost: exact words, deadlines and edge cases the behaviour tests leave loose.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { composeItem, fail, hang, installOffice, ok, readItem, type Callback } from '../../test/support/officeMock';
import { OfficeHost } from './officeHost';
import { rejection } from '../../test/support/hostContract';
import { HostError } from './host';

const message = {
  to: ['helpdesk@nhs.net'],
  cc: [],
  subject: 'New user accounts – VN6C2 – Sunrise House',
  text: 'Plain request',
  html: '<p>Rich request</p>',
};

const office = () => (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office;

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  localStorage.clear();
  vi.useRealTimers();
});

describe('OfficeHost: mode and snapshot', () => {
  test('an item whose subject is null is read mode, an object subject is compose mode', () => {
    const installed = installOffice({});
    installed.context.mailbox.item.subject = null;
    expect(new OfficeHost().mode()).toBe('read');
    installOffice({ item: composeItem() });
    expect(new OfficeHost().mode()).toBe('compose');
    installOffice({ item: readItem({ subject: 'Hello' }) });
    expect(new OfficeHost().mode()).toBe('read');
  });

  test('a requirement check that throws counts as unsupported: theme is light, fill is off', async () => {
    installOffice({ item: composeItem(), theme: '#000000' });
    (office().context as { requirements: unknown }).requirements = {
      isSetSupported: () => {
        throw new Error('not ready');
      },
    };
    const host = new OfficeHost();
    expect(host.theme()).toBe('light');
    const s = await host.snapshot();
    expect(s.capabilities).toEqual({ composeNew: false, fillCurrent: false, readFrom: false });
  });

  test('the user: address and display name from the profile, or an empty address', async () => {
    installOffice({});
    expect((await new OfficeHost().snapshot()).user).toEqual({ address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' });
    installOffice({ mailbox: { userProfile: { emailAddress: 'care.vn6c2@nhs.net' } } });
    const u = (await new OfficeHost().snapshot()).user;
    expect(u.address).toBe('care.vn6c2@nhs.net');
    expect(u.displayName).toBeUndefined();
    installOffice({ mailbox: { userProfile: undefined } });
    expect((await new OfficeHost().snapshot()).user.address).toBe('');
  });

  test('no mailbox at all: the snapshot still answers (mode none, no user, nothing to compose with)', async () => {
    installOffice({});
    (office().context as { mailbox: unknown }).mailbox = undefined;
    const s = await new OfficeHost().snapshot();
    expect(s.mode).toBe('none');
    expect(s.user.address).toBe('');
    expect(s.signals).toEqual([]);
    expect(s.capabilities.composeNew).toBe(false);
  });

  test('Office throwing while the snapshot is read: the whole message in words', async () => {
    const installed = installOffice({});
    Object.defineProperty(installed.context.mailbox, 'userProfile', {
      get() {
        throw new Error('Office is shutting down');
      },
    });
    const error = await rejection(new OfficeHost().snapshot());
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe('Outlook did not answer when asked about the selected item (Office is shutting down)');
  });

  test('only the new compose method (1.9): composeNew capability on', async () => {
    installOffice({ mailbox: { displayNewMessageForm: undefined, displayNewMessageFormAsync: vi.fn() } });
    expect((await new OfficeHost().snapshot()).capabilities.composeNew).toBe(true);
    installOffice({ mailbox: { displayNewMessageForm: undefined, displayNewMessageFormAsync: 'no' } });
    expect((await new OfficeHost().snapshot()).capabilities.composeNew).toBe(false);
  });

  test('compose mode: From answering with nothing is no signal and no refusal', async () => {
    installOffice({ item: composeItem({ from: { getAsync: ok(undefined) } }) });
    const s = await new OfficeHost().snapshot();
    expect(s.signals.map((x) => x.source)).toEqual(['user-profile', 'shared-properties']);
    expect(s.refused).toEqual([]);
  });

  test('shared properties answering with nothing is no signal and no refusal', async () => {
    installOffice({ item: readItem({ getSharedPropertiesAsync: ok(undefined) }) });
    const s = await new OfficeHost().snapshot();
    expect(s.signals.map((x) => x.source)).toEqual(['user-profile']);
    expect(s.refused).toEqual([]);
  });

  test('shared properties not a function on 1.8+: refused with the requirement in exact words', async () => {
    installOffice({ item: readItem({ getSharedPropertiesAsync: { not: 'a function' } }) });
    const s = await new OfficeHost().snapshot();
    expect(s.refused).toEqual([
      { source: 'shared-properties', reason: 'This version of Outlook cannot say which mailbox a message is in (needs Mailbox 1.8).' },
    ]);
  });

  test('signals come in a fixed order although shared properties answer before From', async () => {
    const lateFrom = (cb: Callback) =>
      setTimeout(() => cb({ status: 'succeeded', value: { emailAddress: 'pharmacy.fa123@nhs.net', displayName: 'Pharmacy' } }), 5);
    installOffice({ item: composeItem({ from: { getAsync: lateFrom } }) });
    const s = await new OfficeHost().snapshot();
    expect(s.signals).toEqual([
      { source: 'user-profile', address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
      { source: 'from', address: 'pharmacy.fa123@nhs.net', displayName: 'Pharmacy' },
      { source: 'shared-properties', address: 'care.vn6c2@nhs.net' },
    ]);
  });

  test('signals in order with no profile: From first, then shared properties', async () => {
    const lateFrom = (cb: Callback) => setTimeout(() => cb({ status: 'succeeded', value: { emailAddress: 'dental.v1@nhs.net' } }), 5);
    installOffice({ item: composeItem({ from: { getAsync: lateFrom } }), mailbox: { userProfile: undefined } });
    const s = await new OfficeHost().snapshot();
    expect(s.signals.map((x) => x.source)).toEqual(['from', 'shared-properties']);
  });

  test('display names: only entries with both address and name; null entries and nameless entries leave no key', async () => {
    installOffice({
      item: readItem({
        to: [
          null,
          { displayName: 'No address' },
          { emailAddress: 'Care.AB1@nhs.net' },
          { emailAddress: 'Care.VN6C2@nhs.net', displayName: 'Care.VN6C2 (Site)' },
        ],
        cc: undefined,
        from: { emailAddress: 'ward7@nhs.net', displayName: '' },
      }),
    });
    const s = await new OfficeHost().snapshot();
    expect(Object.keys(s.displayNames)).toEqual(['care.vn6c2@nhs.net']);
    expect(s.displayNames).toStrictEqual({ 'care.vn6c2@nhs.net': 'Care.VN6C2 (Site)' });
  });
});

describe('OfficeHost: From', () => {
  test('From missing or without getAsync on 1.7+: refused in exact words', async () => {
    installOffice({ item: composeItem({ from: {} }) });
    const e1 = await rejection(new OfficeHost().getFrom());
    expect(e1).toBeInstanceOf(HostError);
    expect((e1 as HostError).message).toBe('This version of Outlook cannot read the From address (needs Mailbox 1.7).');
    expect((e1 as HostError).operation).toBe('getFrom');
    installOffice({ item: composeItem({ from: undefined }) });
    const e2 = await rejection(new OfficeHost().getFrom());
    expect(e2).toBeInstanceOf(HostError);
    expect((e2 as HostError).message).toBe('This version of Outlook cannot read the From address (needs Mailbox 1.7).');
  });

  test('From answering with nothing: getFrom is undefined', async () => {
    installOffice({ item: composeItem({ from: { getAsync: ok(undefined) } }) });
    await expect(new OfficeHost().getFrom()).resolves.toBeUndefined();
  });

  test('From never answering: after 3 seconds, in words', async () => {
    vi.useFakeTimers();
    installOffice({ item: composeItem({ from: { getAsync: hang() } }) });
    const p = rejection(new OfficeHost().getFrom());
    await vi.advanceTimersByTimeAsync(3000);
    const e = await p;
    expect((e as HostError).message).toBe('Outlook could not read the From address (Outlook did not answer within 3 seconds)');
    expect((e as HostError).operation).toBe('getFrom');
  });
});

describe('OfficeHost: diagnostics', () => {
  test('platform missing is unknown; a platform getter that throws is unknown', async () => {
    installOffice({});
    (office().context as { platform?: unknown }).platform = undefined;
    expect((await new OfficeHost().diagnostics()).platform).toBe('unknown');
    installOffice({});
    Object.defineProperty(office().context, 'platform', {
      configurable: true,
      get() {
        throw new Error('no platform');
      },
    });
    expect((await new OfficeHost().diagnostics()).platform).toBe('unknown');
    installOffice({});
    (office().context as { platform?: unknown }).platform = 'OfficeOnline';
    expect((await new OfficeHost().diagnostics()).platform).toBe('OfficeOnline');
  });
});

describe('OfficeHost: composeNew', () => {
  test('Mailbox 1.8 with both methods: the old synchronous one is used', async () => {
    const asyncForm = vi.fn();
    const oldForm = vi.fn();
    installOffice({ version: '1.8', mailbox: { displayNewMessageFormAsync: asyncForm, displayNewMessageForm: oldForm } });
    await new OfficeHost().composeNew(message);
    expect(asyncForm).not.toHaveBeenCalled();
    expect(oldForm).toHaveBeenCalledTimes(1);
  });

  test('Mailbox 1.9+ without the new method: the old one is used', async () => {
    const oldForm = vi.fn();
    installOffice({ version: '1.16', mailbox: { displayNewMessageFormAsync: undefined, displayNewMessageForm: oldForm } });
    await new OfficeHost().composeNew(message);
    expect(oldForm).toHaveBeenCalledTimes(1);
  });

  test('a failure without a reason: the words alone, no brackets', async () => {
    installOffice({ mailbox: { displayNewMessageFormAsync: (_f: unknown, cb: Callback) => cb({ status: 'failed' }) } });
    const e = await rejection(new OfficeHost().composeNew(message));
    expect((e as HostError).message).toBe('Outlook could not open a new email');
    expect((e as HostError).operation).toBe('composeNew');
  });

  test('the old method throwing and no method at all are HostErrors for composeNew', async () => {
    installOffice({
      version: '1.8',
      mailbox: {
        displayNewMessageForm: () => {
          throw new Error('blocked');
        },
      },
    });
    const e1 = await rejection(new OfficeHost().composeNew(message));
    expect(e1).toMatchObject({ operation: 'composeNew', message: 'Outlook could not open a new email (blocked)' });
    installOffice({ version: '1.8', mailbox: { displayNewMessageForm: undefined } });
    const e2 = await rejection(new OfficeHost().composeNew(message));
    expect(e2).toMatchObject({ operation: 'composeNew', message: 'This version of Outlook cannot open a new email from an add-in.' });
  });
});

describe('OfficeHost: fillCurrent', () => {
  /** fillCurrent on a compose item whose body answers as given; the body's calls. */
  async function fillWith(answers: Record<string, unknown>) {
    const item = composeItem();
    const body = item.body as unknown as Record<string, ReturnType<typeof vi.fn>>;
    Object.assign(body, answers);
    installOffice({ item });
    await new OfficeHost().fillCurrent(message);
    return body;
  }

  test.each([
    ['cannot be read (text): the request is set', { getTypeAsync: ok('text'), getAsync: fail('cannot read') }],
    ['is white space only: it is replaced', { getTypeAsync: ok('text'), getAsync: ok('  \n\n ') }],
  ])('a body that %s, not prepended', async (_, answers) => {
    const body = await fillWith(answers);
    expect(body.setAsync).toHaveBeenCalledWith('Plain request', { coercionType: 'text' }, expect.any(Function));
    expect(body.prependAsync).not.toHaveBeenCalled();
  });

  test('a body that cannot be read (html): the marked request is set, not prepended', async () => {
    const body = await fillWith({ getAsync: fail('cannot read') });
    expect(body.setAsync).toHaveBeenCalledWith(
      '<div id="nas-assistant-request"><p>Rich request</p></div>',
      { coercionType: 'html' },
      expect.any(Function),
    );
    expect(body.prependAsync).not.toHaveBeenCalled();
  });

  test('replacing a marked request that Outlook refuses to set: a fillCurrent error in words', async () => {
    const item = composeItem();
    const body = item.body as Record<string, unknown>;
    Object.assign(body, {
      getAsync: ok('<div id="nas-assistant-request"><p>Old</p></div><p>Sig</p>'),
      setAsync: fail('Body too large'),
    });
    installOffice({ item });
    const e = await rejection(new OfficeHost().fillCurrent(message));
    expect(e).toMatchObject({ operation: 'fillCurrent', message: 'Outlook could not set the body (Body too large)' });
  });

  test('reading the body waits the compose deadline (15 s), not the read one (3 s)', async () => {
    vi.useFakeTimers();
    const item = composeItem();
    const body = item.body as unknown as Record<string, ReturnType<typeof vi.fn>>;
    let answer: Callback | undefined;
    Object.assign(body, {
      getTypeAsync: ok('text'),
      getAsync: vi.fn((_t: unknown, cb: Callback) => {
        answer = cb;
      }),
    });
    installOffice({ item });
    const done = new OfficeHost().fillCurrent(message);
    await vi.advanceTimersByTimeAsync(5000);
    expect(body.setAsync).not.toHaveBeenCalled();
    expect(body.prependAsync).not.toHaveBeenCalled();
    answer?.({ status: 'succeeded', value: 'Kind regards' });
    await done;
    expect(body.prependAsync).toHaveBeenCalledWith('Plain request\n\n', { coercionType: 'text' }, expect.any(Function));
  });

  test('reading the html body as text waits the compose deadline too', async () => {
    vi.useFakeTimers();
    const item = composeItem();
    const body = item.body as unknown as Record<string, ReturnType<typeof vi.fn>>;
    let answer: Callback | undefined;
    Object.assign(body, {
      getAsync: vi.fn((type: string, cb: Callback) => {
        if (type === 'html') cb({ status: 'succeeded', value: '<p>Kind regards</p>' });
        else answer = cb;
      }),
    });
    installOffice({ item });
    const done = new OfficeHost().fillCurrent(message);
    await vi.advanceTimersByTimeAsync(5000);
    expect(body.setAsync).not.toHaveBeenCalled();
    expect(body.prependAsync).not.toHaveBeenCalled();
    answer?.({ status: 'succeeded', value: 'Kind regards' });
    await done;
    expect(body.prependAsync).toHaveBeenCalledWith(
      '<div id="nas-assistant-request"><p>Rich request</p></div><br>',
      { coercionType: 'html' },
      expect.any(Function),
    );
  });
});

describe('OfficeHost: events', () => {
  test('read mode: no From poll is started', async () => {
    vi.useFakeTimers();
    installOffice({});
    const host = new OfficeHost();
    const stop = host.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  test('compose mode: the From poll is started', () => {
    vi.useFakeTimers();
    installOffice({ item: composeItem({ from: { getAsync: hang() } }) });
    const stop = new OfficeHost().subscribe(() => undefined);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    stop();
  });
});

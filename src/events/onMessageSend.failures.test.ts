// Checks the OnMessageSend handler's edges: the button from Mailbox 1.14,
// the pane's storage partition, a requirement check that throws, and a handler whose options throw.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { guardData as data } from './guardData';
import { onMessageSend } from './onMessageSend';

type Cb = (r: { status: string; value?: unknown }) => void;
const ok =
  (value: unknown) =>
  (...args: unknown[]) =>
    (args.at(-1) as Cb)({ status: 'succeeded', value });
const people = (...a: string[]) => a.map((emailAddress) => ({ emailAddress, displayName: '' }));
const now = () => new Date('2026-11-20T10:00:00Z');

function office(opts: { from?: string; partitionKey?: string; isSetSupported?: (set: string, v: string) => boolean }) {
  return {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text' },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    context: {
      ...(opts.partitionKey ? { partitionKey: opts.partitionKey } : {}),
      requirements: { isSetSupported: opts.isSetSupported ?? ((set: string, v: string) => set === 'Mailbox' && v === '1.14') },
      mailbox: {
        item: {
          to: { getAsync: ok(people('helpdesk@nhs.net')) },
          cc: { getAsync: ok([]) },
          bcc: { getAsync: ok([]) },
          from: { getAsync: ok({ emailAddress: opts.from ?? 'amira.khan3@nhs.net' }) },
          subject: { getAsync: ok('New user accounts – VN6C2 – Sunrise House') },
          body: { getAsync: ok('Please add Jane Smith.') },
          sessionData: { getAsync: ok(undefined), setAsync: (_n: string, _v: string, cb: Cb) => cb({ status: 'succeeded' }) },
        },
      },
    },
  } as unknown as typeof Office;
}

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

/** Handler options whose Office throws when read: the handler must still complete, allowing the send. */
const optionsWithoutOffice = () => ({
  data,
  now,
  get office(): never {
    throw new Error('no Office');
  },
});

describe('OnMessageSend handler', () => {
  test('the block carries the button exactly when Mailbox 1.14 is supported, asked for by that name', async () => {
    const completed = vi.fn();
    await onMessageSend({ completed }, { office: office({}), now, data });
    expect(completed).toHaveBeenCalledWith(expect.objectContaining({ allowEvent: false, commandId: 'msgComposeOpenPaneButton' }));
  });

  test('a requirement check that throws counts as before 1.14: blocked without the button', async () => {
    const completed = vi.fn();
    const isSetSupported = () => {
      throw new Error('no requirements');
    };
    await onMessageSend({ completed }, { office: office({ isSetSupported }), now, data });
    expect(completed).toHaveBeenCalledWith({ allowEvent: false, errorMessage: expect.stringContaining('shared mailbox') });
  });

  test('the run is recorded under the partition the pane uses, when Outlook gives one', async () => {
    await onMessageSend({ completed: vi.fn() }, { office: office({ partitionKey: 'p1', from: 'care.vn6c2@nhs.net' }), now, data });
    expect(localStorage.getItem('p1:nas-assistant:guard-last-ran')).toBe('2026-11-20T10:00:00.000Z');
    expect(localStorage.getItem('nas-assistant:guard-last-ran')).toBeNull();
  });

  test('the remembered shared mailbox is read from the same partition', async () => {
    localStorage.setItem('p1:nas-assistant:mailboxes', '["pharmacy.fh542@nhs.net"]');
    const completed = vi.fn();
    await onMessageSend({ completed }, { office: office({ partitionKey: 'p1' }), now, data });
    expect(completed.mock.calls[0]![0].errorMessage).toContain('choose pharmacy.fh542@nhs.net');
  });

  test('once completed, no timer is left running (the 4-second watchdog is cleared)', async () => {
    vi.useFakeTimers();
    const completed = vi.fn();
    await onMessageSend({ completed }, { office: office({ from: 'care.vn6c2@nhs.net' }), now, data });
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    await vi.advanceTimersByTimeAsync(1); // jsdom's storage event for the run record
    expect(vi.getTimerCount()).toBe(0);
  });

  test('options that throw when read: the send is allowed at once', async () => {
    const completed = vi.fn();
    const options = optionsWithoutOffice();
    await onMessageSend({ completed }, options as never);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });
});

describe('OnMessageSend handler completes at once on failure, not at the watchdog', () => {
  test('a read that fails allows the send before any time passes', async () => {
    vi.useFakeTimers();
    const completed = vi.fn();
    const o = office({});
    (o.context.mailbox.item as unknown as { to: unknown }).to = {
      getAsync: (...args: unknown[]) => (args.at(-1) as Cb)({ status: 'failed' }),
    };
    void onMessageSend({ completed }, { office: o, now, data });
    await vi.advanceTimersByTimeAsync(0);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  test('options that throw when read: allowed before any time passes', async () => {
    vi.useFakeTimers();
    const completed = vi.fn();
    const options = optionsWithoutOffice();
    void onMessageSend({ completed }, options as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });
});

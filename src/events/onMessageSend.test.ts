import { afterEach, describe, expect, test, vi } from 'vitest';
import { onMessageSend, openPaneCommandId } from './onMessageSend';

type Cb = (r: { status: string; value?: unknown; error?: { message: string } }) => void;
const ok = (value: unknown) => (...args: unknown[]) => (args.at(-1) as Cb)({ status: 'succeeded', value });
const fail = () => (...args: unknown[]) => (args.at(-1) as Cb)({ status: 'failed', error: { message: 'nope' } });
const people = (...a: string[]) => a.map((emailAddress) => ({ emailAddress, displayName: '' }));
const now = () => new Date('2026-11-20T10:00:00Z');

/** A typed fake of the compose item and the bits of Office the handler uses. */
function office(opts: { to?: string[]; cc?: string[]; bcc?: string[]; from?: string | null; body?: string; version?: string; overrides?: Record<string, unknown> }) {
  const max = Number((opts.version ?? '1.15').split('.')[1]);
  return {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text' },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    context: {
      requirements: { isSetSupported: (_: string, v: string) => Number(v.split('.')[1]) <= max },
      mailbox: {
        item: {
          to: { getAsync: ok(people(...(opts.to ?? ['helpdesk@nhs.net']))) },
          cc: { getAsync: ok(people(...(opts.cc ?? []))) },
          bcc: { getAsync: ok(people(...(opts.bcc ?? []))) },
          from: opts.from === null ? undefined : { getAsync: ok({ emailAddress: opts.from ?? 'care.vn6c2@nhs.net' }) },
          body: { getAsync: ok(opts.body ?? 'Please add Jane Smith.') },
          ...opts.overrides,
        },
      },
    },
  } as unknown as typeof Office;
}

async function run(o: typeof Office) {
  const completed = vi.fn();
  const started = performance.now();
  await onMessageSend({ completed }, o, now);
  expect(completed).toHaveBeenCalledTimes(1);
  return { options: completed.mock.calls[0]![0], ms: performance.now() - started };
}

afterEach(() => localStorage.clear());

describe('OnMessageSend handler', () => {
  test('ordinary mail sends untouched, fast', async () => {
    const { options, ms } = await run(office({ to: ['ward7@nhs.net'], from: 'amira.khan3@nhs.net', body: 'DOB 01/02/1980' }));
    expect(options).toEqual({ allowEvent: true });
    expect(ms).toBeLessThan(1000);
  });

  test('a NAS request from a personal From is blocked, with a button that opens the pane', async () => {
    const { options } = await run(office({ from: 'amira.khan3@nhs.net' }));
    expect(options).toEqual({ allowEvent: false, errorMessage: expect.stringMatching(/shared mailbox/), cancelLabel: 'Open NAS Assistant', commandId: openPaneCommandId });
  });

  test('the block names the shared mailbox the pane remembered', async () => {
    localStorage.setItem('nas-assistant:mailboxes', '["care.vn6c2@nhs.net"]');
    const { options } = await run(office({ from: 'amira.khan3@nhs.net', cc: [], bcc: ['helpdesk@nhs.net'], to: ['x@nhs.net'] }));
    expect(options.errorMessage).toContain('choose care.vn6c2@nhs.net');
  });

  test('before Mailbox 1.14: blocked without the button (not supported there)', async () => {
    const { options } = await run(office({ from: 'amira.khan3@nhs.net', version: '1.12' }));
    expect(options).toEqual({ allowEvent: false, errorMessage: expect.any(String) });
  });

  test('personal data in a NAS request prompts with what was found, and lets the user send anyway', async () => {
    const { options } = await run(office({ body: 'Jane Smith, NI AB 12 34 56 C' }));
    expect(options).toEqual({ allowEvent: false, errorMessage: expect.stringContaining('a National Insurance number (AB 12 34 56 C)'), sendModeOverride: 'promptUser' });
  });

  test('any failure inside the handler allows the send', async () => {
    expect((await run(office({ from: 'amira.khan3@nhs.net', overrides: { body: { getAsync: fail() } } }))).options).toEqual({ allowEvent: true });
    expect((await run(office({ overrides: { to: undefined } }))).options).toEqual({ allowEvent: true });
  });

  test('an Outlook call that never answers times out and allows the send', async () => {
    vi.useFakeTimers();
    const completed = vi.fn();
    const pending = onMessageSend({ completed }, office({ overrides: { to: { getAsync: () => undefined } } }), now);
    await vi.advanceTimersByTimeAsync(2100);
    await pending;
    vi.useRealTimers();
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  test('From or Bcc unreadable: the rest still decides', async () => {
    const { options } = await run(office({ overrides: { from: { getAsync: fail() }, bcc: undefined }, body: 'DOB 01/02/1980' }));
    expect(options.allowEvent).toBe(false);
  });
});

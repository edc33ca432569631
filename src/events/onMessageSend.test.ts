import { afterEach, describe, expect, test, vi } from 'vitest';
import { guardData as data } from './guardData';
import { composeMarkKey } from './composeMark';
import { handlerTimeoutMs, onMessageSend, openPaneCommandId } from './onMessageSend';

type Cb = (r: { status: string; value?: unknown; error?: { message: string } }) => void;
const ok =
  (value: unknown) =>
  (...args: unknown[]) =>
    (args.at(-1) as Cb)({ status: 'succeeded', value });
const fail =
  () =>
  (...args: unknown[]) =>
    (args.at(-1) as Cb)({ status: 'failed', error: { message: 'nope' } });
const people = (...a: string[]) => a.map((emailAddress) => ({ emailAddress, displayName: '' }));
const now = () => new Date('2026-11-20T10:00:00Z');

/** A typed fake of the compose item and the bits of Office the handler uses. */
const sharedOnlySubject = 'New user accounts – VN6C2 – Sunrise House';

function office(opts: {
  to?: string[];
  cc?: string[];
  bcc?: string[];
  from?: string | null;
  subject?: string;
  session?: string;
  body?: string;
  version?: string;
  overrides?: Record<string, unknown>;
}) {
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
          subject: { getAsync: ok(opts.subject ?? sharedOnlySubject) },
          sessionData: {
            getAsync: (name: string, cb: Cb) =>
              opts.session !== undefined && name === composeMarkKey
                ? cb({ status: 'succeeded', value: opts.session })
                : cb({ status: 'failed', error: { message: 'not found' } }),
          },
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
  await onMessageSend({ completed }, { office: o, now, data });
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

  test('a shared-only NAS request from a personal From is blocked, with a button that opens the pane', async () => {
    const { options } = await run(office({ from: 'amira.khan3@nhs.net' }));
    expect(options).toEqual({
      allowEvent: false,
      errorMessage: expect.stringMatching(/shared mailbox/),
      cancelLabel: 'Open NAS Assistant',
      commandId: openPaneCommandId,
    });
  });

  test('other email to NAS from a personal From sends: a kind that may come from either, or one the pane did not compose', async () => {
    expect((await run(office({ from: 'amira.khan3@nhs.net', subject: 'Name change – VN6C2' }))).options).toEqual({ allowEvent: true });
    expect((await run(office({ from: 'amira.khan3@nhs.net', subject: 'My account is locked' }))).options).toEqual({ allowEvent: true });
  });

  test('the mark the pane left on this email (session data) names the confirmed shared mailbox and survives a subject edit', async () => {
    const session = JSON.stringify({ subject: sharedOnlySubject, sharedMailbox: 'pharmacy.fh542@nhs.net' });
    const { options } = await run(office({ from: 'amira.khan3@nhs.net', subject: 'please action', session }));
    expect(options.errorMessage).toContain('choose pharmacy.fh542@nhs.net');
  });

  test('a malformed or missing mark is ignored', async () => {
    expect((await run(office({ from: 'amira.khan3@nhs.net', subject: 'x', session: '{not json' }))).options).toEqual({ allowEvent: true });
  });

  test('the block names the shared mailbox the pane remembered (browser runtimes: local storage)', async () => {
    localStorage.setItem('nas-assistant:mailboxes', '["care.vn6c2@nhs.net"]');
    const { options } = await run(office({ from: 'amira.khan3@nhs.net', cc: [], bcc: ['helpdesk@nhs.net'], to: ['x@nhs.net'] }));
    expect(options.errorMessage).toContain('choose care.vn6c2@nhs.net');
  });

  test('before Mailbox 1.14: blocked without the button (not supported there)', async () => {
    const { options } = await run(office({ from: 'amira.khan3@nhs.net', version: '1.12' }));
    expect(options).toEqual({ allowEvent: false, errorMessage: expect.any(String) });
  });

  test('before Mailbox 1.14 there is no Send Anyway: a warning alone (a postcode) allows the send; an NHS number still stops it', async () => {
    expect((await run(office({ body: 'Sunrise House, Durham DH1 3AB', version: '1.13' }))).options).toEqual({ allowEvent: true });
    expect((await run(office({ body: 'NHS 943 476 5919', version: '1.13' }))).options).toEqual({
      allowEvent: false,
      errorMessage: expect.stringContaining('an NHS number'),
    });
  });

  test('completed is called exactly once: the overall time-out allows the send, and a later answer changes nothing', async () => {
    vi.useFakeTimers();
    const completed = vi.fn();
    const pending = onMessageSend(
      { completed },
      { office: office({ overrides: { to: { getAsync: () => undefined } } }), now, data, timeoutMs: 500 },
    );
    await vi.advanceTimersByTimeAsync(600);
    await pending;
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    await vi.advanceTimersByTimeAsync(handlerTimeoutMs);
    vi.useRealTimers();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("each run is recorded for the Diagnostics view in the pane's local storage (where the runtime has it)", async () => {
    await run(office({ to: ['ward7@nhs.net'] }));
    expect(localStorage.getItem('nas-assistant:guard-last-ran')).toBe('2026-11-20T10:00:00.000Z');
  });

  test('event.completed throwing does not escape the handler', async () => {
    await expect(
      onMessageSend(
        {
          completed: () => {
            throw new Error('gone');
          },
        },
        { office: office({}), now, data },
      ),
    ).resolves.toBeUndefined();
  });

  test('personal data in a NAS request prompts with what was found, and lets the user send anyway', async () => {
    const { options } = await run(office({ body: 'Jane Smith, NI AB 12 34 56 C' }));
    expect(options).toEqual({
      allowEvent: false,
      errorMessage: expect.stringContaining('a National Insurance number (AB 12 34 56 C)'),
      sendModeOverride: 'promptUser',
    });
  });

  test('any failure inside the handler allows the send', async () => {
    expect((await run(office({ from: 'amira.khan3@nhs.net', overrides: { body: { getAsync: fail() } } }))).options).toEqual({
      allowEvent: true,
    });
    expect((await run(office({ overrides: { to: undefined } }))).options).toEqual({ allowEvent: true });
  });

  test('an Outlook call that never answers times out and allows the send', async () => {
    vi.useFakeTimers();
    const completed = vi.fn();
    const pending = onMessageSend({ completed }, { office: office({ overrides: { to: { getAsync: () => undefined } } }), now, data });
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

import { afterEach, describe, expect, test, vi } from 'vitest';
import { guardData as data } from './guardData';
import { blockedMarkKey, composeMarkKey } from '../domain/sendGuardProtocol';
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
  platform?: string;
  /** This email's other session data (kept between sends, as Outlook keeps it with the item). */
  store?: Record<string, string>;
  failWrite?: boolean;
  overrides?: Record<string, unknown>;
}) {
  const max = Number((opts.version ?? '1.15').split('.')[1]);
  const store = opts.store ?? {};
  return {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text' },
    PlatformType: { PC: 'PC', Mac: 'Mac' },
    // PromptUser arrived with Mailbox 1.14 (SmartAlertsEventCompletedOptions.sendModeOverride).
    MailboxEnums: max >= 14 ? { SendModeOverride: { PromptUser: 'promptUser' } } : {},
    context: {
      diagnostics: { platform: opts.platform ?? 'PC' },
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
                : name in store
                  ? cb({ status: 'succeeded', value: store[name] })
                  : cb({ status: 'failed', error: { message: 'not found' } }),
            setAsync: (name: string, value: string, cb: Cb) =>
              opts.failWrite
                ? cb({ status: 'failed', error: { message: 'no room' } })
                : ((store[name] = value), cb({ status: 'succeeded' })),
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
      errorMessageMarkdown: expect.stringContaining('Select **From** and choose **your site'),
      cancelLabel: 'Open NAS Assistant',
      commandId: openPaneCommandId,
      contextData: '{"nasAssistant":1,"kindId":"add-user"}',
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

  describe('a block never traps an email (Outlook can report From wrongly: office-js #1832, #6934)', () => {
    const personal = { from: 'amira.khan3@nhs.net' };
    test('the first send is blocked and leaves a record on this email; the second offers Send Anyway with the same words', async () => {
      const store: Record<string, string> = {};
      const first = (await run(office({ ...personal, store }))).options;
      expect(first.allowEvent).toBe(false);
      expect(first.sendModeOverride).toBeUndefined();
      expect(store[blockedMarkKey]).toBe('{"kindId":"add-user"}');
      const second = (await run(office({ ...personal, store }))).options;
      expect(second).toEqual({ ...first, sendModeOverride: 'promptUser' });
      // …and every send after that.
      expect((await run(office({ ...personal, store }))).options).toEqual(second);
    });

    test('another email (no record) is blocked the first time, whatever happened to this one', async () => {
      await run(office({ ...personal, store: { [blockedMarkKey]: '{"kindId":"add-user"}' } }));
      expect((await run(office({ ...personal, store: {} }))).options.sendModeOverride).toBeUndefined();
    });

    test('where Outlook has no Send Anyway (before Mailbox 1.14), the second send goes', async () => {
      const store: Record<string, string> = {};
      expect((await run(office({ ...personal, version: '1.13', store }))).options.allowEvent).toBe(false);
      expect((await run(office({ ...personal, version: '1.13', store }))).options).toEqual({ allowEvent: true });
    });

    test('a runtime without the PromptUser value counts as having no Send Anyway', async () => {
      const store: Record<string, string> = { [blockedMarkKey]: '{"kindId":"add-user"}' };
      expect((await run(office({ ...personal, store, overrides: {} }))).options.sendModeOverride).toBe('promptUser');
      const o = office({ ...personal, store });
      (o as unknown as { MailboxEnums: unknown }).MailboxEnums = { SendModeOverride: {} };
      expect((await run(o)).options).toEqual({ allowEvent: true });
    });

    test('when the record cannot be written, the first send already offers Send Anyway (or goes)', async () => {
      const withPrompt = (await run(office({ ...personal, failWrite: true }))).options;
      expect(withPrompt).toMatchObject({
        allowEvent: false,
        sendModeOverride: 'promptUser',
        errorMessage: expect.stringMatching(/shared mailbox/),
      });
      expect((await run(office({ ...personal, failWrite: true, version: '1.13' }))).options).toEqual({ allowEvent: true });
      expect((await run(office({ ...personal, overrides: { sessionData: undefined } }))).options.sendModeOverride).toBe('promptUser');
    });

    test('a record that is not ours is ignored', async () => {
      expect((await run(office({ ...personal, store: { [blockedMarkKey]: 'yes' } }))).options.sendModeOverride).toBeUndefined();
    });
  });

  describe('the newer Smart Alerts options, feature-detected', () => {
    const personal = { from: 'amira.khan3@nhs.net' };
    test('contextData names the blocked request and the confirmed mailbox for the pane', async () => {
      const session = JSON.stringify({ subject: sharedOnlySubject, sharedMailbox: 'care.vn6c2@nhs.net' });
      const { options } = await run(office({ ...personal, session }));
      expect(JSON.parse(options.contextData)).toEqual({ nasAssistant: 1, kindId: 'add-user', mailbox: 'care.vn6c2@nhs.net' });
      expect(options.commandId).toBe(openPaneCommandId);
    });

    test('Markdown from Mailbox 1.15 where released (not Mac, where it is in preview); the plain text always', async () => {
      const session = JSON.stringify({ subject: sharedOnlySubject, sharedMailbox: 'care_vn6c2@nhs.net' });
      const md = (await run(office({ ...personal, session }))).options.errorMessageMarkdown;
      expect(md).toContain('Select **From** and choose **care\\_vn6c2@nhs.net**');
      expect((await run(office({ ...personal, version: '1.14' }))).options.errorMessageMarkdown).toBeUndefined();
      expect((await run(office({ ...personal, platform: 'Mac' }))).options).toMatchObject({ errorMessage: expect.any(String) });
      expect((await run(office({ ...personal, platform: 'Mac' }))).options.errorMessageMarkdown).toBeUndefined();
    });
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

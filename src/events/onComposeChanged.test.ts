// The early warning on the email itself: one notice when an email to NAS has a From the send guard
// would block, gone as soon as From fits or NAS is no longer addressed; other email is only read.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { guardData as data } from './guardData';
import { composeTimeoutMs, onComposeChanged } from './onComposeChanged';
import { composeMarkKey, fromNoticeKey } from '../domain/sendGuardProtocol';
import { fakeEventOffice } from '../../test/support/fakeEventOffice.mjs';
import type { OfficeApi } from '../office/sendGuardOffice';

type State = { to: string[]; from: string; subject: string; session: Record<string, string>; notices: { key: string; message: string }[] };
const sharedOnly = 'New user accounts – VN6C2 – Sunrise House';

function email(opts: Parameters<typeof fakeEventOffice>[0] = {}) {
  const office = fakeEventOffice({ subject: sharedOnly, ...opts });
  return { office: office as unknown as OfficeApi, state: (office as unknown as { state: State }).state };
}

async function change(office: OfficeApi) {
  const completed = vi.fn();
  const outcome = await onComposeChanged({ completed }, { office, data });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(completed).toHaveBeenCalledWith();
  return outcome;
}

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('the From notice', () => {
  test('NAS addressed with a personal From on a shared-only request: one notice, in one sentence, saying what to pick', async () => {
    const { office, state } = email({ from: 'amira.khan3@nhs.net' });
    await change(office);
    expect(state.notices).toEqual([
      {
        key: fromNoticeKey,
        type: 'informationalMessage',
        message: 'NAS acts on "New user accounts" only from the shared mailbox: select From and choose your site\'s shared mailbox.',
        icon: 'Icon.16',
        persistent: true,
      },
    ]);
    // A second event replaces it rather than adding another.
    await change(office);
    expect(state.notices).toHaveLength(1);
  });

  test('the mailbox the pane confirmed (session data) is named, and the mark survives a subject edit', async () => {
    const session = { [composeMarkKey]: JSON.stringify({ subject: sharedOnly, sharedMailbox: 'care.vn6c2@nhs.net' }) };
    const { office, state } = email({ from: 'amira.khan3@nhs.net', subject: 'please action', session });
    await change(office);
    expect(state.notices[0]!.message).toBe(
      'NAS acts on "New user accounts" only from the shared mailbox: select From and choose care.vn6c2@nhs.net.',
    );
  });

  test('From fixed: the notice goes', async () => {
    const { office, state } = email({ from: 'amira.khan3@nhs.net' });
    await change(office);
    state.from = 'care.vn6c2@nhs.net';
    expect(await change(office)).toEqual({ decision: { action: 'clear' }, applied: true });
    expect(state.notices).toEqual([]);
    // …and back to the personal address: it comes back.
    state.from = 'amira.khan3@nhs.net';
    await change(office);
    expect(state.notices.map((n) => n.key)).toEqual([fromNoticeKey]);
  });

  test('NAS no longer addressed: the notice goes', async () => {
    const { office, state } = email({ from: 'amira.khan3@nhs.net' });
    await change(office);
    state.to = ['ward7@nhs.net'];
    await change(office);
    expect(state.notices).toEqual([]);
  });

  test('email not to NAS, or a request that may come from either: read, never changed (no notice, nothing removed or written)', async () => {
    for (const opts of [
      { to: ['ward7@nhs.net'], from: 'amira.khan3@nhs.net' },
      { from: 'amira.khan3@nhs.net', subject: 'Name change – VN6C2' },
      { from: 'amira.khan3@nhs.net', subject: 'Lunch' },
    ]) {
      const { office, state } = email(opts);
      const notices = (office.context.mailbox.item as unknown as { notificationMessages: Record<string, unknown> }).notificationMessages;
      const replace = vi.spyOn(notices as { replaceAsync: () => void }, 'replaceAsync');
      const remove = vi.spyOn(notices as { removeAsync: () => void }, 'removeAsync');
      await change(office);
      expect(replace).not.toHaveBeenCalled();
      expect(remove).not.toHaveBeenCalled();
      expect(state.notices).toEqual([]);
      expect(state.session).toEqual({});
    }
  });

  test('the body is never read', async () => {
    const { office } = email({ from: 'amira.khan3@nhs.net' });
    const body = vi.spyOn((office.context.mailbox.item as unknown as { body: { getAsync: () => void } }).body, 'getAsync');
    await change(office);
    expect(body).not.toHaveBeenCalled();
  });
});

describe('fails open and always completes', () => {
  test('Outlook refusing notifications: completes, nothing shown', async () => {
    const { office, state } = email({ from: 'amira.khan3@nhs.net', failNotices: true });
    expect(await change(office)).toMatchObject({ decision: { action: 'show' }, applied: false });
    expect(state.notices).toEqual([]);
  });

  test('the email cannot be read: any notice is removed (no notice rather than a stale one)', async () => {
    const { office, state } = email({ from: 'amira.khan3@nhs.net' });
    await change(office);
    (office.context.mailbox.item as unknown as { to: unknown }).to = {
      getAsync: (cb: (r: unknown) => void) => cb({ status: 'failed', error: { message: 'no' } }),
    };
    expect(await change(office)).toEqual({ decision: 'unread', applied: true });
    expect(state.notices).toEqual([]);
  });

  test('every Office call throwing: completes at once', async () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('gone');
        },
      },
    );
    expect(await change(throwing as OfficeApi)).toMatchObject({ decision: 'unread', applied: false });
  });

  test('a call that never answers: completed within the time limit, once', async () => {
    vi.useFakeTimers();
    const { office } = email({ from: 'amira.khan3@nhs.net', hang: true });
    const completed = vi.fn();
    void onComposeChanged({ completed }, { office, data });
    await vi.advanceTimersByTimeAsync(composeTimeoutMs - 1);
    // Each call has 2 s; the read gives up, and the removal (nothing to remove) answers at once.
    expect(completed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(composeTimeoutMs * 2);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('the whole handler is cut off at its own limit', async () => {
    vi.useFakeTimers();
    const { office } = email({ from: 'amira.khan3@nhs.net' });
    const item = office.context.mailbox.item as unknown as { notificationMessages: { replaceAsync: () => void } };
    item.notificationMessages.replaceAsync = () => undefined; // never answers
    const completed = vi.fn();
    void onComposeChanged({ completed }, { office, data, timeoutMs: 500 });
    await vi.advanceTimersByTimeAsync(499);
    expect(completed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('completed throwing does not escape', async () => {
    const { office } = email({ from: 'amira.khan3@nhs.net' });
    const completed = () => {
      throw new Error('gone');
    };
    await expect(onComposeChanged({ completed }, { office, data })).resolves.toBeDefined();
  });
});

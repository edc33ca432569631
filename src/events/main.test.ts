// The event-runtime entry: the load-time statements register the handlers by their manifest names,
// each handler runs with the runtime's Office and the build's data, and anything thrown before the
// guard starts allows the send.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { guardData } from './guardData';
import { fakeEventOffice } from '../../test/support/fakeEventOffice.mjs';
// Loaded once, outside any test: each reload below re-evaluates main.ts alone. Reloading the whole
// graph inside a test would make the domain's module-level patterns count as covered by this test
// only, so Stryker would judge their mutants on it alone.
import * as onMessageSendModule from './onMessageSend';
import * as onComposeChangedModule from './onComposeChanged';
import * as sendGuardOfficeModule from '../office/sendGuardOffice';

async function loadMain() {
  const associate = vi.fn();
  vi.stubGlobal('Office', fakeEventOffice({ from: 'amira.khan3@nhs.net', associate }));
  vi.resetModules();
  vi.doMock('./onMessageSend', () => onMessageSendModule);
  vi.doMock('./onComposeChanged', () => onComposeChangedModule);
  vi.doMock('../office/sendGuardOffice', () => sendGuardOfficeModule);
  await import('./main');
  return associate;
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('events entry', () => {
  test('registers each handler the manifests name, once, on load: the send guard and the two compose events (one function)', async () => {
    const associate = await loadMain();
    expect(associate.mock.calls.map((c) => c[0])).toEqual([
      'onMessageSendHandler',
      'onMessageFromChangedHandler',
      'onMessageRecipientsChangedHandler',
    ]);
    expect(associate.mock.calls[1]![1]).toBe(associate.mock.calls[2]![1]);
    expect(associate.mock.calls[0]![1]).not.toBe(associate.mock.calls[1]![1]);
  });

  test('the compose handler runs with the runtime Office and the built data: a notice on a blocked-to-be email', async () => {
    vi.stubGlobal('__NAS_GUARD_DATA__', guardData);
    const associate = await loadMain();
    const office = (globalThis as unknown as { Office: { state: { notices: { key: string }[] } } }).Office;
    const completed = vi.fn();
    (associate.mock.calls[1]![1] as (e: unknown) => void)({ completed });
    await vi.waitFor(() => expect(completed).toHaveBeenCalledTimes(1));
    expect(office.state.notices.map((n) => n.key)).toEqual(['nasAssistantFrom']);
  });

  test('the compose handler failing before it starts (no built data) completes at once', async () => {
    const associate = await loadMain();
    const completed = vi.fn();
    (associate.mock.calls[2]![1] as (e: unknown) => void)({ completed });
    await vi.waitFor(() => expect(completed).toHaveBeenCalledTimes(1));
    expect(completed).toHaveBeenCalledWith();
  });

  test('the handler runs the guard with the runtime Office and the built data: a shared-only request from a personal From is blocked', async () => {
    vi.stubGlobal('__NAS_GUARD_DATA__', guardData);
    const associate = await loadMain();
    const handler = associate.mock.calls[0]![1] as (event: { completed: (o: unknown) => void }) => void;
    const completed = vi.fn();
    handler({ completed });
    await vi.waitFor(() => expect(completed).toHaveBeenCalledTimes(1));
    expect(completed.mock.calls[0]![0]).toMatchObject({ allowEvent: false, errorMessage: expect.stringMatching(/shared mailbox/) });
  });

  test('the guard failing before it starts (no built data) allows the send at once', async () => {
    const associate = await loadMain();
    const handler = associate.mock.calls[0]![1] as (event: { completed: (o: unknown) => void }) => void;
    const completed = vi.fn();
    handler({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });
});

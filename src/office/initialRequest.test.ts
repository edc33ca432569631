// Take Action on a blocked send opens the pane with the guard's contextData: the Outlook host reads it
// (item.getInitializationContextAsync) and hands the pane only a request it recognises.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OfficeHost } from './officeHost';
import { composeItem, fail, hang, installOffice, ok, readItem, uninstallOffice } from './officeMock';

afterEach(() => {
  vi.useRealTimers();
  uninstallOffice();
});

describe('OfficeHost.initialRequest', () => {
  test('the send guard’s context: the request, and the mailbox when it named one', async () => {
    installOffice({
      item: composeItem({ getInitializationContextAsync: ok('{"nasAssistant":1,"kindId":"add-user","mailbox":"care.vn6c2@nhs.net"}') }),
    });
    expect(await new OfficeHost().initialRequest()).toEqual({ kindId: 'add-user', mailbox: 'care.vn6c2@nhs.net' });
    installOffice({ item: composeItem({ getInitializationContextAsync: ok('{"nasAssistant":1,"kindId":"leaver"}') }) });
    expect(await new OfficeHost().initialRequest()).toEqual({ kindId: 'leaver', mailbox: undefined });
  });

  test('opened any other way: no context, someone else’s, a failure, no such call, or read mode', async () => {
    for (const item of [
      composeItem({ getInitializationContextAsync: ok('') }),
      composeItem({ getInitializationContextAsync: ok('{"kindId":"add-user"}') }),
      composeItem({ getInitializationContextAsync: fail('No context') }),
      composeItem(),
      readItem({ getInitializationContextAsync: ok('{"nasAssistant":1,"kindId":"add-user"}') }),
    ]) {
      installOffice({ item });
      expect(await new OfficeHost().initialRequest()).toBeUndefined();
    }
    installOffice({ item: null });
    expect(await new OfficeHost().initialRequest()).toBeUndefined();
  });

  test('no answer: undefined by the deadline, never a rejection', async () => {
    vi.useFakeTimers();
    installOffice({ item: composeItem({ getInitializationContextAsync: hang() }) });
    let settled: unknown = 'pending';
    void new OfficeHost().initialRequest().then((v) => (settled = v));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(settled).toBeUndefined();
  });
});

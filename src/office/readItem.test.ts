// Reading the selected message: Office.js (feature-detected, time-out, size limit) and the
// in-memory host (query parameters) must agree.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readSelectedItem, bodyLimit, bodyTimeoutMs } from './readItem';
import { MemoryHost } from './memoryHost';
import { OfficeHost } from './officeHost';
import { memoryStorage } from './host';
import { defaultScenario, scenarioFromQuery, scenarioToQuery } from './scenario';

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;
const office = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Text: 'text', Html: 'html' },
} as unknown as typeof Office;
const all = () => true;

function item(overrides: Record<string, unknown> = {}) {
  return {
    subject: 'RE: Joiners [INC0123456]',
    from: { emailAddress: 'helpdesk@nhs.net', displayName: 'NHSmail Helpdesk' },
    dateTimeCreated: new Date('2026-11-20T09:15:00Z'),
    body: { getAsync: vi.fn((_type: unknown, cb: Callback) => cb({ status: 'succeeded', value: 'Logged.' })) },
    ...overrides,
  };
}

afterEach(() => vi.useRealTimers());

describe('Office.js read mode', () => {
  test('subject, sender, received date and the body as plain text', async () => {
    const it = item();
    expect(await readSelectedItem(it, all, office)).toEqual({
      subject: 'RE: Joiners [INC0123456]',
      from: { address: 'helpdesk@nhs.net', displayName: 'NHSmail Helpdesk' },
      received: '2026-11-20T09:15:00.000Z',
      body: 'Logged.',
    });
    expect(it.body.getAsync).toHaveBeenCalledWith('text', expect.any(Function));
  });

  test('the body is cut to 20,000 characters', async () => {
    expect(bodyLimit).toBe(20_000);
    const long = item({
      body: { getAsync: (_t: unknown, cb: Callback) => cb({ status: 'succeeded', value: 'x'.repeat(bodyLimit + 500) }) },
    });
    expect((await readSelectedItem(long, all, office))!.body.length).toBe(bodyLimit);
  });

  test('a body that never comes is given up after 3 seconds; subject and sender still count', async () => {
    expect(bodyTimeoutMs).toBe(3000);
    vi.useFakeTimers();
    const hung = item({ body: { getAsync: () => undefined } });
    let settled = false;
    const pending = readSelectedItem(hung, all, office).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ subject: 'RE: Joiners [INC0123456]', body: '' });
  });

  test('a failed or throwing body read leaves the body empty', async () => {
    const failed = item({ body: { getAsync: (_t: unknown, cb: Callback) => cb({ status: 'failed', error: { message: 'denied' } }) } });
    expect((await readSelectedItem(failed, all, office))!.body).toBe('');
    const throws = item({
      body: {
        getAsync: () => {
          throw new Error('boom');
        },
      },
    });
    expect((await readSelectedItem(throws, all, office))!.body).toBe('');
  });

  test('feature detection: before Mailbox 1.3, or with properties missing, only what exists is read', async () => {
    const it = item();
    expect(await readSelectedItem(it, (v) => v !== '1.3', office)).toMatchObject({ body: '' });
    expect(it.body.getAsync).not.toHaveBeenCalled();
    expect(await readSelectedItem({ subject: { getAsync: vi.fn() } }, all, office)).toEqual({ subject: '', body: '' });
    expect(await readSelectedItem(item({ dateTimeCreated: new Date('nonsense'), from: undefined }), all, office)).toEqual({
      subject: 'RE: Joiners [INC0123456]',
      body: 'Logged.',
    });
    expect(await readSelectedItem(undefined, all, office)).toBeUndefined();
  });
});

describe('the preview: query parameters', () => {
  const query =
    '?itemFrom=SMITH%2C%20Jane%20%3Cjane.smith%40nhs.net%3E&itemSubject=Leaving&itemBody=I%20am%20leaving%20the%20home.&itemReceived=2026-11-20T09%3A15%3A00Z';

  test('itemFrom (with a display name), itemSubject, itemBody and itemReceived make the selected message', async () => {
    const scenario = scenarioFromQuery(query);
    expect(scenario.item).toEqual({
      subject: 'Leaving',
      from: { address: 'jane.smith@nhs.net', displayName: 'SMITH, Jane' },
      received: '2026-11-20T09:15:00Z',
      body: 'I am leaving the home.',
    });
    expect(await new MemoryHost(scenario, memoryStorage()).readItem()).toEqual(scenario.item);
    expect(scenarioFromQuery(scenarioToQuery(scenario)).item).toEqual(scenario.item);
  });

  test('no item parameters: no selected message; a bare address works too', async () => {
    expect(scenarioFromQuery('?mode=read').item).toBeUndefined();
    expect(await new MemoryHost(defaultScenario, memoryStorage()).readItem()).toBeUndefined();
    expect(scenarioFromQuery('?itemFrom=helpdesk%40nhs.net').item).toEqual({
      subject: '',
      from: { address: 'helpdesk@nhs.net' },
      body: '',
    });
  });

  test('behaves like Outlook: nothing in compose mode, the same body limit, and it can fail', async () => {
    const item = { subject: 'S', body: 'y'.repeat(bodyLimit + 1) };
    expect(await new MemoryHost({ ...defaultScenario, mode: 'compose', item }, memoryStorage()).readItem()).toBeUndefined();
    expect((await new MemoryHost({ ...defaultScenario, item }, memoryStorage()).readItem())!.body.length).toBe(bodyLimit);
    await expect(new MemoryHost({ ...defaultScenario, item, fail: ['readItem'] }, memoryStorage()).readItem()).rejects.toMatchObject({
      name: 'HostError',
      operation: 'readItem',
    });
  });

  test('selecting another message tells subscribers the item changed', async () => {
    const host = new MemoryHost(defaultScenario, memoryStorage());
    const changes: string[] = [];
    host.subscribe((c) => changes.push(c));
    host.selectMessage({ subject: 'Next', body: '' });
    expect(changes).toEqual(['item']);
    expect(await host.readItem()).toEqual({ subject: 'Next', body: '' });
  });
});

describe('OfficeHost.readItem', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });
  test('reads the selected message in read mode, and nothing in compose mode or with no item', async () => {
    const context = { requirements: { isSetSupported: () => true }, mailbox: { item: item() as unknown } };
    (globalThis as { Office?: unknown }).Office = { ...office, context };
    const host = new OfficeHost();
    expect(await host.readItem()).toMatchObject({
      subject: 'RE: Joiners [INC0123456]',
      from: { address: 'helpdesk@nhs.net' },
      body: 'Logged.',
    });
    context.mailbox.item = { subject: { getAsync: vi.fn() }, body: { getAsync: vi.fn() } };
    expect(await host.readItem()).toBeUndefined();
    context.mailbox.item = undefined;
    expect(await host.readItem()).toBeUndefined();
  });
});

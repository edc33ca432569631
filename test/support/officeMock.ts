// Test support (not shipped): Office.js for Outlook on office-addin-mock, with the awkward parts of
// the real thing: mailbox.removeHandlerAsync(type) removes every handler of that type, and any
// call can be made to fail or to never answer.

import { vi } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';

export type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;
// Office callbacks always come last, after any data or options.
export const ok =
  (value?: unknown) =>
  (...args: unknown[]) =>
    (args.at(-1) as Callback)({ status: 'succeeded', value });
export const fail =
  (message: string) =>
  (...args: unknown[]) =>
    (args.at(-1) as Callback)({ status: 'failed', error: { message } });
/** A call Outlook never answers; counts how often it was started. */
export const hang = () => vi.fn((..._args: unknown[]) => undefined);

export interface InstalledOffice {
  context: { mailbox: Record<string, ReturnType<typeof vi.fn>> & { item: Record<string, unknown> } };
  /** Handlers Outlook holds, by event type. */
  handlers: Map<string, ((args?: unknown) => void)[]>;
  /** Outlook fires an event: every handler registered for the type runs. */
  fire(type: string, args?: unknown): void;
}

/** Installs an Office mock for Outlook: `version` is the highest Mailbox requirement set the client supports. */
export function installOffice(opts: {
  version?: string;
  item?: Record<string, unknown> | null;
  mailbox?: Record<string, unknown>;
  theme?: string;
  partitionKey?: string;
}): InstalledOffice {
  const max = Number((opts.version ?? '1.16').split('.')[1]);
  const handlers = new Map<string, ((args?: unknown) => void)[]>();
  const mock = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    HostType: { Outlook: 'Outlook' },
    context: {
      partitionKey: opts.partitionKey,
      requirements: { isSetSupported: (name: string, v: string) => name === 'Mailbox' && Number(v.split('.')[1]) <= max },
      officeTheme: { bodyBackgroundColor: opts.theme ?? '#ffffff' },
      mailbox: {
        userProfile: { emailAddress: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
        item: opts.item === null ? undefined : (opts.item ?? readItem()),
        addHandlerAsync: vi.fn((type: string, handler: (args?: unknown) => void, ...rest: unknown[]) => {
          handlers.set(type, [...(handlers.get(type) ?? []), handler]);
          const cb = rest.at(-1);
          if (typeof cb === 'function') (cb as Callback)({ status: 'succeeded' });
        }),
        // As documented for Outlook: the handlers (all of them) for the event type are removed.
        removeHandlerAsync: vi.fn((type: string, ...rest: unknown[]) => {
          handlers.delete(type);
          const cb = rest.at(-1);
          if (typeof cb === 'function') (cb as Callback)({ status: 'succeeded' });
        }),
        displayNewMessageForm: vi.fn(),
        ...opts.mailbox,
      },
    },
  });
  (globalThis as { Office?: unknown }).Office = mock;
  const installed = mock as unknown as InstalledOffice;
  return {
    context: installed.context,
    handlers,
    fire: (type, args) => [...(handlers.get(type) ?? [])].forEach((h) => h(args)),
  };
}

export function uninstallOffice() {
  delete (globalThis as { Office?: unknown }).Office;
}

export function readItem(overrides: Record<string, unknown> = {}) {
  return {
    subject: 'Referral for Mrs A',
    to: [{ emailAddress: 'care.vn6c2@nhs.net', displayName: 'Care.VN6C2 (Sunrise House, Durham)' }],
    from: { emailAddress: 'ward7@nhs.net', displayName: 'Ward 7' },
    getSharedPropertiesAsync: ok({ owner: 'care.vn6c2@nhs.net' }),
    ...overrides,
  };
}

export function composeItem(overrides: Record<string, unknown> = {}) {
  return {
    subject: { getAsync: ok(''), setAsync: vi.fn((_v: string, cb: Callback) => cb({ status: 'succeeded' })) },
    to: { setAsync: vi.fn((_v: string[], cb: Callback) => cb({ status: 'succeeded' })) },
    from: { getAsync: ok({ emailAddress: 'care.vn6c2@nhs.net', displayName: 'Amira Khan' }) },
    getSharedPropertiesAsync: ok({ owner: 'care.vn6c2@nhs.net' }),
    body: {
      getTypeAsync: ok('html'),
      getAsync: ok(''),
      setAsync: vi.fn((_v: string, _o: unknown, cb: Callback) => cb({ status: 'succeeded' })),
      prependAsync: vi.fn((_v: string, _o: unknown, cb: Callback) => cb({ status: 'succeeded' })),
    },
    ...overrides,
  };
}

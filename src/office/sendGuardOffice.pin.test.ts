// Pins the send guard's Office adapter at its edges (mutation testing, issue 11): failures read as
// "no" (false, undefined), never as a throw, and the load-time registration only where Office is.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { associateSendHandler, eventRuntimeOffice, sendGuardOffice, type OfficeApi } from './sendGuardOffice';

const throwing = (): never => {
  throw new Error('not in this runtime');
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sendGuardOffice (pinned)', () => {
  test('a requirement check that throws is false, not undefined', () => {
    const office = { context: { requirements: { isSetSupported: throwing } } } as unknown as OfficeApi;
    expect(sendGuardOffice(office, 2000).supportsSendAnyway()).toBe(false);
  });

  test('Mailbox 1.14 is asked for by name, and only a true answer counts', () => {
    const isSetSupported = vi.fn((set: string, version: string) => set === 'Mailbox' && version === '1.14');
    const office = { context: { requirements: { isSetSupported } } } as unknown as OfficeApi;
    expect(sendGuardOffice(office, 2000).supportsSendAnyway()).toBe(true);
    expect(isSetSupported).toHaveBeenCalledWith('Mailbox', '1.14');
    const truthy = { context: { requirements: { isSetSupported: () => 'yes' } } } as unknown as OfficeApi;
    expect(sendGuardOffice(truthy, 2000).supportsSendAnyway()).toBe(false);
  });

  test('no context to read the partition from: no storage, no throw', () => {
    const office = {
      get context(): never {
        return throwing();
      },
    } as unknown as OfficeApi;
    expect(sendGuardOffice(office, 2000).storage()).toBeUndefined();
  });

  test('Send Anyway is the runtime’s PromptUser value, from Mailbox 1.14 (SmartAlertsEventCompletedOptions.sendModeOverride)', () => {
    const at = (version: string, enums: unknown) =>
      ({
        MailboxEnums: enums,
        context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split('.')[1]) <= Number(version.split('.')[1]) } },
      }) as unknown as OfficeApi;
    const enums = { SendModeOverride: { PromptUser: 'promptUser' } };
    expect(sendGuardOffice(at('1.14', enums), 2000).promptUser()).toBe('promptUser');
    expect(sendGuardOffice(at('1.13', enums), 2000).promptUser()).toBeUndefined();
    expect(sendGuardOffice(at('1.15', {}), 2000).promptUser()).toBeUndefined();
    expect(sendGuardOffice(at('1.15', { SendModeOverride: { PromptUser: '' } }), 2000).promptUser()).toBeUndefined();
  });

  test('Markdown from Mailbox 1.15, except on Mac (preview there); a platform that cannot be read means no', () => {
    const office = (version: string, platform: unknown) =>
      ({
        PlatformType: { Mac: 'Mac' },
        context: {
          diagnostics: platform === 'throw' ? undefined : { platform },
          requirements: { isSetSupported: (_: string, v: string) => Number(v.split('.')[1]) <= Number(version.split('.')[1]) },
        },
      }) as unknown as OfficeApi;
    expect(sendGuardOffice(office('1.15', 'PC'), 2000).supportsMarkdown()).toBe(true);
    expect(sendGuardOffice(office('1.15', 'OfficeOnline'), 2000).supportsMarkdown()).toBe(true);
    expect(sendGuardOffice(office('1.14', 'PC'), 2000).supportsMarkdown()).toBe(false);
    expect(sendGuardOffice(office('1.15', 'Mac'), 2000).supportsMarkdown()).toBe(false);
    expect(sendGuardOffice(office('1.15', 'throw'), 2000).supportsMarkdown()).toBe(false);
  });
});

describe('the event runtime’s Office (pinned)', () => {
  test('undefined where there is no Office, or it is null', () => {
    expect(eventRuntimeOffice()).toBeUndefined();
    vi.stubGlobal('Office', null);
    expect(eventRuntimeOffice()).toBeUndefined();
  });

  test('the global Office where there is one', () => {
    const office = { actions: { associate: vi.fn() } };
    vi.stubGlobal('Office', office);
    expect(eventRuntimeOffice()).toBe(office);
  });

  test('the handler is associated by name where Office.actions exists, and nothing throws elsewhere', () => {
    const handler = () => undefined;
    expect(() => associateSendHandler('onMessageSendHandler', handler)).not.toThrow();
    vi.stubGlobal('Office', null);
    expect(() => associateSendHandler('onMessageSendHandler', handler)).not.toThrow();
    vi.stubGlobal('Office', {});
    expect(() => associateSendHandler('onMessageSendHandler', handler)).not.toThrow();
    const associate = vi.fn();
    vi.stubGlobal('Office', { actions: { associate } });
    associateSendHandler('onMessageSendHandler', handler);
    expect(associate).toHaveBeenCalledTimes(1);
    expect(associate).toHaveBeenCalledWith('onMessageSendHandler', handler);
  });
});

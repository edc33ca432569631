import { describe, expect, test } from 'vitest';
import { detectMailbox, knownPersonal, sameAddress, typedMailboxAddress } from './detectMailbox';

describe('detectMailbox', () => {
  test('compose From naming the shared mailbox wins, with the site name from the recipients seen', () => {
    const d = detectMailbox(
      [
        { source: 'user-profile', address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
        { source: 'from', address: 'care.vn6c2@nhs.net', displayName: 'Amira Khan' },
      ],
      { 'care.vn6c2@nhs.net': 'Care.VN6C2 (Sunrise House, Durham)' },
    );
    expect(d.source).toBe('from');
    expect(d.site).toMatchObject({ address: 'care.vn6c2@nhs.net', siteName: 'Sunrise House', town: 'Durham' });
    expect(d.inUse.address).toBe('care.vn6c2@nhs.net');
  });

  test('read mode: the shared-properties owner identifies the site when the profile is the person', () => {
    const d = detectMailbox([
      { source: 'user-profile', address: 'amira.khan3@nhs.net' },
      { source: 'shared-properties', address: 'care.vn6c2@nhs.net' },
    ]);
    expect(d).toMatchObject({ source: 'shared-properties', mailbox: { kind: 'shared', odsCode: 'VN6C2' } });
  });

  test('a personal From with a remembered site: the site is used, and the mailbox in use stays personal', () => {
    const d = detectMailbox([
      { source: 'from', address: 'amira.khan3@nhs.net' },
      { source: 'remembered', address: 'care.vn6c2@nhs.net' },
    ]);
    expect(d.source).toBe('remembered');
    expect(d.site?.address).toBe('care.vn6c2@nhs.net');
    expect(d.inUse).toEqual({ kind: 'personal', address: 'amira.khan3@nhs.net' });
  });

  test('only a personal profile: Outlook did not say which mailbox is in use, so nothing is claimed', () => {
    const d = detectMailbox([{ source: 'user-profile', address: 'amira.khan3@nhs.net' }]);
    expect(d.site).toBeUndefined();
    expect(d.inUseSource).toBeUndefined();
    expect(d.inUse).toEqual({ kind: 'other', address: '' });
    expect(knownPersonal(d)).toBe(false);
  });

  test('a personal From says the mailbox in use is personal', () => {
    const d = detectMailbox([
      { source: 'user-profile', address: 'amira.khan3@nhs.net' },
      { source: 'from', address: 'amira.khan3@nhs.net' },
    ]);
    expect(d).toMatchObject({ inUseSource: 'from', inUse: { kind: 'personal', address: 'amira.khan3@nhs.net' } });
    expect(knownPersonal(d)).toBe(true);
  });

  test('a profile that is itself a shared mailbox (OWA tab) names the mailbox in use', () => {
    const d = detectMailbox([{ source: 'user-profile', address: 'care.vn6c2@nhs.net' }]);
    expect(d).toMatchObject({ inUseSource: 'user-profile', source: 'user-profile', site: { odsCode: 'VN6C2' } });
  });

  test('a site typed from a known personal From: composed as the person, for the typed site', () => {
    const d = detectMailbox([
      { source: 'from', address: 'amira.khan3@nhs.net' },
      { source: 'typed', address: 'care.vn6c2@nhs.net' },
    ]);
    expect(d.site?.address).toBe('care.vn6c2@nhs.net');
    expect(d.mailbox).toEqual({ kind: 'personal', address: 'amira.khan3@nhs.net' });
  });

  test('a site typed when Outlook did not say: composed as the site', () => {
    const d = detectMailbox([
      { source: 'user-profile', address: 'amira.khan3@nhs.net' },
      { source: 'typed', address: 'care.vn6c2@nhs.net' },
    ]);
    expect(d.inUseSource).toBeUndefined();
    expect(d.mailbox).toMatchObject({ kind: 'shared', address: 'care.vn6c2@nhs.net' });
  });

  test('a typed mailbox overrides what Outlook reports ("Not this mailbox?")', () => {
    const d = detectMailbox([
      { source: 'from', address: 'care.vn6c2@nhs.net' },
      { source: 'typed', address: 'care.vl86q@nhs.net' },
    ]);
    expect(d).toMatchObject({ source: 'typed', site: { odsCode: 'VL86Q' }, inUse: { address: 'care.vn6c2@nhs.net' } });
    // The user said the shared mailbox in use is the wrong one: the request is for the typed site.
    expect(d.mailbox).toMatchObject({ odsCode: 'VL86Q' });
  });

  test("a person's name reported as the shared mailbox's display name is ignored (office-js #6713)", () => {
    const d = detectMailbox([{ source: 'from', address: 'care.vn6c2@nhs.net', displayName: 'Amira Khan' }]);
    expect(d.site?.siteName).toBeUndefined();
    expect(d.site?.warnings).toEqual([]);
  });

  test('typed ODS codes become addresses; addresses compare without case', () => {
    expect(typedMailboxAddress(' vn6c2 ')).toBe('care.vn6c2@nhs.net');
    expect(typedMailboxAddress('FH542', 'pharmacy')).toBe('pharmacy.FH542@nhs.net');
    expect(typedMailboxAddress('care.VN6C2')).toBe('care.VN6C2@nhs.net');
    expect(typedMailboxAddress('care.vn6c2@nhs.net')).toBe('care.vn6c2@nhs.net');
    expect(sameAddress('Care.VN6C2@nhs.net ', 'care.vn6c2@nhs.net')).toBe(true);
    expect(sameAddress(undefined, 'care.vn6c2@nhs.net')).toBe(false);
  });
});

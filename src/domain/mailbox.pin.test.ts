// Pins mailbox detection, identity, sender advice and NAS hours at their edges (mutation testing,
// issue 11): which display name is trusted, addresses compared trimmed and in any case, each
// sender rule's judgement, 09:00 and 17:00 to the minute.
import { describe, expect, test } from 'vitest';
import { detectMailbox, knownPersonal, sameAddress, typedMailboxAddress } from './detectMailbox';
import { identifyMailbox } from './mailboxIdentity';
import { nasAvailability, nasHoursApplyTo } from './nasHours';
import { judgeDetection, judgeSender } from './senderAdvice';

const site = 'Care.VN6C2 (Sunrise House, Durham)';

describe('detectMailbox (pinned)', () => {
  test('a signal without an address says nothing, even a From', () => {
    const d = detectMailbox([
      { source: 'from', address: '' },
      { source: 'user-profile', address: 'amira.khan3@nhs.net' },
    ]);
    expect(d.inUseSource).toBeUndefined();
    expect(d.inUse).toEqual({ kind: 'other', address: '' });
  });

  test("the signal's own display name is used when no other is seen", () => {
    const d = detectMailbox([{ source: 'from', address: 'care.vn6c2@nhs.net', displayName: site }]);
    expect(d.site).toMatchObject({ siteName: 'Sunrise House', town: 'Durham' });
  });

  test('a display name seen elsewhere counts for the address trimmed and in any case, when it looks like a site name', () => {
    const d = detectMailbox([{ source: 'from', address: ' Care.VN6C2@nhs.net ', displayName: 'Amira Khan' }], {
      'care.vn6c2@nhs.net': `  ${site}`,
    });
    expect(d.site).toMatchObject({ siteName: 'Sunrise House', town: 'Durham' });
  });

  test("a display name seen elsewhere that is a person's name loses to the signal's own", () => {
    const d = detectMailbox([{ source: 'from', address: 'care.vn6c2@nhs.net', displayName: site }], {
      'care.vn6c2@nhs.net': 'Amira Khan via pharmacy.fh542',
    });
    expect(d.site).toMatchObject({ siteName: 'Sunrise House' });
  });

  test('knownPersonal: only when Outlook said, and the mailbox is a person’s', () => {
    const personal = identifyMailbox('amira.khan3@nhs.net');
    expect(knownPersonal({ inUse: personal, inUseSource: 'from', mailbox: personal })).toBe(true);
    expect(knownPersonal({ inUse: personal, mailbox: personal })).toBe(false);
    const shared = identifyMailbox('care.vn6c2@nhs.net');
    expect(knownPersonal({ inUse: shared, inUseSource: 'from', mailbox: shared })).toBe(false);
  });

  test('typed addresses: a prefix is replaced only at the start; an address is kept', () => {
    expect(typedMailboxAddress(' vn6c2 ')).toBe('care.vn6c2@nhs.net');
    expect(typedMailboxAddress('Pharmacy.FH542', 'pharmacy')).toBe('pharmacy.FH542@nhs.net');
    expect(typedMailboxAddress('xcare.vn6c2')).toBe('care.xcare.vn6c2@nhs.net');
    expect(typedMailboxAddress('dental.v1@nhs.net')).toBe('dental.v1@nhs.net');
  });

  test('sameAddress compares trimmed, in any case; a missing address is never the same', () => {
    expect(sameAddress('care.vn6c2@nhs.net', ' Care.VN6C2@NHS.net ')).toBe(true);
    expect(sameAddress(' Care.VN6C2@NHS.net ', 'care.vn6c2@nhs.net')).toBe(true);
    expect(sameAddress('care.vn6c2@nhs.net', 'care.vn6c3@nhs.net')).toBe(false);
    expect(sameAddress(undefined, undefined)).toBe(false);
    expect(sameAddress('', '')).toBe(false);
  });
});

describe('identifyMailbox display names (pinned)', () => {
  test('no address is other with an empty address', () => {
    expect(identifyMailbox(undefined as never)).toEqual({ kind: 'other', address: '' });
  });

  test('a display name with spaces around it still gives the site name', () => {
    expect(identifyMailbox('care.vn6c2@nhs.net', `  ${site}  `)).toMatchObject({ siteName: 'Sunrise House', town: 'Durham' });
  });

  test('a name or town ending in a space is not used', () => {
    expect(identifyMailbox('care.vn6c2@nhs.net', 'Care.VN6C2 (Sunrise House , Durham)')).not.toHaveProperty('siteName');
    expect(identifyMailbox('care.vn6c2@nhs.net', 'Care.VN6C2 (Sunrise House, Durham )')).not.toHaveProperty('town');
  });

  test('a display name of any length is judged: for another mailbox it is warned about, too long for this one it is refused with a reason', () => {
    const other = (n: number) => `Care.AB123 (${'x'.repeat(n - 13)})`;
    expect(identifyMailbox('care.vn6c2@nhs.net', other(40_000))).toMatchObject({
      warnings: [expect.stringMatching(/for another mailbox/)],
    });
    const long = identifyMailbox('care.vn6c2@nhs.net', `Care.VN6C2 (${'A'.repeat(61)}, ${'D'.repeat(40)})`);
    expect(long).not.toHaveProperty('siteName');
    expect(long.kind === 'shared' && long.warnings).toEqual([
      'The display name on this message (Care.VN6C2 …) was not used for the site name: it is longer than a site name (60 characters) and town (40) can be. You can enter the site name yourself.',
    ]);
  });
});

describe('judgeSender (pinned)', () => {
  const shared = identifyMailbox('care.vn6c2@nhs.net');
  const personal = identifyMailbox('amira.khan3@nhs.net');

  test('a shared address given as "personal" is not offered as the person’s own', () => {
    expect(judgeSender('shared', undefined, 'care.vn6c2@nhs.net', 'pharmacy.fh542@nhs.net')).toEqual({
      kind: 'unknown',
      rule: 'shared',
      site: 'care.vn6c2@nhs.net',
      personal: undefined,
    });
    expect(judgeSender('personal', shared, undefined, 'care.vn6c2@nhs.net')).toEqual({
      kind: 'pick-personal',
      personal: undefined,
      from: 'care.vn6c2@nhs.net',
    });
    expect(judgeSender('personal', shared, undefined, 'amira.khan3@nhs.net')).toEqual({
      kind: 'pick-personal',
      personal: 'amira.khan3@nhs.net',
      from: 'care.vn6c2@nhs.net',
    });
  });

  test('shared rule: a personal mailbox in use is told to pick the shared one, site known or not', () => {
    expect(judgeSender('shared', personal, undefined)).toEqual({ kind: 'pick-shared', site: undefined, from: 'amira.khan3@nhs.net' });
    expect(judgeSender('shared', shared, undefined)).toEqual({ kind: 'ok', address: 'care.vn6c2@nhs.net' });
  });

  test('judgeDetection without a known site', () => {
    expect(judgeDetection('shared', { inUse: personal, inUseSource: 'from', mailbox: personal })).toEqual({
      kind: 'pick-shared',
      site: undefined,
      from: 'amira.khan3@nhs.net',
    });
  });
});

describe('NAS hours (pinned)', () => {
  test('the hours concern an email when any recipient is a NAS address', () => {
    expect(nasHoursApplyTo(['ward7@nhs.net', 'HelpDesk@nhs.net'])).toBe(true);
    expect(nasHoursApplyTo(['feedback@nhs.net'])).toBe(false);
  });

  test('open from 09:00 to 16:59 UK time; closed at 17:00', () => {
    expect(nasAvailability(new Date('2026-11-18T09:00:00Z'))).toEqual({
      open: true,
      message: 'NAS is open now (09:00 to 17:00, Monday to Friday) and replies as soon as it can.',
    });
    expect(nasAvailability(new Date('2026-11-18T08:59:00Z')).open).toBe(false);
    expect(nasAvailability(new Date('2026-11-18T16:59:00Z')).open).toBe(true);
    expect(nasAvailability(new Date('2026-11-18T17:00:00Z'))).toMatchObject({ open: false, nextOpenDate: '2026-11-19' });
  });

  test('the coming week by weekday alone, up to six days ahead', () => {
    const monToThu = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'];
    const sixDays = nasAvailability(new Date('2026-11-21T12:00:00Z'), monToThu);
    expect(sixDays.nextOpenDate).toBe('2026-11-27');
    expect(sixDays.message).toContain('the team is back Friday at 09:00.');
    const sevenDays = nasAvailability(new Date('2026-11-20T18:00:00Z'), [...monToThu, '2026-11-27']);
    expect(sevenDays.nextOpenDate).toBe('2026-11-30');
    expect(sevenDays.message).not.toMatch(/back Monday at/);
  });

  test('the bank-holiday table covers 2028: no caveat for a 2028 date, one for 2029', () => {
    expect(nasAvailability(new Date('2028-06-07T18:00:00Z')).message).not.toContain('gov.uk/bank-holidays');
    expect(nasAvailability(new Date('2029-06-06T18:00:00Z')).message).toContain('Check gov.uk/bank-holidays for holidays after 2028.');
  });
});

import { describe, expect, test } from 'vitest';
import { identifyMailbox, siteNameProblem } from './mailboxIdentity';

// The exact shapes that make an address shared, legacy or personal, and a display name a site name:
// each part of each shape, with the near misses on either side of it.

const kindOf = (address: string) => identifyMailbox(address).kind;
const site = (displayName: string) => {
  const m = identifyMailbox('care.vn6c2@nhs.net', displayName);
  return m.kind === 'shared' ? { siteName: m.siteName, town: m.town, warnings: m.warnings } : undefined;
};

describe('a bare nhs.net address, and nothing around it', () => {
  test('one address with a local part of any length is read', () => {
    expect(identifyMailbox('j@nhs.net')).toEqual({ kind: 'personal', address: 'j@nhs.net' });
    expect(identifyMailbox('jane.smith2@nhs.net')).toEqual({ kind: 'personal', address: 'jane.smith2@nhs.net' });
  });

  test('anything before or after the address makes it some other address', () => {
    expect(kindOf('<jane@nhs.net')).toBe('other');
    expect(kindOf('jane smith@nhs.net')).toBe('other');
    expect(kindOf('jane@nhs.net jane2@nhs.net')).toBe('other');
    expect(kindOf('jane@nhs.net>')).toBe('other');
  });
});

describe('the shared mailbox shape <type>.<ODS>', () => {
  test('the prefix must start the local part, and the code must end it', () => {
    expect(kindOf('mycare.vn6c2@nhs.net')).toBe('personal');
    expect(kindOf('care.vn6c2.old@nhs.net')).toBe('personal');
    expect(identifyMailbox('care.vn6c2@nhs.net')).toMatchObject({ kind: 'shared', orgType: 'care', odsCode: 'VN6C2' });
  });
});

describe('the legacy pharmacy shape nhspharmacy.<place>.<name><ODS>', () => {
  test('the ODS code is the last five characters, whatever the name before it', () => {
    expect(identifyMailbox('nhspharmacy.leeds.bootsfa123@nhs.net')).toMatchObject({
      kind: 'shared',
      orgType: 'pharmacy',
      odsCode: 'FA123',
    });
    expect(identifyMailbox('nhspharmacy.leeds.fa123@nhs.net')).toMatchObject({ kind: 'shared', odsCode: 'FA123' });
    expect(identifyMailbox('nhspharmacy.north-leeds.high-street-fa123@nhs.net')).toMatchObject({ kind: 'shared', odsCode: 'FA123' });
  });

  test('the alias must start the local part and the code must end it', () => {
    expect(kindOf('xnhspharmacy.leeds.fa123@nhs.net')).toBe('personal');
    expect(kindOf('nhspharmacy.leeds.boots.fa123@nhs.net')).toBe('personal');
    expect(kindOf('nhspharmacy.leeds.fa12@nhs.net')).toBe('personal');
    expect(kindOf('nhspharmacy..fa123@nhs.net')).toBe('personal');
  });
});

describe('the display name shape Care.<ODS> (<site name>, <town>)', () => {
  test('spaces around the parts are allowed, and none are needed before the bracket', () => {
    expect(site('  Care.VN6C2 (Sunrise House, Durham)  ')).toEqual({ siteName: 'Sunrise House', town: 'Durham', warnings: [] });
    expect(site('Care.VN6C2(Sunrise House, Durham)')).toEqual({ siteName: 'Sunrise House', town: 'Durham', warnings: [] });
    expect(site('Care.VN6C2   (Sunrise House, Durham)')).toEqual({ siteName: 'Sunrise House', town: 'Durham', warnings: [] });
  });

  test('words before the prefix or after the bracket mean it is not a site name, and nothing is said', () => {
    expect(site('Sunrise Care.VN6C2 (Sunrise House, Durham)')).toEqual({ siteName: undefined, town: undefined, warnings: [] });
    expect(site('Care.VN6C2 (Sunrise House, Durham) via NAS')).toEqual({ siteName: undefined, town: undefined, warnings: [] });
  });
});

describe('siteNameProblem: what a site name and town may hold', () => {
  test('ordinary names, initials and the listed abbreviations are fine', () => {
    expect(siteNameProblem('Sunrise House, Durham')).toBeUndefined();
    expect(siteNameProblem("St. Anne's, Leeds")).toBeUndefined();
    expect(siteNameProblem('Sunrise St. Anne, Leeds')).toBeUndefined();
    expect(siteNameProblem('J. Smith Care Ltd., York')).toBeUndefined();
    expect(siteNameProblem('St Mary’s & O’Brien-Smith Co., Bishop Auckland')).toBeUndefined();
    expect(siteNameProblem('Château Lodge, Penrith')).toBeUndefined();
  });

  test('characters a site name does not use, anywhere in it', () => {
    const message = 'has characters a site name does not use';
    expect(siteNameProblem('#Sunrise House, Durham')).toBe(message);
    expect(siteNameProblem('Sunrise House, Durham#')).toBe(message);
    expect(siteNameProblem('Sunrise (House), Durham')).toBe(message);
  });

  test('a full stop ends only an initial or a listed abbreviation', () => {
    const message = 'has a full stop that does not end an abbreviation like St.';
    expect(siteNameProblem('Sunrise House. Care, Durham')).toBe(message);
    expect(siteNameProblem('Sunrise 2. Care, Durham')).toBe(message);
    expect(siteNameProblem('. Sunrise House, Durham')).toBe(message);
  });

  test('web and email addresses, markup and invisible characters are refused with their reason', () => {
    expect(siteNameProblem('Sunrise.com, Durham')).toBe('could hold a web address');
    expect(siteNameProblem('Sunrise http://x, Durham')).toBe('could hold a web address');
    expect(siteNameProblem('www Sunrise, Durham')).toBe('could hold a web address');
    expect(siteNameProblem('Sunrise@House, Durham')).toBe('could hold an email address');
    expect(siteNameProblem('Sunrise <b>House</b>, Durham')).toBe('could hold markup (< or >)');
    expect(siteNameProblem('Sunrise\u200bHouse, Durham')).toBe('has invisible or control characters in it');
    expect(siteNameProblem('Sunrise\tHouse, Durham')).toBe('has invisible or control characters in it');
  });

  test('spacing: single spaces, none at either end or before a comma, one after each comma', () => {
    expect(siteNameProblem('Sunrise  House, Durham')).toBe('has extra spaces');
    expect(siteNameProblem(' Sunrise House, Durham')).toBe('has extra spaces');
    expect(siteNameProblem('Sunrise House, Durham ')).toBe('has extra spaces');
    expect(siteNameProblem('Sunrise House , Durham')).toBe('has extra spaces');
    expect(siteNameProblem('Sunrise,House, Durham')).toBe('has extra spaces');
  });
});

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { identifyMailbox, siteLabel } from './mailboxIdentity';

describe('identifyMailbox', () => {
  test('recognises each sector prefix, normalising case and spaces', () => {
    expect(identifyMailbox('  Care.VN6C2@NHS.NET ')).toEqual({
      kind: 'shared',
      orgType: 'care',
      odsCode: 'VN6C2',
      address: 'care.vn6c2@nhs.net',
      warnings: [],
    });
    expect(identifyMailbox('pharmacy.fh542@nhs.net')).toMatchObject({
      kind: 'shared',
      orgType: 'pharmacy',
      odsCode: 'FH542',
      warnings: [],
    });
    expect(identifyMailbox('dental.v25604@nhs.net')).toMatchObject({ kind: 'shared', orgType: 'dental', odsCode: 'V25604', warnings: [] });
    expect(identifyMailbox('dental.V193178@nhs.net')).toMatchObject({ kind: 'shared', orgType: 'dental', warnings: [] });
    expect(identifyMailbox('optometry.tp66j@nhs.net')).toMatchObject({
      kind: 'shared',
      orgType: 'optometry',
      odsCode: 'TP66J',
      warnings: [],
    });
  });

  test('a code of the wrong shape for its sector is a warning, never a rejection', () => {
    const dentalWithCareCode = identifyMailbox('dental.vn6c2@nhs.net');
    expect(dentalWithCareCode.kind).toBe('shared');
    expect(dentalWithCareCode.kind === 'shared' && dentalWithCareCode.warnings[0]).toMatch(/not the usual shape for a dental practice/);
    const careWithDigits = identifyMailbox('care.v12345@nhs.net');
    expect(careWithDigits.kind === 'shared' && careWithDigits.warnings).toHaveLength(1);
    const bsaDental = identifyMailbox('dental.v025604@nhs.net');
    expect(bsaDental.kind === 'shared' && bsaDental.warnings[0]).toMatch(/V25604/);
  });

  test('a local part that is not a plausible code is a personal address', () => {
    expect(identifyMailbox('care.@nhs.net').kind).toBe('personal');
    expect(identifyMailbox('care.vn6-c2@nhs.net').kind).toBe('personal');
    expect(identifyMailbox('care.abcdefghij@nhs.net').kind).toBe('personal');
    expect(identifyMailbox('care.abcdefghi@nhs.net').kind).toBe('shared');
  });

  test('lookalikes are never shared', () => {
    expect(identifyMailbox('care.VN6C2@nhs.net.example.com').kind).toBe('other');
    expect(identifyMailbox('care.VN6C2@nhs.net>').kind).toBe('other');
    expect(identifyMailbox('"care.VN6C2@nhs.net" <x@evil.test>').kind).toBe('other');
    expect(identifyMailbox('care.VN6C2@nhs.net x@evil.test').kind).toBe('other');
    expect(identifyMailbox('xcare.VN6C2@nhs.net').kind).toBe('personal');
    expect(identifyMailbox('care.VN6C2@nhs.uk').kind).toBe('other');
    expect(identifyMailbox('care.VN6C2@mail.nhs.net').kind).toBe('other');
  });

  test('personal and other addresses', () => {
    expect(identifyMailbox('Jane.Smith@nhs.net')).toEqual({ kind: 'personal', address: 'jane.smith@nhs.net' });
    expect(identifyMailbox('jane@example.com')).toEqual({ kind: 'other', address: 'jane@example.com' });
    expect(identifyMailbox('')).toEqual({ kind: 'other', address: '' });
    expect(identifyMailbox('not an address')).toMatchObject({ kind: 'other' });
  });

  test('the legacy nhspharmacy alias is a pharmacy, with the current address in a warning', () => {
    const legacy = identifyMailbox('nhspharmacy.leeds.highstreetpharmacyfh542@nhs.net');
    expect(legacy).toMatchObject({ kind: 'shared', orgType: 'pharmacy', odsCode: 'FH542' });
    expect(legacy.kind === 'shared' && legacy.warnings.join(' ')).toMatch(/pharmacy\.fh542@nhs\.net/);
  });

  test('the display name gives the site name and the town', () => {
    const m = identifyMailbox('care.vn6c2@nhs.net', 'Care.VN6C2 (Sunrise House, Durham)');
    expect(m).toMatchObject({ siteName: 'Sunrise House', town: 'Durham', warnings: [] });
    expect(identifyMailbox('pharmacy.fh542@nhs.net', "pharmacy.fh542 (St Mary’s & O'Brien-Smith, Bishop Auckland)")).toMatchObject({
      siteName: "St Mary’s & O'Brien-Smith",
      town: 'Bishop Auckland',
    });
    expect(identifyMailbox('care.vn6c2@nhs.net', 'Care.VN6C2 (Château Lodge, Penrith)')).toMatchObject({
      siteName: 'Château Lodge',
      town: 'Penrith',
    });
  });

  test("a display name for another mailbox is ignored with a warning; a person's name is ignored quietly", () => {
    const other = identifyMailbox('care.vn6c2@nhs.net', 'Care.VL86Q (Elsewhere, York)');
    expect(other.kind === 'shared' && other.siteName).toBeUndefined();
    expect(other.kind === 'shared' && other.warnings[0]).toBe(
      'The display name on this message is for another mailbox (not Care.VN6C2), so it was not used for the site name.',
    );
    const sector = identifyMailbox('care.vn6c2@nhs.net', 'Dental.VN6C2 (Smile, Leeds)');
    expect(sector.kind === 'shared' && sector.warnings).toHaveLength(1);
    const person = identifyMailbox('care.vn6c2@nhs.net', 'Jane Smith');
    expect(person).toMatchObject({ warnings: [] });
    expect(person.kind === 'shared' && person.siteName).toBeUndefined();
    expect(siteLabel(person)).toBeUndefined();
  });

  const sharedAddress = fc
    .tuple(fc.constantFrom('care', 'pharmacy', 'dental', 'optometry'), fc.stringMatching(/^[A-Za-z0-9]{1,9}$/))
    .map(([prefix, code]) => `${prefix}.${code}@nhs.net`);
  const flipCase = (s: string, mask: boolean[]) =>
    [...s].map((c, i) => (mask[i % mask.length] ? c.toUpperCase() : c.toLowerCase())).join('');

  test('property: case never changes the answer', () => {
    fc.assert(
      fc.property(sharedAddress, fc.array(fc.boolean(), { minLength: 1 }), (address, mask) => {
        expect(identifyMailbox(flipCase(address, mask))).toEqual(identifyMailbox(address.toLowerCase()));
      }),
    );
  });

  test('property: anything wrapped around a shared address is never shared', () => {
    const junk = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(sharedAddress, junk, fc.boolean(), (address, extra, before) => {
        const candidate = before ? `${extra}${address}` : `${address}${extra}`;
        const result = identifyMailbox(candidate);
        // Only an exact shared address may come out as shared, and it must be the same mailbox.
        if (result.kind === 'shared') expect(result.address).toBe(candidate.trim().toLowerCase());
        if (!before) expect(result.kind === 'shared' && result.address !== address.toLowerCase()).toBe(false);
      }),
    );
  });
});

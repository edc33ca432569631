import { describe, expect, test } from 'vitest';
import { isNasSender, nameFromDisplayName, senderAsPerson } from './senders';

describe('isNasSender', () => {
  test('spaces around the address do not matter', () => {
    expect(isNasSender(' helpdesk@nhs.net ')).toBe(true);
    expect(isNasSender('\tFEEDBACK@nhs.net\n')).toBe(true);
  });
});

describe('nameFromDisplayName: at the edges', () => {
  test.each([
    ['LI, Wei', 'Wei Li'],
    ['NG, Amy (Oak Lodge)', 'Amy Ng'],
    ['Jane(Sunrise House)Smith', 'Jane Smith'],
    ['Jane“Smith”', 'Jane Smith'],
    ['Smith ,Jane', 'Jane Smith'],
    ['SMITH , Jane', 'Jane Smith'],
    ['Smith,Jane', 'Jane Smith'],
    ['Mary Jane Anne Smith', 'Mary Jane Anne Smith'],
  ])('%s → %s', (display, name) => {
    expect(nameFromDisplayName(display)).toBe(name);
  });

  test.each(['Smith, Jane, Extra', 'Jane Smith2', 'Jane 2Smith', 'Mary Jane Anne Lee Smith'])('not a name: %s', (display) => {
    expect(nameFromDisplayName(display)).toBeUndefined();
  });

  test('70 characters is the longest name taken', () => {
    const seventy = `Jane ${'a'.repeat(65)}`;
    expect(seventy).toHaveLength(70);
    expect(nameFromDisplayName(seventy)).toBe(seventy);
    expect(nameFromDisplayName(`Jane ${'a'.repeat(66)}`)).toBeUndefined();
  });
});

describe('senderAsPerson: at the edges', () => {
  test('the address is trimmed and lower-cased', () => {
    expect(senderAsPerson({ address: ' Jane.Smith@NHS.net ', displayName: 'Jane Smith' })).toStrictEqual({
      fullName: 'Jane Smith',
      address: 'jane.smith@nhs.net',
      hasNhsmail: true,
    });
  });
  test('no-reply addresses in their spellings are not people', () => {
    for (const address of [
      'noreply@example.com',
      'no-reply@example.com',
      'donotreply@nhs.net',
      'do-notreply@example.com',
      'donot-reply@example.com',
      'do-not-reply@example.com',
      'mailer-daemon@example.com',
      'postmaster@example.com',
    ])
      expect(senderAsPerson({ address }), address).toBeUndefined();
  });
  test('"noreply" later in the local part is a person', () => {
    expect(senderAsPerson({ address: 'jane-noreply@example.com' })).toStrictEqual({
      fullName: undefined,
      address: 'jane-noreply@example.com',
      hasNhsmail: false,
    });
  });
  test('an address from elsewhere must be a whole address', () => {
    expect(senderAsPerson({ address: 'x y@example.com' })).toBeUndefined();
    expect(senderAsPerson({ address: 'jane@example.com x' })).toBeUndefined();
    expect(senderAsPerson({ address: 'jane@example' })).toBeUndefined();
  });
});

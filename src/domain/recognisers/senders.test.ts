import { describe, expect, test } from 'vitest';
import { isNasSender, nameFromDisplayName, senderAsPerson } from './senders';

describe('names from display names', () => {
  test.each([
    ['SMITH, Jane (Sunrise House)', 'Jane Smith'],
    ['Smith, Jane', 'Jane Smith'],
    ['Jane Smith', 'Jane Smith'],
    ["O'NEILL, Tom (Oak Lodge, York)", "Tom O'Neill"],
    ['SMITH-JONES, Amy', 'Amy Smith-Jones'],
    ['Mary-Jane McDonald', 'Mary-Jane McDonald'],
    ['"Jane Smith"', 'Jane Smith'],
  ])('%s → %s', (display, name) => {
    expect(nameFromDisplayName(display)).toBe(name);
  });

  test.each(['Jane', 'Sunrise House Night Staff 2', 'Care.VN6C2', 'jane.smith@nhs.net', '', undefined, 'A B C D E'])(
    'not a plain name: %s',
    (display) => {
      expect(nameFromDisplayName(display)).toBeUndefined();
    },
  );
});

describe('who sent it', () => {
  test('NAS addresses, in any case, including the ticketing system', () => {
    for (const a of [
      'helpdesk@nhs.net',
      'CAREADMIN@nhs.net',
      'pharmacyadmin@nhs.net',
      'dentistadmin@nhs.net',
      'optomadmin@nhs.net',
      'feedback@nhs.net',
      'accentureplc@service-now.com',
    ])
      expect(isNasSender(a)).toBe(true);
    for (const a of ['helpdesk@nhs.uk', 'helpdesk@nhs.net.example.com', 'exeter.helpdesk@nhs.net', 'dentaladmin@nhs.net'])
      expect(isNasSender(a)).toBe(false);
  });

  test('a person: not NAS, not a shared mailbox, not a no-reply address', () => {
    expect(senderAsPerson({ address: 'jane.smith@nhs.net', displayName: 'SMITH, Jane' })).toEqual({
      fullName: 'Jane Smith',
      address: 'jane.smith@nhs.net',
      hasNhsmail: true,
    });
    expect(senderAsPerson({ address: 'jane@example.com' })).toEqual({
      fullName: undefined,
      address: 'jane@example.com',
      hasNhsmail: false,
    });
    for (const address of ['care.vn6c2@nhs.net', 'helpdesk@nhs.net', 'noreply@nhs.net', 'do-not-reply@example.com', 'not an address', ''])
      expect(senderAsPerson({ address })).toBeUndefined();
  });
});

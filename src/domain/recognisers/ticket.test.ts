import { describe, expect, test } from 'vitest';
import { findTicketReference } from './ticket';

// NHSmail ticket references: INC, RITM or REQ and 7 to 10 digits, standing on their own.
describe('findTicketReference', () => {
  test('each prefix with 7 to 10 digits, wherever it stands, comes back in capitals', () => {
    expect(findTicketReference('RE: INC0123456 Joiners', '')).toBe('INC0123456');
    expect(findTicketReference('ritm0012345678.', '')).toBe('RITM0012345678');
    expect(findTicketReference('', 'Your request (REQ1234567) is open')).toBe('REQ1234567');
    expect(findTicketReference('INC0123456', '')).toBe('INC0123456');
  });

  test('a reference joined to other letters or digits, or too short or long, is not one', () => {
    expect(findTicketReference('XINC0123456 ', '')).toBeUndefined();
    expect(findTicketReference('9INC0123456 ', '')).toBeUndefined();
    expect(findTicketReference('INC0123456X ', '')).toBeUndefined();
    expect(findTicketReference('INC012345 ', '')).toBeUndefined();
    expect(findTicketReference('INC01234567890 ', '')).toBeUndefined();
    expect(findTicketReference('INC ', '')).toBeUndefined();
  });

  test('the subject comes first; the body is read when the subject has none', () => {
    expect(findTicketReference('INC0000001 chase', 'about REQ2222222 too')).toBe('INC0000001');
    expect(findTicketReference('chase', 'about REQ2222222 too')).toBe('REQ2222222');
    expect(findTicketReference('chase', 'nothing')).toBeUndefined();
  });
});

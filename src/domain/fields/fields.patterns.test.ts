// The patterns inside the field builders, judged on the whole value: an email address with
// something before or after it, a date and time with a stray word, a name that starts with a quote.
// Fields are built inside each test, never at describe level, so a mutation run sees them built
// with the mutant in place.

import { describe, expect, test } from 'vitest';
import { dateTime, fieldSchema, fieldWarnings, fullName, longText, nhsmailAddress, personalEmail, singleName } from '.';
import { residentDetailsMessage, residentDetailsWarning } from './residentNote';
import type { ScalarField, ValidationContext } from './types';

const ctx: ValidationContext = { now: new Date('2026-01-15T10:00:00Z'), mailbox: { kind: 'other', address: '' } };
const parse = (field: ScalarField, value: unknown) => fieldSchema(field, ctx).safeParse(value);
const message = (field: ScalarField, value: unknown) => {
  const r = parse(field, value);
  return r.success ? undefined : r.error.issues[0]!.message;
};

describe('an NHSmail address is judged as a whole', () => {
  const format = 'Enter an email address in the right format, like jane.smith@nhs.net';

  test('a space or a comma inside the part before the @ is the wrong format, not a shorter address', () => {
    expect(message(nhsmailAddress(), 'jane smith@nhs.net')).toBe(format);
    expect(message(nhsmailAddress(), 'jane,smith@nhs.net')).toBe(format);
    expect(message(nhsmailAddress(), '<jane.smith@nhs.net')).toBe(format);
    expect(parse(nhsmailAddress(), ' Jane.Smith@NHS.net ')).toMatchObject({ success: true, data: 'jane.smith@nhs.net' });
  });

  test('a stray character after the address is the wrong format, not a wrong domain', () => {
    expect(message(nhsmailAddress(), 'jane.smith@nhs.net.')).toBe(format);
    expect(message(nhsmailAddress(), 'jane.smith@nhs.net;')).toBe(format);
    expect(message(nhsmailAddress(), 'jane.smith@nhs.net>')).toBe(format);
    expect(message(nhsmailAddress(), 'jane.smith@nhs.uk')).toBe('An NHSmail address ends @nhs.net');
  });
});

describe('a personal email address may have one-letter parts in its domain', () => {
  const format = 'Enter an email address in the right format, like jane@example.com';

  test('a one-letter name straight after the @', () => {
    expect(parse(personalEmail(), 'jane@x.com')).toMatchObject({ success: true, data: 'jane@x.com' });
    expect(parse(personalEmail(), 'sam.lee@q.co.uk')).toMatchObject({ success: true, data: 'sam.lee@q.co.uk' });
  });

  test('a one-letter part after a dot in the domain', () => {
    expect(parse(personalEmail(), 'jane@mail.x.com')).toMatchObject({ success: true, data: 'jane@mail.x.com' });
    expect(parse(personalEmail(), 'sam.lee@post.e.co.uk')).toMatchObject({ success: true, data: 'sam.lee@post.e.co.uk' });
  });

  test('but no part may start or end with a hyphen, or be empty', () => {
    expect(message(personalEmail(), 'jane@-x.com')).toBe(format);
    expect(message(personalEmail(), 'jane@mail.x-.com')).toBe(format);
    expect(message(personalEmail(), 'jane@mail..com')).toBe(format);
  });
});

describe('a shared team address is one whose whole first part is a team word', () => {
  const warningsFor = (address: string) => fieldWarnings(personalEmail(), address, ctx, ['personalEmail']).map((w) => w.code);

  test('office@, care@ and hr@ are team addresses', () => {
    expect(warningsFor('office@example.com')).toEqual(['generic-email']);
    expect(warningsFor('care@sunrisehouse.co.uk')).toEqual(['generic-email']);
    expect(warningsFor('hr@example.com')).toEqual(['generic-email']);
  });

  test('a person whose address ends in a team word is not', () => {
    expect(warningsFor('jane.care@gmail.com')).toEqual([]);
    expect(warningsFor('headoffice.smith@example.com')).toEqual([]);
    expect(warningsFor('sam.hr@example.com')).toEqual([]);
    expect(warningsFor('johnstaff@example.com')).toEqual([]);
  });
});

describe('a date and time is the whole of what was typed', () => {
  const format = 'Enter the date and time as dd/mm/yyyy hh:mm, for example 20/11/2026 14:30';
  const field = () => dateTime({ label: 'Date and time of your call' });

  test('anything after the time is the wrong format', () => {
    expect(message(field(), '14/01/2026 14:30 pm')).toBe(format);
    expect(message(field(), '14/01/2026 14:30pm')).toBe(format);
    expect(message(field(), '14/01/2026 14:305')).toBe(format);
    expect(message(field(), '2026-01-14T14:30Z')).toBe(format);
  });

  test('seconds and fractions of a second, as a browser may send them, are taken and dropped', () => {
    expect(parse(field(), '2026-01-14T14:30:00.000')).toMatchObject({ success: true, data: '2026-01-14T14:30' });
    expect(parse(field(), '2026-01-14T14:30:15.5')).toMatchObject({ success: true, data: '2026-01-14T14:30' });
    expect(parse(field(), '14/01/2026 14:30:59')).toMatchObject({ success: true, data: '2026-01-14T14:30' });
    expect(message(field(), '2026-01-14T14:30:00.')).toBe(format);
    expect(message(field(), '2026-01-14T14:30:00.5s')).toBe(format);
  });

  test('spaces and a T between the date and the time, in any mix, are one separator', () => {
    expect(parse(field(), '14/01/2026  14:30')).toMatchObject({ success: true, data: '2026-01-14T14:30' });
    expect(parse(field(), '2026-01-14T 14:30')).toMatchObject({ success: true, data: '2026-01-14T14:30' });
    expect(parse(field(), '2026-01-14 T14:30')).toMatchObject({ success: true, data: '2026-01-14T14:30' });
  });
});

describe('a name starts with a letter', () => {
  const letters = 'Names can only contain letters, spaces, hyphens and apostrophes';

  test('a name typed in quotes, or starting with a hyphen, full stop or digit, is refused', () => {
    expect(message(fullName(), "'Jane Smith'")).toBe(letters);
    expect(message(fullName(), '-Jane Smith')).toBe(letters);
    expect(message(fullName(), '.Jane Smith')).toBe(letters);
    expect(message(singleName({ label: 'First name' }), '2Jane')).toBe(letters);
  });

  test('a name written with a combining accent (Zoë with U+0308) is taken', () => {
    expect(parse(fullName(), 'Zoe\u0308 Smith')).toMatchObject({ success: true });
    expect(parse(singleName({ label: 'First name' }), 'Zoe\u0308')).toMatchObject({ success: true });
  });

  test('a surname-first name with a quoted first name gets the general example, not one built from it', () => {
    expect(message(fullName(), "Smith, 'Jane'")).toBe(
      'Names cannot contain a comma. Write the first name, then the surname, like Jane Smith',
    );
    expect(message(fullName(), 'Smith, -Jane')).toBe(
      'Names cannot contain a comma. Write the first name, then the surname, like Jane Smith',
    );
    expect(message(fullName(), 'Smith, Zoe\u0308')).toBe(
      'Names cannot contain a comma. Write the first name, then the surname, like Zo\u00eb Smith',
    );
  });
});

describe('a free-text box warns about resident details and postcodes together', () => {
  test('a long note naming a resident and her health gets the resident-details warning', () => {
    const note = longText({ label: 'Anything to add', optional: true });
    expect(fieldWarnings(note, 'Mrs Jones had a fall last night', ctx, ['note'])).toEqual([
      { code: 'resident-details', message: residentDetailsMessage, path: 'note' },
    ]);
    expect(fieldWarnings(note, 'The patient in room 4 had a fall', ctx, ['note']).map((w) => w.code)).toEqual(['resident-details']);
    expect(fieldWarnings(note, 'Please check who can use the mailbox', ctx, ['note'])).toEqual([]);
  });

  test('a long note with a postcode gets the postcode warning first, then the resident-details one', () => {
    const note = longText({ label: 'Note' });
    const postcode = "This contains a postcode (DH1 1AA). Your site's address is fine, but do not include anyone's home address.";
    expect(fieldWarnings(note, 'Mrs Jones at DH1 1AA had a fall', ctx, ['note'])).toEqual([
      { code: 'postcode', message: postcode, path: 'note' },
      { code: 'resident-details', message: residentDetailsMessage, path: 'note' },
    ]);
    expect(fieldWarnings(note, 'Our site at DH1 1AA', ctx, ['note'])).toEqual([{ code: 'postcode', message: postcode, path: 'note' }]);
  });

  test('a title and a surname with two spaces between still name a person', () => {
    expect(residentDetailsWarning('Mrs  Jones has diabetes')).toEqual([{ code: 'resident-details', message: residentDetailsMessage }]);
    expect(residentDetailsWarning('Dr.  Okafor changed the care plan')).toEqual([
      { code: 'resident-details', message: residentDetailsMessage },
    ]);
  });

  test('a value that is not text gets no warning, even one that would read like resident details written out', () => {
    expect(residentDetailsWarning(['Mrs Jones has diabetes'])).toEqual([]);
    expect(residentDetailsWarning({ toString: () => 'Mrs Jones has diabetes' })).toEqual([]);
    expect(residentDetailsWarning(undefined)).toEqual([]);
  });
});

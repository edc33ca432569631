// The field modules: dates typed dd/mm/yyyy, counts as text, Member as the default role, lists
// with min 0 starting empty, warnings for one field as it is left, and a mobile's lost 0 repaired.

import { describe, expect, test } from 'vitest';
import { formatUkDate, parseUkDate } from '../dates';
import { repairMobile, mobileError } from '../mobile';
import {
  count,
  date,
  dateTime,
  fieldSchema,
  fieldWarnings,
  fullName,
  initialValue,
  initialValues,
  isInitial,
  list,
  mobile,
  personalEmail,
  role,
  shortText,
} from '.';
import type { ValidationContext } from './types';

const ctx: ValidationContext = { now: new Date('2026-01-15T10:00:00Z'), mailbox: { kind: 'other', address: '' } };
const parse = (field: Parameters<typeof fieldSchema>[0], value: unknown) => fieldSchema(field, ctx).safeParse(value);
const message = (field: Parameters<typeof fieldSchema>[0], value: unknown) => {
  const r = parse(field, value);
  return r.success ? undefined : r.error.issues[0]!.message;
};
const ukFormat = 'Enter the date as dd/mm/yyyy, for example 03/02/2026';

describe('dates are typed and shown as dd/mm/yyyy', () => {
  test.each([
    ['03/02/2026', '2026-02-03'],
    ['3/2/2026', '2026-02-03'],
    [' 28/02/2026 ', '2026-02-28'],
    ['29/02/2028', '2028-02-29'],
    ['03.02.2026', '2026-02-03'],
    ['31/12/2026', '2026-12-31'],
    // A saved draft or an example already holds YYYY-MM-DD.
    ['2026-02-03', '2026-02-03'],
  ])('%s is %s', (typed, iso) => {
    expect(parseUkDate(typed)).toEqual({ ok: true, iso });
  });

  test.each(['31/02/2026', '29/02/2027', '00/01/2026', '12/13/2026', '2026-02-30'])('%s is not a real date and is refused', (typed) => {
    expect(parseUkDate(typed)).toEqual({ ok: false, message: `${typed} is not a real date. Check the day and the month (dd/mm/yyyy)` });
  });

  test.each(['03/02/26', '2026/02/03', 'tomorrow', '03022026', '3 Feb 2026'])('%s asks for dd/mm/yyyy', (typed) => {
    expect(parseUkDate(typed)).toEqual({ ok: false, message: ukFormat });
  });

  test('a stored date is shown as dd/mm/yyyy', () => {
    expect(formatUkDate('2026-02-03')).toBe('03/02/2026');
    expect(formatUkDate('2026-12-31')).toBe('31/12/2026');
    expect(formatUkDate('03/02/2026')).toBe('03/02/2026');
    expect(formatUkDate('2026-02-30')).toBe('2026-02-30');
  });

  test('a date field takes dd/mm/yyyy and passes on YYYY-MM-DD, judged against the injected clock', () => {
    const field = date({ label: 'Date to disable from', notPast: true });
    expect(field.ui.control).toBe('date');
    expect(field.ui.hint).toMatch(/dd\/mm\/yyyy, for example 03\/02\/2026/);
    expect(parse(field, '03/02/2026')).toMatchObject({ success: true, data: '2026-02-03' });
    expect(parse(field, '15/01/2026')).toMatchObject({ success: true, data: '2026-01-15' });
    expect(message(field, '14/01/2026')).toBe('Date to disable from must be today or in the future');
    expect(message(field, '31/02/2026')).toBe('31/02/2026 is not a real date. Check the day and the month (dd/mm/yyyy)');
    expect(message(field, '2/3')).toBe(ukFormat);
    expect(message(field, '')).toBe('Enter the date to disable from');
    expect(message(field, '03/02/2032')).toBe('Date to disable from is too far ahead. Check the year');
    const past = date({ label: 'Date it was deleted', notFuture: true, optional: true });
    expect(message(past, '16/01/2026')).toBe('Date it was deleted must be today or in the past');
    expect(parse(past, '')).toMatchObject({ success: true, data: undefined });
  });

  test('a date and time is typed dd/mm/yyyy hh:mm', () => {
    const field = dateTime({ label: 'Date and time of your call' });
    expect(parse(field, '14/01/2026 14:30')).toMatchObject({ success: true, data: '2026-01-14T14:30' });
    expect(parse(field, '15/01/2026 9:05')).toMatchObject({ success: true, data: '2026-01-15T09:05' });
    expect(parse(field, '2026-01-14T14:30')).toMatchObject({ success: true, data: '2026-01-14T14:30' });
    const format = 'Enter the date and time as dd/mm/yyyy hh:mm, for example 20/11/2026 14:30';
    expect(message(field, '14/01/2026')).toBe(format);
    expect(message(field, '14/01/2026 25:00')).toBe(format);
    expect(message(field, '14/01/26 10:00')).toBe(format);
    expect(message(field, '30/02/2025 10:00')).toMatch(/30\/02\/2025 is not a real date/);
    expect(message(field, '15/01/2026 10:01')).toBe('Date and time of your call cannot be in the future');
  });
});

describe('counts are plain text boxes with a clear message', () => {
  const field = count({ label: 'Number of extra accounts needed', min: 1, max: 50 });
  test('digits are a number', () => {
    expect(field.ui.control).toBe('number');
    expect(parse(field, '12')).toMatchObject({ success: true, data: 12 });
    expect(parse(field, ' 7 ')).toMatchObject({ success: true, data: 7 });
    expect(parse(field, 50)).toMatchObject({ success: true, data: 50 });
  });
  test.each(['twelve', '12a', '1,000', '-3', 'ten'])('%s is not a number', (typed) => {
    expect(message(field, typed)).toBe('Enter the number in digits only, like 12');
  });
  test('fractions, blanks and numbers out of range each say what to do', () => {
    expect(message(field, '1.5')).toBe('Enter a whole number, like 12 (not 1.5)');
    expect(message(field, '')).toBe('Enter the number of extra accounts needed');
    expect(message(field, '0')).toBe('Enter a number from 1 to 50');
    expect(message(field, '51')).toBe('Enter a number from 1 to 50');
    const optional = count({ label: 'How many now?', min: 0, max: 999, optional: true });
    expect(parse(optional, '')).toMatchObject({ success: true, data: undefined });
    expect(parse(optional, '0')).toMatchObject({ success: true, data: 0 });
  });
});

describe('initial values come from the fields', () => {
  const people = list({
    label: 'People',
    itemLabel: 'Person',
    min: 1,
    max: 10,
    maxMessage: 'Up to 10',
    fields: { fullName: fullName(), role: role(), mobile: mobile() },
  });
  const optionalPeople = { ...people, min: 0 };
  test('Member is the default role', () => {
    expect(role().defaultValue).toBe('member');
    expect(initialValue(role())).toBe('member');
    expect(initialValues({ role: role(), name: fullName() })).toEqual({ role: 'member', name: '' });
  });
  test('a list with min 1 starts with one person, a list with min 0 with none', () => {
    expect(initialValue(people)).toEqual([{ fullName: '', role: 'member', mobile: '' }]);
    expect(initialValue(optionalPeople)).toEqual([]);
    expect(initialValue({ ...people, min: 2 })).toHaveLength(2);
  });
  test('a person left as the form started (default role) counts as blank; anything typed does not', () => {
    expect(isInitial(people.fields, { fullName: '', role: 'member', mobile: '' })).toBe(true);
    expect(isInitial(people.fields, { fullName: '', role: 'owner', mobile: '' })).toBe(false);
    expect(isInitial(people.fields, { fullName: 'Jane', role: 'member', mobile: '' })).toBe(false);
  });
  test('validation rules are the field data, not the ui description', () => {
    expect(people.ui).not.toHaveProperty('min');
    expect(people.ui).not.toHaveProperty('max');
    expect(fullName({ optional: true }).ui).not.toHaveProperty('optional');
    expect(fieldSchema(optionalPeople, ctx).safeParse([]).success).toBe(true);
    expect(fieldSchema(people, ctx).safeParse([]).success).toBe(false);
  });
});

describe('warnings for one field as it is left, with its path', () => {
  test('070 and pager numbers', () => {
    expect(fieldWarnings(mobile(), '07010 123456', ctx, ['people', 0, 'mobile'])).toEqual([
      {
        code: 'mobile-not-personal',
        message: expect.stringMatching(/^07010 123456 is a personal \(070\) number/),
        path: 'people.0.mobile',
      },
    ]);
    expect(fieldWarnings(mobile(), '07623 456789', ctx, ['mobile'])).toEqual([
      { code: 'mobile-not-personal', message: expect.stringMatching(/pager \(076\)/), path: 'mobile' },
    ]);
    expect(fieldWarnings(mobile(), '07624 456789', ctx, ['mobile'])).toEqual([]);
    expect(fieldWarnings(mobile(), '07700 900123', ctx, ['mobile'])).toEqual([]);
  });
  test('shared team addresses, as typed (capitals and spaces)', () => {
    expect(fieldWarnings(personalEmail(), ' Info@Example.com ', ctx, ['people', 2, 'personalEmail'])).toEqual([
      {
        code: 'generic-email',
        message: expect.stringMatching(/^info@example\.com looks like a shared team address/),
        path: 'people.2.personalEmail',
      },
    ]);
    expect(fieldWarnings(personalEmail(), 'reception@care.org', ctx, ['e'])).toHaveLength(1);
    expect(fieldWarnings(personalEmail(), 'jane@example.com', ctx, ['e'])).toEqual([]);
  });
  test('none for a blank value, a value the field refuses, or a field without warnings', () => {
    expect(fieldWarnings(mobile(), '', ctx, ['m'])).toEqual([]);
    expect(fieldWarnings(mobile(), '0701', ctx, ['m'])).toEqual([]);
    expect(fieldWarnings(fullName(), 'Jane Smith', ctx, ['n'])).toEqual([]);
    expect(fieldWarnings(shortText({ label: 'Note' }), 'at DH1 1AA', ctx, ['n'])[0]?.code).toBe('postcode');
  });
});

describe('a mobile that lost its leading 0 is repaired, not refused', () => {
  test.each([
    ['7700900124', '07700900124'],
    ['7700 900124', '07700900124'],
    [' 7700900124 ', '07700900124'],
    ['7.700900124E+09', '07700900124'],
    ['7123456789', '07123456789'],
  ])('%s becomes %s', (typed, repaired) => {
    const r = repairMobile(typed);
    expect(r?.value).toBe(repaired);
    expect(r?.value).toMatch(/^07\d{9}$/);
    expect(r?.note).toBe(`The leading 0 was missing, so it now reads ${repaired.slice(0, 5)} ${repaired.slice(5)}. Check it is right.`);
  });
  test.each(['07700900124', '770090012', '77009001245', '8700900124', '1632960123', '', 'Jane'])('%s is left alone', (typed) => {
    expect(repairMobile(typed)).toBeUndefined();
  });
  test('the form repairs it as the field is left; unrepaired, the message says what is wrong', () => {
    expect(mobile().repair?.('7700900124')?.value).toBe('07700900124');
    expect(mobileError('7700900124')).toBe('This mobile number has lost its leading 0. Enter it starting 07, like 07700 900123');
  });
});

describe('a name typed surname first', () => {
  test.each([
    ['Smith, Jane', 'Jane Smith'],
    ['Smith,Jane', 'Jane Smith'],
    ['O’Neil, Mary-Ann', 'Mary-Ann O’Neil'],
  ])('%s is refused with a message about the comma and the right order (%s)', (typed, right) => {
    expect(message(fullName(), typed)).toBe(`Names cannot contain a comma. Write the first name, then the surname, like ${right}`);
  });
  test('a comma that does not split a name still gets the comma message', () => {
    expect(message(fullName(), 'Smith, Jane, Ann')).toBe(
      'Names cannot contain a comma. Write the first name, then the surname, like Jane Smith',
    );
  });
});

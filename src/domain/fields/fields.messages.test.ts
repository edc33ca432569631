// the field builders: every message in the words the user reads, every boundary on both
// sides, and the shape of each field's `ui` description.

import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  checkbox,
  collectWarnings,
  count,
  date,
  dateTime,
  enterMessage,
  fieldSchema,
  fieldWarnings,
  fullName,
  group,
  initialValue,
  initialValues,
  isInitial,
  list,
  longText,
  mobile,
  nhsmailAddress,
  odsCode,
  personalEmail,
  role,
  shortText,
  singleName,
} from '.';
import { guarded, postcodeWarning } from './base';
import { isBlank } from './schema';
import type { Field, ScalarField, ValidationContext } from './types';

// 10:00 on Thursday 15 January 2026, GMT (UK time is UTC in winter).
const ctx: ValidationContext = { now: new Date('2026-01-15T10:00:00Z'), mailbox: { kind: 'other', address: '' } };
const parse = (field: Field, value: unknown) => fieldSchema(field, ctx).safeParse(value);
const ok = (field: Field, value: unknown) => {
  const r = parse(field, value);
  if (!r.success) throw new Error(`expected success, got ${r.error.issues[0]!.message}`);
  return r.data;
};
const message = (field: Field, value: unknown) => {
  const r = parse(field, value);
  return r.success ? undefined : r.error.issues[0]!.message;
};
const fn = expect.any(Function);
/** The first issue, for the messages the builders add themselves (zod code `custom`). */
const custom = (field: Field, value: unknown) => {
  const r = parse(field, value);
  expect(r.success).toBe(false);
  expect(r.error!.issues[0]!.code).toBe('custom');
  return r.error!.issues[0]!.message;
};

describe('base', () => {
  test.each([
    ['Full name', 'Enter the full name'],
    ['NHSmail address', 'Enter the NHSmail address'],
    ['ODS code', 'Enter the ODS code'],
    ['Your question', 'Enter your question'],
    ['their role', 'Enter their role'],
    ['An example', 'Enter an example'],
    ['The site', 'Enter the site'],
    ['Name of the site', 'Enter the name of the site'],
    ['Date the person left', 'Enter the date the person left'],
    ['Theory', 'Enter the theory'],
  ])('enterMessage(%s) is %s', (label, expected) => {
    expect(enterMessage(label)).toBe(expected);
  });

  test('a guard without a check of its own only looks for personal data', () => {
    const schema = guarded(z.string(), ctx);
    expect(schema.safeParse('anything at all').success).toBe(true);
    const r = schema.safeParse('NHS no 943 476 5919');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({
      code: 'custom',
      message: 'Remove the NHS number (943 476 5919). NAS never needs NHS numbers for an account request.',
    });
  });

  test('a guard reports its own check after the personal-data scan finds nothing', () => {
    const schema = guarded(z.string(), ctx, (v) => (v === 'bad' ? 'That is bad' : undefined));
    expect(schema.safeParse('bad').error!.issues).toEqual([expect.objectContaining({ code: 'custom', message: 'That is bad' })]);
    expect(schema.safeParse('good').success).toBe(true);
    // Personal data wins over the field's own check.
    expect(
      guarded(z.string(), ctx, () => 'never shown')
        .safeParse('NI AB123456C')
        .error!.issues.map((i) => i.message),
    ).toEqual(['Remove the National Insurance number (AB123456C). NAS never needs it.']);
  });

  test('the postcode warning names only the first postcode and ignores other findings', () => {
    expect(postcodeWarning('NHS no 943 476 5919 at SW1A 1AA and LS1 4AP', ctx)).toEqual([
      {
        code: 'postcode',
        message: "This contains a postcode (SW1A 1AA). Your site's address is fine, but do not include anyone's home address.",
      },
    ]);
    expect(postcodeWarning('NHS no 943 476 5919', ctx)).toEqual([]);
    expect(postcodeWarning('no address here', ctx)).toEqual([]);
  });

  test('single-line text turns line breaks into spaces; long text keeps them', () => {
    const f = shortText({ label: 'Site name' });
    expect(ok(f, 'Rose\nCottage')).toBe('Rose Cottage');
    expect(ok(f, '  Rose\tCottage  ')).toBe('Rose Cottage');
    expect(ok(longText({ label: 'Details' }), 'Line one\nline two')).toBe('Line one\nline two');
  });
});

describe('choices', () => {
  test('role: Member or Owner, Member by default', () => {
    const f = role();
    expect(f).toEqual({
      type: 'scalar',
      ui: {
        control: 'choice',
        label: 'Role on the shared mailbox',
        hint: 'Owners can manage who has access; members can read and send',
        options: [
          { value: 'member', label: 'Member' },
          { value: 'owner', label: 'Owner' },
        ],
      },
      optional: undefined,
      defaultValue: 'member',
      schema: fn,
    });
    expect(ok(f, 'owner')).toBe('owner');
    expect(ok(f, 'member')).toBe('member');
    expect(message(f, 'boss')).toBe('Choose owner or member');
    expect(message(f, '')).toBe('Choose owner or member');
    expect(message(f, undefined)).toBe('Choose owner or member');
  });

  test('checkbox: true or false, anything else is refused with the label', () => {
    const f = checkbox({ label: 'Also remove access', hint: 'If they left' });
    expect(f).toEqual({
      type: 'scalar',
      ui: { control: 'checkbox', label: 'Also remove access', hint: 'If they left' },
      optional: true,
      schema: fn,
    });
    expect(f.schema(ctx).safeParse(true).data).toBe(true);
    expect(f.schema(ctx).safeParse(false).data).toBe(false);
    expect(f.schema(ctx).safeParse('yes').error!.issues[0]!.message).toBe('Also remove access: tick or untick the box');
  });

  const accounts = count({ label: 'Number of accounts', hint: 'How many', min: 1, max: 50 });

  test('count: its ui is a 3-character number box', () => {
    expect(count({ label: 'Number of accounts', hint: 'How many', min: 1, max: 50 })).toEqual({
      type: 'scalar',
      ui: { control: 'number', label: 'Number of accounts', hint: 'How many', maxLength: 3 },
      optional: undefined,
      schema: fn,
    });
  });

  test.each([
    ['12', 12],
    [' 7 ', 7],
    [1, 1],
    [50, 50],
    ['050', 50],
  ])('count: %j is %j', (typed, n) => {
    expect(ok(accounts, typed)).toBe(n);
  });

  test.each([
    ['', 'Enter the number of accounts'],
    ['   ', 'Enter the number of accounts'],
    [null, 'Enter the number of accounts'],
    [true, 'Enter the number of accounts'],
    ['0', 'Enter a number from 1 to 50'],
    ['51', 'Enter a number from 1 to 50'],
    [51, 'Enter a number from 1 to 50'],
    ['1.5', 'Enter a whole number, like 12 (not 1.5)'],
    ['-2.5', 'Enter a whole number, like 12 (not -2.5)'],
    ['.5', 'Enter a whole number, like 12 (not .5)'],
    ['12.5', 'Enter a whole number, like 12 (not 12.5)'],
    ['1.25', 'Enter a whole number, like 12 (not 1.25)'],
    ['12.', 'Enter the number in digits only, like 12'],
    ['1.5x', 'Enter the number in digits only, like 12'],
    ['x1.5', 'Enter the number in digits only, like 12'],
    ['-3', 'Enter the number in digits only, like 12'],
    ['twelve', 'Enter the number in digits only, like 12'],
  ])('count: %j is refused with %s', (typed, expected) => {
    expect(custom(accounts, typed)).toBe(expected);
  });

  test('count: its own missing message replaces the "Enter …" one', () => {
    const f = count({ label: 'Number of accounts', min: 2, max: 9, missing: 'Say how many accounts' });
    expect(message(f, '')).toBe('Say how many accounts');
    expect(message(f, '1')).toBe('Enter a number from 2 to 9');
    expect(message(f, '10')).toBe('Enter a number from 2 to 9');
    expect(ok(f, '9')).toBe(9);
    expect(ok(f, '2')).toBe(2);
  });

  test('group: label, hint, optional and fields as given', () => {
    const fields = { site: shortText({ label: 'Site name' }) };
    expect(group({ label: 'Old site', hint: 'If it moved', optional: true, fields })).toEqual({
      type: 'group',
      ui: { label: 'Old site', hint: 'If it moved' },
      optional: true,
      fields,
    });
  });
});

describe('text', () => {
  test('fullName: its ui, default label and messages', () => {
    const f = fullName();
    expect(f).toEqual({
      type: 'scalar',
      ui: {
        control: 'text',
        label: 'Full name',
        hint: 'First and last name, as the person uses at work',
        autoComplete: 'off',
        maxLength: 70,
      },
      optional: undefined,
      schema: fn,
    });
    expect(message(f, '')).toBe('Enter the full name');
    expect(fullName({ label: 'Name of the manager', hint: 'Theirs', optional: true }).ui).toMatchObject({
      label: 'Name of the manager',
      hint: 'Theirs',
    });
    expect(message(fullName({ label: 'Name of the manager' }), '')).toBe('Enter the name of the manager');
  });

  test.each([
    ['Patel, Priya', 'Priya Patel'],
    ['Smith ,  Jane', 'Jane Smith'],
    ['Patel, Priya, Ann', 'Jane Smith'],
    ['Patel, Pr1ya', 'Jane Smith'],
    ['P4tel, Priya', 'Jane Smith'],
    [',', 'Jane Smith'],
  ])('a comma in %s gets the example %s', (typed, example) => {
    expect(message(fullName(), typed)).toBe(`Names cannot contain a comma. Write the first name, then the surname, like ${example}`);
  });

  test.each([
    ['Jane Sm1th', 'Names can only contain letters, spaces, hyphens and apostrophes'],
    ['Jane @Smith', 'Names can only contain letters, spaces, hyphens and apostrophes'],
    ['Jane', 'Enter the first and last name'],
    ['Jane-Smith', 'Enter the first and last name'],
    [`${'A'.repeat(35)} ${'B'.repeat(35)}`, 'Names must be 70 characters or fewer'],
  ])('fullName refuses %s: %s', (typed, expected) => {
    expect(message(fullName(), typed)).toBe(expected);
  });

  test.each(['Jo Li', 'Jane  Smith', "Siobhán O'Neill-Brown", `${'A'.repeat(35)} ${'B'.repeat(34)}`])('fullName takes %s', (typed) => {
    expect(ok(fullName(), typed)).toBe(typed);
  });

  test('singleName: letters only, up to 40', () => {
    const f = singleName({ label: 'First name', hint: 'As at work' });
    expect(f).toEqual({
      type: 'scalar',
      ui: { control: 'text', label: 'First name', hint: 'As at work', autoComplete: 'off', maxLength: 40 },
      schema: fn,
    });
    expect(message(f, '')).toBe('Enter the first name');
    expect(message(f, 'J4ne')).toBe('Names can only contain letters, spaces, hyphens and apostrophes');
    expect(message(f, 'A'.repeat(41))).toBe('Names must be 40 characters or fewer');
    expect(ok(f, 'A'.repeat(40))).toBe('A'.repeat(40));
    expect(ok(f, 'Anne-Marie')).toBe('Anne-Marie');
  });

  test('shortText: up to 100 by default, its own max and pattern', () => {
    const f = shortText({ label: 'Site name', hint: 'As registered' });
    expect(f).toEqual({
      type: 'scalar',
      ui: { control: 'text', label: 'Site name', hint: 'As registered', maxLength: 100, autoComplete: 'off' },
      optional: undefined,
      schema: fn,
      warn: fn,
    });
    expect(ok(f, 'x'.repeat(100))).toBe('x'.repeat(100));
    expect(message(f, 'x'.repeat(101))).toBe('Site name must be 100 characters or fewer');
    expect(message(f, '')).toBe('Enter the site name');
    const short = shortText({ label: 'Ticket reference', max: 10, pattern: /^[A-Z]{3}\d+$/ });
    expect(short.ui.maxLength).toBe(10);
    expect(ok(short, 'INC1234567')).toBe('INC1234567');
    expect(message(short, 'INC12345678')).toBe('Ticket reference must be 10 characters or fewer');
    expect(message(short, 'abc')).toBe('Check the ticket reference');
    const told = shortText({ label: 'Ticket reference', pattern: /^INC/, patternMessage: 'Start with INC' });
    expect(message(told, 'abc')).toBe('Start with INC');
    expect(ok(told, 'INC9')).toBe('INC9');
  });

  test('longText: at least min, at most max, its own missing message', () => {
    const f = longText({ label: 'Details', min: 20, hint: 'What happened' });
    expect(f).toEqual({
      type: 'scalar',
      ui: { control: 'textarea', label: 'Details', hint: 'What happened', maxLength: 2000 },
      optional: undefined,
      schema: fn,
      warn: fn,
    });
    expect(message(f, 'x'.repeat(19))).toBe('Details must be at least 20 characters, so NAS has enough to act on');
    expect(ok(f, 'x'.repeat(20))).toBe('x'.repeat(20));
    expect(ok(f, 'x'.repeat(2000))).toBe('x'.repeat(2000));
    expect(message(f, 'x'.repeat(2001))).toBe('Details must be 2000 characters or fewer');
    expect(message(f, '')).toBe('Enter the details');
    const g = longText({ label: 'Details', max: 30, missing: 'Say what you need' });
    expect(message(g, ' ')).toBe('Say what you need');
    expect(ok(g, 'x')).toBe('x');
    expect(message(g, 'x'.repeat(31))).toBe('Details must be 30 characters or fewer');
  });

  test('odsCode: its ui', () => {
    expect(odsCode()).toEqual({
      type: 'scalar',
      ui: {
        control: 'text',
        label: 'ODS code',
        hint: "Your site's code, usually the part after 'care.' in the shared mailbox address",
        autoComplete: 'off',
        maxLength: 9,
      },
      optional: undefined,
      schema: fn,
    });
    expect(odsCode({ label: 'New ODS code', hint: 'After the change', optional: true })).toMatchObject({
      ui: { label: 'New ODS code', hint: 'After the change' },
      optional: true,
    });
    expect(message(odsCode({ label: 'New ODS code' }), '')).toBe('Enter the new ODS code');
  });

  test('odsCode: its message for a code that cannot be one', () => {
    expect(message(odsCode(), 'VN6C2!')).toBe('An ODS code is up to 9 letters and numbers, like VN6C2');
    expect(message(odsCode(), '')).toBe('Enter the ODS code');
    expect(ok(odsCode(), 'vn6c2')).toBe('VN6C2');
  });
});

describe('contact', () => {
  test('nhsmailAddress: its ui', () => {
    expect(nhsmailAddress()).toEqual({
      type: 'scalar',
      ui: {
        control: 'email',
        label: 'NHSmail address',
        hint: 'Their own address ending @nhs.net',
        autoComplete: 'off',
        maxLength: 254,
        pasteAs: 'email',
      },
      optional: undefined,
      schema: fn,
    });
    expect(nhsmailAddress({ label: 'Work email', hint: 'Theirs', optional: true })).toMatchObject({
      ui: { label: 'Work email', hint: 'Theirs' },
      optional: true,
    });
  });

  test('nhsmailAddress: format, @nhs.net, not a shared mailbox', () => {
    const f = nhsmailAddress();
    expect(ok(f, ' Jane.Smith@NHS.net ')).toBe('jane.smith@nhs.net');
    const issue = (v: unknown) => parse(f, v).error!.issues[0];
    expect(issue('jane')).toMatchObject({ code: 'custom', message: 'Enter an email address in the right format, like jane.smith@nhs.net' });
    expect(issue('jane@nhs')).toMatchObject({
      code: 'custom',
      message: 'Enter an email address in the right format, like jane.smith@nhs.net',
    });
    expect(issue('jane@gmail.com')).toMatchObject({ code: 'custom', message: 'An NHSmail address ends @nhs.net' });
    expect(issue('jane@nhs.net.com')).toMatchObject({ code: 'custom', message: 'An NHSmail address ends @nhs.net' });
    expect(issue('care.vn6c2@nhs.net')).toMatchObject({
      code: 'custom',
      message: "This is a shared mailbox. Enter the person's own NHSmail address",
    });
    expect(issue(`${'a'.repeat(247)}@nhs.net`)).toMatchObject({ message: 'Email addresses must be 254 characters or fewer' });
    expect(ok(f, `${'a'.repeat(246)}@nhs.net`)).toBe(`${'a'.repeat(246)}@nhs.net`);
    expect(issue('')).toMatchObject({ message: 'Enter the NHSmail address' });
  });

  test('personalEmail: its ui, format, not NHSmail', () => {
    const f = personalEmail();
    expect(f).toEqual({
      type: 'scalar',
      ui: {
        control: 'email',
        label: 'Personal email address',
        hint: 'Their own email, not NHSmail. The new account details are sent here',
        autoComplete: 'off',
        maxLength: 254,
        pasteAs: 'email',
      },
      schema: fn,
      warn: fn,
    });
    expect(personalEmail({ label: 'Home email', hint: 'Not work' }).ui).toMatchObject({ label: 'Home email', hint: 'Not work' });
    expect(message(personalEmail({ label: 'Home email' }), '')).toBe('Enter the home email');
    expect(message(f, '')).toBe('Enter the personal email address');
    const issue = (v: unknown) => parse(f, v).error!.issues[0];
    expect(issue('jane')).toMatchObject({ code: 'custom', message: 'Enter an email address in the right format, like jane@example.com' });
    expect(issue('jane@nhs.net')).toMatchObject({
      code: 'custom',
      message: "This person already has NHSmail. Ask for them to be added as a joiner instead ('Add staff who already have NHSmail').",
    });
    expect(ok(f, 'Jane@Example.com')).toBe('jane@example.com');
    expect(f.warn!(' Admin@Example.com ', ctx)).toEqual([
      { code: 'generic-email', message: "admin@example.com looks like a shared team address. NAS needs the person's own email address." },
    ]);
    expect(f.warn!('jane@example.com', ctx)).toEqual([]);
  });

  test('mobile: its ui, the empty box and the wrong number', () => {
    const f = mobile();
    expect(f).toEqual({
      type: 'scalar',
      ui: {
        control: 'tel',
        label: 'Mobile number',
        hint: 'A UK mobile starting 07. Each person needs their own',
        autoComplete: 'off',
        maxLength: 20,
        pasteAs: 'mobile',
      },
      optional: undefined,
      schema: fn,
      repair: fn,
      warn: fn,
    });
    const issue = (v: unknown) => parse(f, v).error!.issues[0];
    expect(issue('')).toMatchObject({ code: 'custom', message: 'Enter the mobile number' });
    expect(issue(' - ')).toMatchObject({ code: 'custom', message: 'Enter the mobile number' });
    expect(issue('07700 90012')).toMatchObject({ code: 'custom', message: 'A mobile number starting 07 has 11 digits; this one has 10.' });
    expect(issue('01632 960123')).toMatchObject({
      message: 'This is not a mobile number. NHSmail needs a mobile number starting 07, because passwords are sent by text.',
    });
    expect(ok(f, '+44 7700 900123')).toBe('07700900123');
    const g = mobile({ label: 'Work mobile', hint: 'Theirs' });
    expect(g.ui).toMatchObject({ label: 'Work mobile', hint: 'Theirs' });
    expect(message(g, '')).toBe('Enter the work mobile');
  });
});

describe('dates', () => {
  test('date: the hint gains the example, with or without a hint of its own', () => {
    expect(date({ label: 'Start date', hint: 'Their first day' }).ui).toEqual({
      control: 'date',
      label: 'Start date',
      hint: 'Their first day. dd/mm/yyyy, for example 03/02/2026',
      maxLength: 10,
    });
    expect(date({ label: 'Start date' }).ui.hint).toBe('dd/mm/yyyy, for example 03/02/2026');
  });

  test('date: not a real date, not past, not future, not over five years ahead', () => {
    expect(custom(date({ label: 'Start date' }), '31/02/2026')).toBe(
      '31/02/2026 is not a real date. Check the day and the month (dd/mm/yyyy)',
    );
    const future = date({ label: 'Start date', notPast: true });
    expect(custom(future, '14/01/2026')).toBe('Start date must be today or in the future');
    expect(ok(future, '15/01/2026')).toBe('2026-01-15');
    const past = date({ label: 'Leaving date', notFuture: true });
    expect(custom(past, '16/01/2026')).toBe('Leaving date must be today or in the past');
    expect(ok(past, '15/01/2026')).toBe('2026-01-15');
    expect(ok(past, '14/01/2026')).toBe('2026-01-14');
    const any = date({ label: 'Start date' });
    expect(ok(any, '15/01/2031')).toBe('2031-01-15');
    expect(custom(any, '16/01/2031')).toBe('Start date is too far ahead. Check the year');
  });

  const when = dateTime({ label: 'When it happened', hint: 'UK time' });
  const format = 'Enter the date and time as dd/mm/yyyy hh:mm, for example 20/11/2026 14:30';

  test('dateTime: its ui', () => {
    expect(dateTime({ label: 'When it happened', hint: 'UK time' })).toEqual({
      type: 'scalar',
      ui: {
        control: 'datetime',
        label: 'When it happened',
        hint: 'UK time. dd/mm/yyyy hh:mm, for example 20/11/2026 14:30',
        maxLength: 16,
      },
      optional: undefined,
      schema: fn,
    });
    expect(dateTime({ label: 'When' }).ui.hint).toBe('dd/mm/yyyy hh:mm, for example 20/11/2026 14:30');
  });

  test.each([
    ['14/01/2026 23:59', '2026-01-14T23:59'],
    ['14/01/2026 9:05', '2026-01-14T09:05'],
    ['14/01/2026 00:00', '2026-01-14T00:00'],
    ['15/01/2026 10:00', '2026-01-15T10:00'],
    ['15/01/2026 09:59', '2026-01-15T09:59'],
    ['2026-01-15T08:30:15', '2026-01-15T08:30'],
  ])('dateTime takes %s as %s', (typed, iso) => {
    expect(ok(when, typed)).toBe(iso);
  });

  test.each([
    ['14/01/2026 24:00', format],
    ['14/01/2026 12:60', format],
    ['14/01/2026', format],
    ['2026/01/14 10:00', format],
    ['31/02/2026 10:00', '31/02/2026 is not a real date. Check the day and the month (dd/mm/yyyy)'],
    ['15/01/2026 10:01', 'When it happened cannot be in the future'],
    ['16/01/2026 00:00', 'When it happened cannot be in the future'],
    ['01/02/2027 08:00', 'When it happened cannot be in the future'],
    ['', 'Enter the date and time'],
  ])('dateTime refuses %s: %s', (typed, expected) => {
    if (typed === '') expect(message(dateTime({ label: 'Date and time' }), typed)).toBe(expected);
    else expect(custom(when, typed)).toBe(expected);
  });
});

describe('schema', () => {
  test.each([
    [undefined, true],
    [null, true],
    ['', true],
    ['  \n ', true],
    ['a', false],
    [' a ', false],
    [0, false],
    [false, false],
    [[], false],
    [{}, false],
  ])('isBlank(%j) is %s', (v, expected) => {
    expect(isBlank(v)).toBe(expected);
  });

  test('an optional field treats a blank box as not given', () => {
    const f = shortText({ label: 'Site name', optional: true });
    expect(parse(f, '   ')).toEqual({ success: true, data: undefined });
    expect(parse(f, null)).toEqual({ success: true, data: undefined });
    expect(ok(f, 'Rose')).toBe('Rose');
  });

  const people = (min: number) =>
    list({ label: 'People', itemLabel: 'Person', min, max: 3, maxMessage: 'Up to 3 people', fields: { name: fullName() } });

  test('a list: at least its min, at most its max, in words', () => {
    expect(message(people(1), 'x')).toBe('Add at least one person');
    expect(message(people(1), [])).toBe('Add at least one person');
    expect(message(people(2), [{ name: 'Jo Li' }])).toBe('Add at least 2 person');
    expect(message(people(1), Array(4).fill({ name: 'Jo Li' }))).toBe('Up to 3 people');
    expect(ok(people(1), [{ name: 'Jo Li' }])).toEqual([{ name: 'Jo Li' }]);
  });

  test('a list with min 0 may be empty or missing', () => {
    expect(parse(people(0), [])).toEqual({ success: true, data: undefined });
    expect(parse(people(0), undefined)).toEqual({ success: true, data: undefined });
    expect(ok(people(0), [{ name: 'Jo Li' }])).toEqual([{ name: 'Jo Li' }]);
    expect(parse(people(1), undefined).success).toBe(false);
  });

  const fields = { site: shortText({ label: 'Site name' }), town: shortText({ label: 'Town' }) };

  test('a required group must be given', () => {
    const g = group({ label: 'Old site', fields });
    expect(message(g, undefined)).toBe('The request details are missing');
    expect(message(g, { site: '', town: '' })).toBe('Enter the site name');
    expect(ok(g, { site: 'Rose', town: 'Leeds', extra: 'x' })).toEqual({ site: 'Rose', town: 'Leeds' });
  });

  test('an optional group left wholly blank is not given; partly filled it is checked', () => {
    const g = group({ label: 'Old site', optional: true, fields });
    for (const blank of [undefined, null, '', ' ', {}, { site: '', town: '  ' }, { site: null }])
      expect(parse(g, blank)).toEqual({ success: true, data: undefined });
    expect(message(g, { site: 'Rose', town: '' })).toBe('Enter the town');
    expect(message(g, { site: '', town: 'Leeds' })).toBe('Enter the site name');
    expect(message(g, 5)).toBe('The request details are missing');
    expect(message(g, 'Rose')).toBe('The request details are missing');
    expect(ok(g, { site: 'Rose', town: 'Leeds' })).toEqual({ site: 'Rose', town: 'Leeds' });
  });

  test('warnings inside a group carry the group path', () => {
    const formFields = { old: group({ label: 'Old site', fields: { site: shortText({ label: 'Site name' }) } }) };
    expect(collectWarnings(formFields, { old: { site: 'Rose, LS1 4AP' } }, ctx)).toEqual([
      {
        code: 'postcode',
        message: "This contains a postcode (LS1 4AP). Your site's address is fine, but do not include anyone's home address.",
        path: 'old.site',
      },
    ]);
  });

  test('fieldWarnings: none for lists, groups, blank or refused values', () => {
    expect(fieldWarnings(people(0), [], ctx, ['people'])).toEqual([]);
    expect(fieldWarnings(group({ label: 'G', fields }), { site: 'LS1 4AP' }, ctx, ['g'])).toEqual([]);
    const loud: ScalarField = {
      type: 'scalar',
      ui: { control: 'text', label: 'Code' },
      schema: () => z.string().min(3),
      warn: () => [{ code: 'loud', message: 'Always' }],
    };
    expect(fieldWarnings(loud, 'ab', ctx, ['code'])).toEqual([]);
    expect(fieldWarnings(loud, '  ', ctx, ['code'])).toEqual([]);
    expect(fieldWarnings(loud, 'abc', ctx, ['people', 0, 'code'])).toEqual([{ code: 'loud', message: 'Always', path: 'people.0.code' }]);
  });

  test('initial values: defaults, unticked boxes, empty text, groups filled in', () => {
    expect(initialValue(checkbox({ label: 'Tick' }))).toBe(false);
    expect(initialValue(shortText({ label: 'Site name' }))).toBe('');
    expect(initialValue(role())).toBe('member');
    expect(initialValue(group({ label: 'G', fields: { a: shortText({ label: 'A' }), b: checkbox({ label: 'B' }) } }))).toEqual({
      a: '',
      b: false,
    });
    expect(initialValues({ r: role(), c: count({ label: 'N', min: 1, max: 2 }) })).toEqual({ r: 'member', c: '' });
  });

  test('isInitial: blank, unticked and defaults only', () => {
    const f = { name: fullName(), tick: checkbox({ label: 'Tick' }), role: role() };
    expect(isInitial(f, { name: '', tick: false, role: 'member' })).toBe(true);
    expect(isInitial(f, { name: undefined })).toBe(true);
    expect(isInitial(f, { role: undefined })).toBe(true);
    expect(isInitial(f, { tick: false })).toBe(true);
    expect(isInitial(f, {})).toBe(true);
    expect(isInitial(f, { name: 'Jo' })).toBe(false);
    expect(isInitial(f, { tick: true })).toBe(false);
    expect(isInitial(f, { role: 'owner' })).toBe(false);
    expect(isInitial(f, { name: 'member' })).toBe(false);
    expect(isInitial(f, { unknown: 'member' })).toBe(false);
    expect(isInitial(f, { unknown: '' })).toBe(true);
  });
});

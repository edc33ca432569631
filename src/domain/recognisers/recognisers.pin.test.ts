import { describe, expect, test } from 'vitest';
import { cleanMessage, type ReceivedMessage } from './message';
import { colleagueJoining, colleagueLeaving, ownWords, recogniseEmail } from './recognisers';

const now = new Date('2026-11-30T10:00:00Z'); // Monday 30 November 2026
const ctx = { now };

function msg(from: string, subject: string, body: string, received?: string): ReceivedMessage {
  const [, displayName, address] = /^(?:(.*) <)?([^<>]+)>?$/.exec(from)!;
  return cleanMessage({ subject, from: { address, displayName }, ...(received ? { received } : {}), body });
}

const noTarget =
  'NHSmail publishes no target time for this kind of request. If it is still not sorted, chase it with the ticket reference.';
const restoreLines = [
  'A deleted NHSmail account can be restored within 30 days of being deleted. After that the person needs a new account.',
  'Call the helpdesk on 0333 200 1133 to check it can still be restored, and authorise the restore by email from the shared mailbox.',
];
const addUser = { label: "Add new staff who don't have NHSmail", kindId: 'add-user' };
const loginLine =
  'The person should log in to their NHSmail account, update their profile or send an email within 30 days: that keeps the account. An account left inactive is deleted after a further 30 days.';
const resetLine = 'If they cannot log in, they can reset the password; if they have left, ask NAS to remove them.';
const inactiveSuggestions = [
  { label: 'Forgotten password or locked account', kindId: 'self-service-reset' },
  { label: 'Remove staff who have left', kindId: 'leaver' },
];

describe('ownWords: the sender’s words stop at the quoted message', () => {
  test('no quote: the whole body', () => {
    expect(ownWords('abc')).toBe('abc');
    expect(ownWords('I am leaving.\nThanks')).toBe('I am leaving.\nThanks');
  });
  test('a body that starts with the quote has no own words', () => {
    expect(ownWords('From: helpdesk@nhs.net\nSent: today')).toBe('');
  });
  test('"From: " cuts only at the start of a line, with or without spaces before it', () => {
    expect(ownWords('Hello\nFrom: helpdesk@nhs.net')).toBe('Hello\n');
    expect(ownWords('Hello\n   From: helpdesk@nhs.net')).toBe('Hello\n');
    expect(ownWords('My notes from: the meeting\nmore')).toBe('My notes from: the meeting\nmore');
    expect(ownWords('Hi\nxfrom: y')).toBe('Hi\nxfrom: y');
  });
  test('"---- Original Message ----" with a space after the dashes', () => {
    expect(ownWords('Thanks\n---- Original Message ----\nold')).toBe('Thanks\n');
  });
  test('"On 12 Nov 2026, Jane wrote:"', () => {
    expect(ownWords('Thanks\nOn 12 Nov 2026, Jane wrote:\nold')).toBe('Thanks\n');
  });
  test('a line of five underscores cuts; a word starting with one does not', () => {
    expect(ownWords('Thanks\n_____\nold')).toBe('Thanks\n');
    expect(ownWords('Hi\n_note_ here')).toBe('Hi\n_note_ here');
  });
  test('at most 3000 characters', () => {
    expect(ownWords('a'.repeat(3005))).toBe('a'.repeat(3000));
  });
});

describe('NAS asks for details: the whole recognition', () => {
  test('with a ticket and a kind', () => {
    expect(
      recogniseEmail(msg('helpdesk@nhs.net', 'RE: Joiners [INC0123456]', 'Please provide the mobile number for Jane.'), ctx),
    ).toStrictEqual({
      recogniser: 'nas-asks-for-details',
      title: 'NAS needs more details',
      lines: [
        'NAS is waiting for details from you before it can go on. Send them from the shared mailbox.',
        'Quote the ticket reference INC0123456 so NAS can match your answer.',
        'This is about: Add staff who already have NHSmail.',
      ],
      suggestions: [{ label: 'Reply with the details', kindId: 'add-joiner' }],
    });
  });
  test('with neither ticket nor kind', () => {
    expect(
      recogniseEmail(msg('helpdesk@nhs.net', 'Your request', 'Could you please confirm the ODS code of the home?'), ctx),
    ).toStrictEqual({
      recogniser: 'nas-asks-for-details',
      title: 'NAS needs more details',
      lines: [
        'NAS is waiting for details from you before it can go on. Send them from the shared mailbox.',
        'Reply to this email with what they ask for.',
      ],
      suggestions: [],
    });
  });
});

describe('NAS ticket: arrival, holidays, targets', () => {
  const ticket = (received?: string, subject = 'RE: Leavers INC0123456') => msg('helpdesk@nhs.net', subject, 'Logged.', received);
  const chase = (summary: string, ref = 'INC0123456') => [
    { label: 'Chase this request', kindId: 'escalation', values: { ticketReference: ref, summary } },
  ];

  test('arrived today', () => {
    expect(recogniseEmail(ticket('2026-11-30T08:00:00Z'), ctx)).toStrictEqual({
      recogniser: 'nas-ticket',
      title: 'A NAS reply about ticket INC0123456',
      lines: ['It arrived on Monday 30 November 2026, today.', noTarget],
      suggestions: chase('NAS wrote to us about this ticket on Monday 30 November 2026 and the request has still not been sorted.'),
    });
  });
  test('arrived 1 working day ago (Friday, seen on Monday)', () => {
    expect(recogniseEmail(ticket('2026-11-27T08:00:00Z'), ctx)!.lines).toStrictEqual([
      'It arrived on Friday 27 November 2026, 1 working day ago.',
      noTarget,
    ]);
  });
  test('given holidays are used instead of the bank holidays', () => {
    const m = ticket('2026-11-26T08:00:00Z');
    expect(recogniseEmail(m, { now, holidays: ['2026-11-27'] })!.lines[0]).toBe(
      'It arrived on Thursday 26 November 2026, 1 working day ago.',
    );
    expect(recogniseEmail(m, ctx)!.lines[0]).toBe('It arrived on Thursday 26 November 2026, 2 working days ago.');
  });
  test('a received date after today gives no arrival line', () => {
    expect(recogniseEmail(ticket('2026-12-02T08:00:00Z'), ctx)!.lines).toStrictEqual([noTarget]);
  });
  test('no received date: no arrival line, a summary without a date', () => {
    expect(recogniseEmail(ticket(), ctx)).toStrictEqual({
      recogniser: 'nas-ticket',
      title: 'A NAS reply about ticket INC0123456',
      lines: [noTarget],
      suggestions: chase('NAS wrote to us about this ticket and the request has still not been sorted.'),
    });
  });
  test('more than 10 accounts without a received date: the target without a date', () => {
    expect(recogniseEmail(ticket(undefined, 'RE: Request for more than 10 user accounts INC0456789'), ctx)!.lines).toStrictEqual([
      'NAS aims to finish a request for more than 10 accounts within 5 working days of having all the details.',
    ]);
  });
});

describe('account deleted: the whole recognition', () => {
  const deleted = (received?: string) =>
    msg('noreply@nhs.net', 'Your NHSmail account has been deleted', 'Your account has been deleted.', received);
  const restore = (deletedOn?: string) => ({
    label: 'Restore a deleted account',
    kindId: 'reinstate-account',
    ...(deletedOn ? { values: { deletedOn } } : {}),
  });

  test('arrived 10 days ago: restore by a date, restore first', () => {
    expect(recogniseEmail(deleted('2026-11-20T09:00:00Z'), ctx)).toStrictEqual({
      recogniser: 'account-deleted',
      title: 'An NHSmail account has been deleted',
      lines: [
        ...restoreLines,
        'This notice arrived on Friday 20 November 2026: ask NAS to restore the account by Sunday 20 December 2026.',
      ],
      suggestions: [restore('2026-11-20'), addUser],
    });
  });
  test('arrived today', () => {
    expect(recogniseEmail(deleted('2026-11-30T07:00:00Z'), ctx)!.suggestions).toStrictEqual([restore('2026-11-30'), addUser]);
    expect(recogniseEmail(deleted('2026-11-30T07:00:00Z'), ctx)!.lines[2]).toBe(
      'This notice arrived on Monday 30 November 2026: ask NAS to restore the account by Wednesday 30 December 2026.',
    );
  });
  test('exactly 30 days ago is not too late', () => {
    expect(recogniseEmail(deleted('2026-10-31T09:00:00Z'), ctx)).toStrictEqual({
      recogniser: 'account-deleted',
      title: 'An NHSmail account has been deleted',
      lines: [
        ...restoreLines,
        'This notice arrived on Saturday 31 October 2026: ask NAS to restore the account by Monday 30 November 2026.',
      ],
      suggestions: [restore('2026-10-31'), addUser],
    });
  });
  test('31 days ago is too late: a new account first', () => {
    expect(recogniseEmail(deleted('2026-10-30T09:00:00Z'), ctx)).toStrictEqual({
      recogniser: 'account-deleted',
      title: 'An NHSmail account has been deleted',
      lines: [
        ...restoreLines,
        'This notice arrived on Friday 30 October 2026, 31 days ago, so it is probably too late to restore the account. Ask for a new account instead.',
      ],
      suggestions: [addUser, restore('2026-10-30')],
    });
  });
  test('a received date after today: no date line, no date filled in', () => {
    expect(recogniseEmail(deleted('2026-12-01T07:00:00Z'), ctx)).toStrictEqual({
      recogniser: 'account-deleted',
      title: 'An NHSmail account has been deleted',
      lines: restoreLines,
      suggestions: [restore(), addUser],
    });
  });
  test('no received date: no date line, restore first', () => {
    expect(recogniseEmail(deleted(), ctx)).toStrictEqual({
      recogniser: 'account-deleted',
      title: 'An NHSmail account has been deleted',
      lines: restoreLines,
      suggestions: [restore(), addUser],
    });
  });
});

describe('account inactive: the whole recognition', () => {
  const inactive = (received?: string) =>
    msg('noreply@nhs.net', 'Your NHSmail account is inactive', 'Your account is now inactive.', received);
  test('arrived today: log in within 30 days of it', () => {
    expect(recogniseEmail(inactive('2026-11-30T07:00:00Z'), ctx)).toStrictEqual({
      recogniser: 'account-inactive',
      title: 'An NHSmail account is inactive',
      lines: [loginLine, 'This notice arrived on Monday 30 November 2026: log in before Wednesday 30 December 2026.', resetLine],
      suggestions: inactiveSuggestions,
    });
  });
  test('a received date after today, or none: no date line', () => {
    for (const m of [inactive('2026-12-01T07:00:00Z'), inactive()])
      expect(recogniseEmail(m, ctx)).toStrictEqual({
        recogniser: 'account-inactive',
        title: 'An NHSmail account is inactive',
        lines: [loginLine, resetLine],
        suggestions: inactiveSuggestions,
      });
  });
});

describe('a colleague leaving or joining: the whole recognition', () => {
  const nhsLines = 'Their name and NHSmail address are filled in from the sender of this email.';
  test('leaving, from NHSmail, with a curly apostrophe ("I’ve resigned")', () => {
    expect(
      recogniseEmail(msg('SMITH, Jane (Sunrise House) <jane.smith12@nhs.net>', 'Notice', 'I’ve resigned from the home.'), ctx),
    ).toStrictEqual({
      recogniser: 'colleague-leaving',
      title: 'Jane Smith says they are leaving',
      lines: [
        'Once they have gone, ask NAS to remove them from the shared mailbox: anyone still linked can read it. If they are an owner, name who takes over.',
        nhsLines,
      ],
      suggestions: [
        {
          label: 'Remove staff who have left',
          kindId: 'leaver',
          values: { people: [{ fullName: 'Jane Smith', nhsmailAddress: 'jane.smith12@nhs.net' }] },
        },
      ],
    });
  });
  test('leaving, from another address, no display name: the address stands for the name', () => {
    const r = recogniseEmail(msg('tom.hill@example.com', 'Notice', 'My last day is Friday.'), ctx)!;
    expect(r.title).toBe('tom.hill@example.com says they are leaving');
    expect(r.lines).toStrictEqual([
      'Once they have gone, ask NAS to remove them from the shared mailbox: anyone still linked can read it. If they are an owner, name who takes over.',
      'They wrote from an address that is not NHSmail: enter their NHSmail address yourself.',
    ]);
    // Their other address is not an NHSmail address: the leaver form's NHSmail field stays empty.
    expect(r.suggestions).toStrictEqual([{ label: 'Remove staff who have left', kindId: 'leaver' }]);
  });
  test('leaving, from another address with a display name: only the name is filled in', () => {
    const r = recogniseEmail(msg('Tom Hill <tom.hill@example.com>', 'Notice', 'I have handed in my notice.'), ctx)!;
    expect(r.title).toBe('Tom Hill says they are leaving');
    expect(r.suggestions).toStrictEqual([
      { label: 'Remove staff who have left', kindId: 'leaver', values: { people: [{ fullName: 'Tom Hill' }] } },
    ]);
  });
  test('joining, from NHSmail', () => {
    expect(recogniseEmail(msg('Amira Khan <amira.khan3@nhs.net>', 'Hello', 'I have just joined the team.'), ctx)).toStrictEqual({
      recogniser: 'colleague-joining',
      title: 'Amira Khan is joining',
      lines: [
        'They already have NHSmail, so ask NAS to add them as a joiner; do not register them again. Their previous organisation must mark them as a leaver first.',
        nhsLines,
      ],
      suggestions: [
        {
          label: 'Add staff who already have NHSmail',
          kindId: 'add-joiner',
          values: { people: [{ fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net' }] },
        },
      ],
    });
  });
  test('joining, from NHSmail, no display name', () => {
    expect(recogniseEmail(msg('amira.khan3@nhs.net', 'Hello', 'I have just joined the team.'), ctx)!.title).toBe(
      'amira.khan3@nhs.net is joining',
    );
  });
  test('joining, from another address', () => {
    expect(recogniseEmail(msg('Amira Khan <amira.k@example.com>', 'Hello', 'I have just joined the team.'), ctx)).toStrictEqual({
      recogniser: 'colleague-joining',
      title: 'Amira Khan is joining',
      lines: [
        'They wrote from an address that is not NHSmail, so they may need a new account. If they already have NHSmail from another job, add them as a joiner instead.',
      ],
      suggestions: [
        { ...addUser, values: { people: [{ fullName: 'Amira Khan', personalEmail: 'amira.k@example.com' }] } },
        { label: 'Add staff who already have NHSmail', kindId: 'add-joiner', values: { people: [{ fullName: 'Amira Khan' }] } },
      ],
    });
  });
  test('joining, from another address, no display name: nothing filled in for the joiner', () => {
    expect(recogniseEmail(msg('amira.k@example.com', 'Hello', 'I have just joined the team.'), ctx)!.suggestions).toStrictEqual([
      { ...addUser, values: { people: [{ personalEmail: 'amira.k@example.com' }] } },
      { label: 'Add staff who already have NHSmail', kindId: 'add-joiner', values: undefined },
    ]);
  });
  test('the person recognisers give undefined (and do not throw) for a sender that is not a person', () => {
    for (const m of [
      msg('helpdesk@nhs.net', 'I am leaving the home', 'I have just joined the team.'),
      msg('care.vn6c2@nhs.net', 'x', 'I have resigned. I have joined the team.'),
    ]) {
      expect(colleagueLeaving.recognise(m, ctx)).toBeUndefined();
      expect(colleagueJoining.recognise(m, ctx)).toBeUndefined();
    }
  });
});

// Each recogniser on a table of realistic messages: at least ten it must recognise and ten near
// misses it must not. Names and addresses are fictional.
import { describe, expect, test } from 'vitest';
import { cleanMessage, type ReceivedMessage } from './message';
import { recogniseEmail, type RecogniserId } from './recognisers';
import { nameFromDisplayName } from './senders';

const now = new Date('2026-11-30T10:00:00Z'); // Monday 30 November 2026
const ctx = { now };

function msg(from: string, subject: string, body = '', received = '2026-11-20T09:15:00Z'): ReceivedMessage {
  const [, displayName, address] = /^(?:(.*) <)?([^<>]+)>?$/.exec(from)!;
  return cleanMessage({ subject, from: { address, displayName }, received, body });
}

const nasSign = '\n\nKind regards\nNational Administration Service\nNHSmail Support';
const quoted = (text: string) => `\n\nFrom: Care.VN6C2 (Sunrise House, Durham) <care.vn6c2@nhs.net>\nSent: 18 November 2026\n${text}`;

function expectRecognised(id: RecogniserId, cases: ReceivedMessage[]) {
  test.each(cases.map((m) => [m.subject, m] as const))('recognises: %s', (_, m) => {
    expect(recogniseEmail(m, ctx)?.recogniser).toBe(id);
  });
}
function expectNotRecognised(id: RecogniserId, cases: ReceivedMessage[]) {
  test.each(cases.map((m) => [m.subject || m.body.slice(0, 40), m] as const))('near miss: %s', (_, m) => {
    expect(recogniseEmail(m, ctx)?.recogniser).not.toBe(id);
  });
}

describe('a NAS reply with a ticket reference', () => {
  const positives = [
    msg(
      'NHSmail Helpdesk <helpdesk@nhs.net>',
      'RE: Joiners – VN6C2 – Sunrise House [INC0123456]',
      'Hello, we have received your request and it has been logged.' + nasSign,
    ),
    msg(
      'helpdesk@nhs.net',
      'INC0987654 has been resolved',
      'Your incident has been resolved. If you feel it is not fixed, reply to this email.',
    ),
    msg('HELPDESK@NHS.NET', 'Your request RITM0045123 has been received', 'Thank you for contacting NHSmail.'),
    msg('careadmin@nhs.net', 'RE: Leavers – VN6C2 – Sunrise House', 'This has been logged as REQ0012345. Regards' + nasSign),
    msg('pharmacyadmin@nhs.net', 'Ticket INC1234567 update', 'The account has been moved to your site.'),
    msg('dentistadmin@nhs.net', 'RE: Name change [ref:INC7654321]', 'We have updated the name on the account.'),
    msg('optomadmin@nhs.net', 'Update on your request', 'Reference: RITM0099887. The team is working on it.'),
    msg('feedback@nhs.net', 'Escalation INC0012345', 'Your escalation has been passed to the service team.'),
    msg(
      'NHSmail Support <accentureplc@service-now.com>',
      'Incident INC0123999 has been opened on your behalf',
      'Do not reply to this address.',
    ),
    msg(
      'helpdesk@nhs.net',
      'RE: Request for more than 10 user accounts – VN6C2 – Sunrise House INC0456789',
      'We have all the details we need and the request is with the team.',
    ),
    msg('helpdesk@nhs.net', 'RE: Shared mailbox audit – VN6C2', 'Please see the attached audit. Ticket inc0101010.'),
  ];
  const nearMisses = [
    msg('Amira Khan <amira.khan3@nhs.net>', 'Did NAS reply about INC0123456?', 'I have not seen anything yet.'),
    msg('helpdesk@nhs.net', 'Planned maintenance this weekend', 'NHSmail will be unavailable on Saturday night.'),
    msg('helpdesk@nhs.net.example.com', 'RE: Joiners INC0123456', 'Spoofed domain.'),
    msg('helpdesk@nhs.net', 'RE: Joiners INC123', 'Reference too short.'),
    msg('helpdesk@nhs.net', 'Update', 'Reference INC01234567890123 is far too long to be a ticket.'),
    msg('helpdesk@nhs.net', 'Update', 'The word INCREASE0123456 is not a ticket.'),
    msg('care.vl86q@nhs.net', 'FW: INC0123456', 'Forwarding the NAS reply for you.'),
    msg('helpdesk <helpdesk@nhs.uk>', 'RE: INC0123456', 'A different domain.'),
    msg('"helpdesk@nhs.net" <someone@example.com>', 'RE: INC0123456', 'The display name is not the address.'),
    msg('helpdesk@nhs.net', 'RE: Joiners [INC0123456]', 'Please provide the mobile number linked to the account so we can progress this.'),
  ];
  expectRecognised('nas-ticket', positives);
  expectNotRecognised('nas-ticket', nearMisses);

  test('"Chase this request" opens the escalation with the ticket reference and the message date', () => {
    const r = recogniseEmail(positives[0], ctx)!;
    expect(r.title).toBe('A NAS reply about ticket INC0123456');
    expect(r.suggestions).toEqual([
      {
        label: 'Chase this request',
        kindId: 'escalation',
        values: {
          ticketReference: 'INC0123456',
          summary: 'NAS wrote to us about this ticket on Friday 20 November 2026 and the request has still not been sorted.',
        },
      },
    ]);
    // Friday 20 to Monday 30 November: 6 working days.
    expect(r.lines[0]).toBe('It arrived on Friday 20 November 2026, 6 working days ago.');
    expect(r.lines[1]).toMatch(/publishes no target time/);
  });

  test('a lower-case reference is quoted in upper case', () => {
    expect(recogniseEmail(positives[10], ctx)!.suggestions[0]!.values).toMatchObject({ ticketReference: 'INC0101010' });
  });

  test('more than 10 accounts: 5 working days from the message, counted past bank holidays', () => {
    const m = msg('helpdesk@nhs.net', 'RE: Request for more than 10 user accounts INC0456789', 'Logged.', '2026-12-22T15:00:00Z');
    const r = recogniseEmail(m, { now: new Date('2026-12-23T10:00:00Z') })!;
    // Tue 22 Dec + 5 working days, skipping Christmas Day (Fri 25) and the Boxing Day substitute (Mon 28).
    expect(r.lines).toContain(
      'NAS aims to finish a request for more than 10 accounts within 5 working days of having all the details: by Thursday 31 December 2026.',
    );
    expect(r.lines[0]).toBe('It arrived on Tuesday 22 December 2026, 1 working day ago.');
  });

  test('with no received date, nothing about dates is said or filled in', () => {
    const m = cleanMessage({ subject: 'RE: INC0123456', from: { address: 'helpdesk@nhs.net' }, body: 'Logged.' });
    const r = recogniseEmail(m, ctx)!;
    expect(r.lines.join(' ')).not.toMatch(/arrived/);
    expect(r.suggestions[0]!.values).toEqual({
      ticketReference: 'INC0123456',
      summary: 'NAS wrote to us about this ticket and the request has still not been sorted.',
    });
  });
});

describe('NAS asking for more information', () => {
  const positives = [
    msg(
      'helpdesk@nhs.net',
      'RE: Joiners – VN6C2 – Sunrise House [INC0123456]',
      'Please provide the mobile number linked to the account so that we can progress this request.' + nasSign,
    ),
    msg('helpdesk@nhs.net', 'RE: Leavers – VN6C2', 'Could you please confirm the NHSmail address of the leaver?' + nasSign),
    msg(
      'careadmin@nhs.net',
      'RE: New user accounts – VN6C2 – Sunrise House',
      'We require the following information for each new user: full name, mobile and personal email.',
    ),
    msg('helpdesk@nhs.net', 'Further information required INC0011223', 'We are unable to progress your request without the details below.'),
    msg(
      'helpdesk@nhs.net',
      'RE: Request for more than 10 user accounts',
      'Please send the justification and confirm that the 10 existing accounts are in use.',
    ),
    msg('pharmacyadmin@nhs.net', 'RE: Shared mailbox owner change', 'Can you provide the NHSmail address of the new owner?'),
    msg('helpdesk@nhs.net', 'Awaiting your response RITM0022334', 'We are awaiting your response before we can continue.'),
    msg('dentistadmin@nhs.net', 'RE: Reinstate deleted account', 'Missing details are required: the mobile number of the deleted user.'),
    msg(
      'helpdesk@nhs.net',
      'Your ticket INC0033445',
      'The minimum data set was not included. Please reply with the affected email address.',
    ),
    msg(
      'helpdesk@nhs.net',
      'RE: Password reset to a new mobile – confirmation',
      'We need some more details: the old mobile linked to the account.',
    ),
    msg('optomadmin@nhs.net', 'Request REQ0055667', 'Please could you provide your ODS code and the name of the practice.'),
    msg(
      'helpdesk@nhs.net',
      'RE: Leavers INC0123456',
      'This request has been closed as we did not hear back. Please provide the leaver’s NHSmail address and we will reopen it.',
    ),
  ];
  const nearMisses = [
    msg('helpdesk@nhs.net', 'INC0123456 has been resolved', 'If you need further information please contact the helpdesk.'),
    msg('helpdesk@nhs.net', 'RE: Joiners INC0123456', 'Thank you for providing the details. No further information is required.'),
    msg('Amira Khan <amira.khan3@nhs.net>', 'RE: Joiners', 'Please provide the mobile number for Jane.'),
    msg('helpdesk@nhs.net', 'Planned maintenance', 'Services will be unavailable from 22:00.'),
    msg('helpdesk@nhs.net', 'RE: Leavers', 'The accounts have been marked as leavers.'),
    msg('care.vl86q@nhs.net', 'Can you provide the rota?', 'We need the following shifts covered.'),
    msg('helpdesk@nhs.net.evil.example', 'Please provide your password', 'We need the following: your password.'),
    msg('helpdesk@nhs.net', 'Newsletter', 'Our survey is closed. Thank you.'),
    msg('helpdesk@nhs.net', 'RE: Joiners', 'Done.' + quoted('Please could you provide any update on this?')),
    msg('feedback@nhs.net', 'Escalation acknowledged INC0099', 'We will be in touch within 1 working day.'),
    msg(
      'helpdesk@nhs.net',
      'INC0123456 resolved',
      'Your incident has been resolved. Please confirm the issue is fixed by replying to this email.',
    ),
  ];
  expectRecognised('nas-asks-for-details', positives);
  expectNotRecognised('nas-asks-for-details', nearMisses);

  test('"Reply with the details" opens the kind the subject names', () => {
    const kinds = positives.map((m) => recogniseEmail(m, ctx)!.suggestions[0]?.kindId);
    expect(kinds).toEqual([
      'add-joiner',
      'leaver',
      'add-user',
      undefined,
      'more-accounts',
      'owner-change',
      undefined,
      'reinstate-account',
      undefined,
      'reset-new-mobile',
      undefined,
      'leaver',
    ]);
    expect(recogniseEmail(positives[0], ctx)!.suggestions).toEqual([{ label: 'Reply with the details', kindId: 'add-joiner' }]);
  });

  test('when the message does not say which request, no form is offered, only the advice', () => {
    const r = recogniseEmail(positives[3], ctx)!;
    expect(r.suggestions).toEqual([]);
    expect(r.lines).toContain('Quote the ticket reference INC0011223 so NAS can match your answer.');
    expect(r.lines).toContain('Reply to this email with what they ask for.');
  });
});

describe('NHSmail inactivity notices', () => {
  const positives = [
    msg(
      'NHSmail <noreply@nhs.net>',
      'Your NHSmail account is inactive',
      'Your account has not been used for 30 days and has been marked as inactive. Log in to keep it.',
    ),
    msg('helpdesk@nhs.net', 'Action required: NHSmail account inactivity', 'To keep your account, log in to NHSmail.'),
    msg('noreply@nhs.net', 'Your NHSmail account will be deleted', 'Your account will be deleted in 30 days unless you log in.'),
    msg('Peter Lund <peter.lund@nhs.net>', 'FW: my account', 'I got this: your NHSmail account is now inactive. What do I do?'),
    msg(
      'noreply@nhs.net',
      'Important information about your account',
      'Your NHSmail account is eligible for deletion because it has been inactive.',
    ),
    msg('noreply@nhs.net', 'Inactive account warning', 'Your nhs.net account has become inactive.'),
    msg('noreply@nhs.net', 'NHSmail: account status', 'This account is due to be deleted as it has not been used.'),
    msg(
      'Sarah Bell <sarah.bell7@nhs.net>',
      'Inactive NHSmail',
      "Hi, my NHSmail account says the account will become inactive if I don't log in.",
    ),
    msg(
      'noreply@nhs.net',
      'Reminder',
      'NHSmail accounts not used for 30 days are marked as inactive. Your account was marked as inactive on 1 November.',
    ),
    msg('noreply@nhs.net', 'Your NHSmail mailbox will be permanently deleted', 'Log in within 30 days to keep it.'),
  ];
  const nearMisses = [
    msg('Amira Khan <amira.khan3@nhs.net>', 'Rota', 'I deleted the old rota from the shared drive.'),
    msg('pharmacy.fh542@nhs.net', 'Stock', 'This product lists the inactive ingredients on the back.'),
    msg('noreply@example.com', 'Your account is inactive', 'Your streaming account is inactive. Log in to keep watching.'),
    msg('helpdesk@nhs.net', 'Planned maintenance', 'NHSmail will be unavailable on Saturday.'),
    msg('Peter Lund <peter.lund@nhs.net>', 'Deleted items', 'The NHSmail Deleted Items folder is emptied after 30 days.'),
    msg('noreply@nhs.net', 'Your NHSmail password will expire', 'Change your password within 7 days.'),
    msg('Sarah Bell <sarah.bell7@nhs.net>', 'Question', 'Is our NHSmail shared mailbox going to stay active if nobody uses it?'),
    msg('noreply@nhs.net', 'Your NHSmail account has been deleted', 'Your account has been deleted after 60 days without use.'),
    msg('care.vn6c2@nhs.net', 'Training', 'Reminder: log in to the training portal every month.'),
    msg('noreply@nhs.net', 'Welcome to NHSmail', 'Your account is now active.'),
  ];
  expectRecognised('account-inactive', positives);
  expectNotRecognised('account-inactive', nearMisses);

  test('the answer: log in within 30 days, with the date; reset or remove as requests', () => {
    const r = recogniseEmail(positives[0], ctx)!;
    expect(r.lines[0]).toMatch(/log in to their NHSmail account, update their profile or send an email within 30 days/);
    expect(r.lines[0]).toMatch(/deleted after a further 30 days/);
    expect(r.lines[1]).toBe('This notice arrived on Friday 20 November 2026: log in before Sunday 20 December 2026.');
    expect(r.suggestions.map((s) => s.kindId)).toEqual(['self-service-reset', 'leaver']);
  });
});

describe('NHSmail deletion notices', () => {
  const positives = [
    msg('noreply@nhs.net', 'Your NHSmail account has been deleted', 'Your account has been deleted after 60 days without use.'),
    msg('helpdesk@nhs.net', 'Account deleted', 'The NHSmail account for this user has now been deleted.'),
    msg('Peter Lund <peter.lund@nhs.net>', 'FW: account gone', 'I got a message that my NHSmail account was deleted.'),
    msg('noreply@nhs.net', 'NHSmail account deletion', 'This mailbox has been permanently deleted because it was inactive.'),
    msg('noreply@nhs.net', 'Important', 'Your nhs.net account has been deleted.'),
    msg('Sarah Bell <sarah.bell7@nhs.net>', 'Help', 'My NHSmail account has been deleted, can it come back?'),
    msg('noreply@nhs.net', 'Deleted account', 'NHSmail: the account jane.smith@nhs.net was deleted today.'),
    msg('noreply@nhs.net', 'Your account', 'Your NHSmail account has been deleted as it was marked as a leaver 30 days ago.'),
    msg('careadmin@nhs.net', 'Deleted accounts on your site', 'Two NHSmail accounts have been deleted.'),
    msg('noreply@nhs.net', 'NHSmail', 'We are writing to tell you that your account has now been deleted.'),
  ];
  const nearMisses = [
    msg('noreply@nhs.net', 'Your NHSmail account will be deleted', 'Log in within 30 days.'),
    msg('Amira Khan <amira.khan3@nhs.net>', 'Oops', 'I deleted your NHSmail message by mistake.'),
    msg('noreply@example.com', 'Account deleted', 'Your shop account has been deleted.'),
    msg('Peter Lund <peter.lund@nhs.net>', 'Rota', 'The old rota file has been deleted from the shared drive.'),
    msg('noreply@nhs.net', 'Deleted Items', 'Items in your NHSmail Deleted Items folder have been removed.'),
    msg('helpdesk@nhs.net', 'RE: Reinstate deleted account INC0123456', 'The account has been restored.'),
    msg('care.vn6c2@nhs.net', 'Contacts', 'I have deleted the old contacts list.'),
    msg('noreply@nhs.net', 'Your NHSmail account is inactive', 'Log in to keep it.'),
    msg('Sarah Bell <sarah.bell7@nhs.net>', 'Question', 'What happens to an NHSmail account if it is not used? Will it be deleted?'),
    msg('helpdesk@nhs.net', 'Maintenance', 'NHSmail archive data older than 7 years is deleted automatically.'),
  ];
  expectRecognised('account-deleted', positives);
  expectNotRecognised('account-deleted', nearMisses);

  test('within 30 days: restore first, with the deletion date filled in and the last day to ask', () => {
    const r = recogniseEmail(positives[0], ctx)!;
    expect(r.lines[0]).toBe(
      'A deleted NHSmail account can be restored within 30 days of being deleted. After that the person needs a new account.',
    );
    expect(r.lines[1]).toBe(
      'Call the helpdesk on 0333 200 1133 to check it can still be restored, and authorise the restore by email from the shared mailbox.',
    );
    expect(r.lines[2]).toBe('This notice arrived on Friday 20 November 2026: ask NAS to restore the account by Sunday 20 December 2026.');
    expect(r.suggestions[0]).toEqual({
      label: 'Restore a deleted account',
      kindId: 'reinstate-account',
      values: { deletedOn: '2026-11-20' },
    });
    expect(r.suggestions[1]!.kindId).toBe('add-user');
  });

  test('more than 30 days ago: a new account comes first', () => {
    const old = msg('noreply@nhs.net', 'Your NHSmail account has been deleted', 'Your account has been deleted.', '2026-10-01T09:00:00Z');
    const r = recogniseEmail(old, ctx)!;
    expect(r.lines[2]).toMatch(/60 days ago, so it is probably too late/);
    expect(r.suggestions.map((s) => s.kindId)).toEqual(['add-user', 'reinstate-account']);
  });
});

describe('a colleague leaving', () => {
  const positives = [
    msg('SMITH, Jane (Sunrise House) <jane.smith@nhs.net>', 'Leaving', 'Hi, I am leaving the home at the end of December.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'My notice', "I've handed in my notice today."),
    msg('Jane Smith <jane.smith@nhs.net>', 'Last day', 'Just to let you know my last day will be 31 December.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'Resignation', 'Please accept my resignation from my post as senior carer.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'News', 'I have resigned and will finish on Friday.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'Moving on', 'I’m leaving the company next month to work closer to home.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'Update', "I'm leaving at the end of the month."),
    msg('Jane Smith <jane.smith@nhs.net>', 'Hours', 'I am working my notice until January.'),
    msg('Jane Smith <jane.smith@gmail.com>', 'Leaving', 'I will be leaving in two weeks.'),
    msg('KHAN, Amira <amira.khan3@nhs.net>', 'Goodbye', 'My last shift is on Sunday. Thank you all.'),
    msg("Tom O'Neill <tom.oneill@nhs.net>", 'Leaving the team', 'I am leaving the team in 3 weeks.'),
  ];
  const nearMisses = [
    msg('Jane Smith <jane.smith@nhs.net>', 'Keys', "I'm leaving the keys at reception."),
    msg('Jane Smith <jane.smith@nhs.net>', 'Early finish', 'I am leaving early today for an appointment.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'Leaving do', 'Leaving do for Peter on Friday at 6.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'Peter', "Peter's last day is Friday."),
    msg('Jane Smith <jane.smith@nhs.net>', 'Sarah', 'Sarah has handed in her notice.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'Rumours', 'I am not leaving, whatever you heard.'),
    msg('helpdesk@nhs.net', 'Leavers INC0123456', 'My last day is not relevant; the leavers were removed.'),
    msg('care.vl86q@nhs.net', 'Staff news', 'I am leaving the home at the end of the month.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'Notice board', 'Please put this on my notice board.'),
    msg('Jane Smith <jane.smith@nhs.net>', 'RE: Rota', 'OK.' + quoted("I'm leaving the company in 2 weeks.")),
  ];
  expectRecognised('colleague-leaving', positives);
  expectNotRecognised('colleague-leaving', nearMisses);

  test('name and NHSmail address come from the sender, in the leaver form’s own fields', () => {
    const r = recogniseEmail(positives[0], ctx)!;
    expect(r.title).toBe('Jane Smith says they are leaving');
    expect(r.suggestions).toEqual([
      {
        label: 'Remove staff who have left',
        kindId: 'leaver',
        values: { people: [{ fullName: 'Jane Smith', nhsmailAddress: 'jane.smith@nhs.net' }] },
      },
    ]);
  });

  test('never anything else from the body, even a name or address written in it', () => {
    const m = msg(
      'Jane Smith <jane.smith@nhs.net>',
      'Leaving',
      'I am leaving the home. Please also remove Peter Lund peter.lund@nhs.net, 07700 900123, NHS number 943 476 5919.',
    );
    const values = JSON.stringify(recogniseEmail(m, ctx)!.suggestions);
    expect(values).not.toMatch(/Peter|peter\.lund|07700|943/);
  });

  test('a display name that is not a plain name is not filled in', () => {
    const m = msg('Sunrise House Night Staff 2 <night.staff@nhs.net>', 'Leaving', 'I am leaving the team.');
    expect(recogniseEmail(m, ctx)!.suggestions[0]!.values).toEqual({ people: [{ nhsmailAddress: 'night.staff@nhs.net' }] });
  });
});

describe('a colleague joining', () => {
  const positives = [
    msg(
      'Grace Adeyemi <grace.adeyemi2@nhs.net>',
      'Hello',
      'I have just joined the team as a senior carer. Please add me to the shared mailbox.',
    ),
    msg('ADEYEMI, Grace (Oak Lodge) <grace.adeyemi2@nhs.net>', 'New starter', "I'm the new starter on nights."),
    msg('Grace Adeyemi <grace.adeyemi2@nhs.net>', 'Access', 'Please add me to the shared mailbox, I already have NHSmail.'),
    msg('Grace Adeyemi <grace.adeyemi2@nhs.net>', 'First day', 'My first day is Monday 7 December.'),
    msg('Grace Adeyemi <grace.adeyemi2@nhs.net>', 'Joining', 'I am joining the home next week from Oak Lodge.'),
    msg('Grace Adeyemi <grace.adeyemi2@nhs.net>', 'Hi', "I've started working here this week."),
    msg('Grace Adeyemi <grace.adeyemi2@nhs.net>', 'Introduction', 'I am the new deputy manager.'),
    msg('Grace Adeyemi <grace.adeyemi2@nhs.net>', 'Start', 'I will be starting as a nurse on 4 January.'),
    msg('Grace Adeyemi <grace.adeyemi@example.com>', 'New job', "I'm a new member of staff starting Monday."),
    msg('Grace Adeyemi <grace.adeyemi2@nhs.net>', 'Hello from Grace', 'I have recently joined the practice.'),
  ];
  const nearMisses = [
    msg('Amira Khan <amira.khan3@nhs.net>', 'Welcome', 'Please welcome our new starter Grace.'),
    msg('Amira Khan <amira.khan3@nhs.net>', 'Grace', 'Grace has joined the team.'),
    msg('Amira Khan <amira.khan3@nhs.net>', 'Meds', "I'm starting the medication round now."),
    msg('Amira Khan <amira.khan3@nhs.net>', 'Call', "I'm joining the call late."),
    msg('Amira Khan <amira.khan3@nhs.net>', 'Teams', 'I have joined the Teams meeting.'),
    msg('Amira Khan <amira.khan3@nhs.net>', 'Please add Grace', 'Please add Grace to the shared mailbox.'),
    msg('Amira Khan <amira.khan3@nhs.net>', 'Training', 'Joining instructions for the training are attached.'),
    msg('helpdesk@nhs.net', 'RE: Joiners', 'The joiner has been added. My first day back is Monday.'),
    msg('care.vl86q@nhs.net', 'New starter', 'I am the new manager at Oak Lodge.'),
    msg('Amira Khan <amira.khan3@nhs.net>', 'Rota', 'The first day of the month is a Tuesday.'),
  ];
  expectRecognised('colleague-joining', positives);
  expectNotRecognised('colleague-joining', nearMisses);

  test('with NHSmail: add as a joiner, name and address from the sender', () => {
    expect(recogniseEmail(positives[1], ctx)!.suggestions).toEqual([
      {
        label: 'Add staff who already have NHSmail',
        kindId: 'add-joiner',
        values: { people: [{ fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net' }] },
      },
    ]);
  });

  test('without NHSmail: a new account first, with the sender as the personal email', () => {
    const r = recogniseEmail(positives[8], ctx)!;
    expect(r.suggestions.map((s) => s.kindId)).toEqual(['add-user', 'add-joiner']);
    expect(r.suggestions[0]!.values).toEqual({ people: [{ fullName: 'Grace Adeyemi', personalEmail: 'grace.adeyemi@example.com' }] });
  });
});

describe('untrusted text', () => {
  test('control and bidirectional characters are stripped and lengths bounded', () => {
    const m = cleanMessage({
      subject: 'RE:\u202E INC0123456\u0007\n' + 'x'.repeat(1000),
      from: { address: ' Helpdesk@NHS.net\u200B ', displayName: 'Help\u2066desk' },
      received: 'not a date',
      body: 'a\u0000b\r\nc' + 'y'.repeat(50_000),
    });
    expect(m.subject.startsWith('RE: INC0123456 x')).toBe(true);
    expect(m.subject.length).toBe(255);
    expect(m.from).toEqual({ address: 'helpdesk@nhs.net', displayName: 'Helpdesk' });
    expect(m.received).toBeUndefined();
    expect(m.body.startsWith('ab\nc')).toBe(true);
    expect(m.body.length).toBe(20_000);
  });

  test('the sender’s name is cut to 100 characters', () => {
    expect(cleanMessage({ from: { address: 'a@nhs.net', displayName: 'n'.repeat(300) } }).from.displayName).toHaveLength(100);
  });

  test('ticket references are INC, RITM or REQ with 7 to 10 digits', () => {
    const ref = (subject: string) =>
      recogniseEmail(msg('helpdesk@nhs.net', subject, 'Logged.'), ctx)?.suggestions[0]?.values?.ticketReference;
    expect(ref('RE: INC0123456789')).toBe('INC0123456789');
    expect(ref('RE: REQ1234567')).toBe('REQ1234567');
    expect(ref('RE: INC01234567890')).toBeUndefined();
    expect(ref('RE: INC012345')).toBeUndefined();
  });

  test('only the sender’s own words count: a quoted earlier message does not', () => {
    const m = msg(
      'Jane Smith <jane.smith@nhs.net>',
      'RE: Rota',
      'Fine by me.\n\n-----Original Message-----\nI am leaving the home next month.',
    );
    expect(recogniseEmail(m, ctx)).toBeUndefined();
    expect(recogniseEmail(msg('noreply@nhs.net', 'Leaving', 'I am leaving the team.'), ctx)).toBeUndefined();
  });

  test('a ticket hidden by a right-to-left override still reads as its real characters', () => {
    const m = msg('helpdesk@nhs.net', 'RE: \u202EINC0123456\u202C', 'Logged.');
    expect(recogniseEmail(m, ctx)!.suggestions[0]!.values).toMatchObject({ ticketReference: 'INC0123456' });
  });

  test('nothing matches an empty or missing message', () => {
    expect(recogniseEmail(undefined, ctx)).toBeUndefined();
    expect(recogniseEmail(cleanMessage({}), ctx)).toBeUndefined();
  });

  test('an ordinary email matches nothing', () => {
    expect(
      recogniseEmail(msg('Amira Khan <amira.khan3@nhs.net>', 'Rota for December', 'The rota is attached. Thanks.'), ctx),
    ).toBeUndefined();
  });
});

describe('properties', () => {
  test('any message: recognising never throws, suggests at most two requests, and a colleague’s values are only the sender’s', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 60 }), fc.string({ maxLength: 40 }), (body, subject, name) => {
        const m = cleanMessage({
          subject,
          from: { address: 'jane.smith@nhs.net', displayName: name },
          received: '2026-11-20T09:00:00Z',
          body: `I am leaving the home. ${body}`,
        });
        const r = recogniseEmail(m, ctx);
        expect(r?.suggestions.length ?? 0).toBeLessThanOrEqual(2);
        if (r?.recogniser === 'colleague-leaving') {
          const person = (r.suggestions[0]!.values!.people as Record<string, string>[])[0]!;
          expect(person.nhsmailAddress).toBe('jane.smith@nhs.net');
          if (person.fullName) expect(person.fullName).toBe(nameFromDisplayName(m.from.displayName));
          expect(Object.keys(person).sort()).toEqual(person.fullName ? ['fullName', 'nhsmailAddress'] : ['nhsmailAddress']);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Pins the email kinds' own rules and texts (mutation testing, issue 11): each duplicate check with
// its path and wording, the one-or-many wording of the asks, section captions, the self/colleague
// branches, owner notes, optional facts and sign-offs. Kinds are called directly with parsed input.
import { describe, expect, test } from 'vitest';
import { identifyMailbox, type MailboxIdentity, type SharedMailbox } from '../mailboxIdentity';
import type { RenderContext, RuleContext } from '../requestKind';
import { addJoiner } from './addJoiner';
import { addUser } from './addUser';
import { audit } from './audit';
import { closeAcquisition } from './closeAcquisition';
import { disableAccount } from './disableAccount';
import { escalation } from './escalation';
import { leaver } from './leaver';
import { leaverSelf } from './leaverSelf';
import { moreAccounts } from './moreAccounts';
import { nameChange } from './nameChange';
import { odsQuery } from './odsQuery';
import { odsRename } from './odsRename';
import { ownerChange } from './ownerChange';
import { reinstateAccount } from './reinstateAccount';
import { resetOwnerVouched } from './resetOwnerVouched';

const care = identifyMailbox('care.vn6c2@nhs.net', 'Care.VN6C2 (Sunrise House, Durham)') as SharedMailbox;
const bareCare = identifyMailbox('care.vn6c2@nhs.net') as SharedMailbox;
const pharmacy = identifyMailbox('pharmacy.fh542@nhs.net') as SharedMailbox;
const personal = identifyMailbox('amira.khan3@nhs.net');
const now = new Date('2026-11-20T10:00:00Z');
const rules = (mailbox: MailboxIdentity, site?: SharedMailbox): RuleContext => ({ now, mailbox, site });
const at = (site?: SharedMailbox, mailbox: MailboxIdentity = site ?? personal): RenderContext => ({
  mailbox,
  now,
  site,
  sharedAddress: site?.address,
  odsCode: site?.odsCode,
  orgType: site?.orgType,
});
// The kinds' rules and render take their own parsed input; these tests hand it over as parsed.
/* eslint-disable @typescript-eslint/no-explicit-any */
const rulesOf = (kind: { rules?: (i: any, c: RuleContext) => unknown }, input: unknown, ctx: RuleContext) =>
  kind.rules!(input, ctx) as { errors?: { path: string; message: string }[]; warnings?: { code: string; message: string }[] };
const renderOf = (kind: { render: (i: any, c: RenderContext) => unknown }, input: unknown, ctx: RenderContext) =>
  kind.render(input, ctx) as Record<string, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

describe('add-joiner (pinned)', () => {
  const jane = { fullName: 'Jane Smith', nhsmailAddress: 'jane.smith@nhs.net', mobile: '07700900123', role: 'member' };
  const li = { fullName: 'Li Wei', nhsmailAddress: 'li.wei@nhs.net', mobile: '07700900456', role: 'owner' };
  test('a repeated NHSmail address or mobile is an error on the later person', () => {
    expect(rulesOf(addJoiner, { people: [jane, li] }, rules(care, care)).errors).toEqual([]);
    expect(rulesOf(addJoiner, { people: [jane, li, { ...li, fullName: 'Li Wei 2' }] }, rules(care, care)).errors).toEqual([
      {
        path: 'people.2.nhsmailAddress',
        message: 'This NHSmail address is also given for person 2. Each person needs their own NHSmail address.',
      },
      { path: 'people.2.mobile', message: 'This mobile number is also given for person 2. Each person needs their own mobile number.' },
    ]);
    expect(rulesOf(addJoiner, { people: [jane, { ...li, mobile: '07700900123' }] }, rules(care, care)).errors).toEqual([
      { path: 'people.1.mobile', message: 'This mobile number is also given for person 1. Each person needs their own mobile number.' },
    ]);
  });
  test('one joiner or several: the ask, the caption and the rows', () => {
    const one = renderOf(addJoiner, { people: [jane] }, at(care));
    expect(one.ask).toBe(
      'Please add the person below to our site as a joiner and link their existing NHSmail account to our shared mailbox, care.vn6c2@nhs.net.',
    );
    expect(one.sections[0].caption).toBe('Joiners');
    expect(one.sections[0].itemLabel).toBe('Joiner');
    expect(one.sections[0].rows).toEqual([
      { fullName: 'Jane Smith', nhsmailAddress: 'jane.smith@nhs.net', mobile: '07700 900123', role: 'Member' },
    ]);
    const two = renderOf(addJoiner, { people: [jane, li] }, at());
    expect(two.ask).toBe(
      "Please add the people below to our site as joiners and link their existing NHSmail accounts to our site's shared mailbox.",
    );
    expect(two.sections[0].rows[1]).toEqual({
      fullName: 'Li Wei',
      nhsmailAddress: 'li.wei@nhs.net',
      mobile: '07700 900456',
      role: 'Owner',
    });
  });
});

describe('add-user (pinned)', () => {
  const jane = { fullName: 'Jane Smith', mobile: '07700900123', personalEmail: 'jane@example.org', role: 'member' };
  const li = { fullName: 'Li Wei', mobile: '07700900456', personalEmail: 'li@example.org', role: 'owner' };
  test('a repeated mobile or personal email is an error on the later person', () => {
    expect(rulesOf(addUser, { people: [jane, li] }, rules(care, care)).errors).toEqual([]);
    expect(
      rulesOf(addUser, { people: [jane, { ...li, mobile: '07700900123', personalEmail: 'jane@example.org' }] }, rules(care, care)).errors,
    ).toEqual([
      { path: 'people.1.mobile', message: 'This mobile number is also given for person 1. Each person needs their own mobile number.' },
      {
        path: 'people.1.personalEmail',
        message: 'This email address is also given for person 1. Each person needs their own email address.',
      },
    ]);
  });
  test('the caption is "New staff"', () => {
    expect(renderOf(addUser, { people: [jane] }, at(care)).sections[0].caption).toBe('New staff');
  });
});

describe('audit (pinned)', () => {
  test('a note becomes a "Note" paragraph; without one there are no sections', () => {
    expect(renderOf(audit, { note: 'Two have left.' }, at(care)).sections).toEqual([
      { kind: 'paragraph', caption: 'Note', text: 'Two have left.' },
    ]);
    expect(renderOf(audit, {}, at(care)).sections).toEqual([]);
  });
});

describe('close-acquisition (pinned)', () => {
  test('with and without a closing date', () => {
    const dated = renderOf(
      closeAcquisition,
      { newOwnerOrganisation: 'Northern Care Homes Ltd', dataSavedLocally: true, effectiveDate: '2027-01-04' },
      at(care),
    );
    expect(dated.ask).toBe('Please close our shared mailbox, care.vn6c2@nhs.net, on Monday 4 January 2027, due to acquisition.');
    expect(dated.sections[0].facts).toEqual([
      ['Acquired by', 'Northern Care Homes Ltd'],
      ['Close from', 'Monday 4 January 2027'],
    ]);
    const undated = renderOf(closeAcquisition, { newOwnerOrganisation: 'Northern Care Homes Ltd', dataSavedLocally: true }, at(care));
    expect(undated.ask).toBe('Please close our shared mailbox, care.vn6c2@nhs.net, due to acquisition.');
    expect(undated.sections[0].facts).toEqual([['Acquired by', 'Northern Care Homes Ltd']]);
  });
});

describe('disable-account (pinned)', () => {
  const own = {
    forWhom: 'self',
    fullName: 'Amira Khan',
    nhsmailAddress: 'amira.khan3@nhs.net',
    mobile: '07700900123',
    fromDate: '2026-12-01',
  };
  const colleague = { ...own, forWhom: 'colleague', fullName: 'Sarah Bell', nhsmailAddress: 'sarah.bell7@nhs.net' };
  const notOwn = {
    code: 'not-own-account',
    message:
      'This asks about sarah.bell7@nhs.net but is written from amira.khan3@nhs.net. From your own account NAS acts only on requests about your own account; for anyone else, send it from the shared mailbox.',
  };
  test('only "my own account" from a personal account warns when the address is someone else\'s', () => {
    expect(rulesOf(disableAccount, { ...own, nhsmailAddress: 'sarah.bell7@nhs.net' }, rules(personal)).warnings).toEqual([notOwn]);
    expect(rulesOf(disableAccount, own, rules(personal)).warnings).toEqual([]);
    expect(rulesOf(disableAccount, colleague, rules(personal, care)).warnings).toEqual([]);
    expect(rulesOf(disableAccount, colleague, rules(care, care)).warnings).toEqual([]);
  });
  test('the return date must be after the disable date; up to 18 months later is fine', () => {
    const returnError = [{ path: 'returnDate', message: 'The return date must be after the date the account is disabled' }];
    expect(rulesOf(disableAccount, { ...own, returnDate: '2026-12-01' }, rules(personal)).errors).toEqual(returnError);
    expect(rulesOf(disableAccount, { ...own, returnDate: '2026-11-30' }, rules(personal)).errors).toEqual(returnError);
    expect(rulesOf(disableAccount, { ...own, returnDate: '2026-12-02' }, rules(personal))).toEqual({ errors: [], warnings: [] });
    // 18 months after 1 December 2026 is 1 June 2028: that day is still within the limit, the next is not.
    expect(rulesOf(disableAccount, { ...own, returnDate: '2028-06-01' }, rules(personal))).toEqual({ errors: [], warnings: [] });
    expect(rulesOf(disableAccount, { ...own, returnDate: '2028-06-02' }, rules(personal)).warnings!.map((w) => w.code)).toEqual([
      'disabled-over-18-months',
    ]);
  });
  test('the note after a return date speaks for the person or for the site', () => {
    const mine = renderOf(disableAccount, { ...own, returnDate: '2027-01-04' }, at(undefined));
    expect(mine.notes).toEqual(['I will ask for the account to be enabled again when I return.']);
    expect(mine.voice).toBe('self');
    expect(mine.signOff).toEqual(['Amira Khan']);
    const theirs = renderOf(disableAccount, { ...colleague, returnDate: '2027-01-04' }, at(care));
    expect(theirs.notes).toEqual(['We will ask for the account to be enabled again when they return.']);
    expect(theirs.voice).toBe('site');
    expect(theirs.signOff).toBeUndefined();
    expect(renderOf(disableAccount, own, at(undefined)).notes).toEqual([]);
  });
});

describe('escalation (pinned)', () => {
  test('the ticket reference in capitals when given; the summary under "What is still wrong"', () => {
    const r = renderOf(escalation, { ticketReference: 'inc0123456', summary: 'Still locked.' }, at(care));
    expect(r.sections).toEqual([
      { kind: 'facts', caption: 'Request', facts: [['Ticket reference', 'INC0123456']] },
      { kind: 'paragraph', caption: 'What is still wrong', text: 'Still locked.' },
    ]);
    const called = renderOf(escalation, { callDateTime: '2026-11-18T14:30', summary: 'Still locked.' }, at(care));
    expect(called.sections[0].facts).toHaveLength(1);
    expect(called.sections[0].facts[0][0]).toBe('Date and time of call');
  });
  test('a name signs off, with the site (its name, else its address) when known', () => {
    expect(renderOf(escalation, { ticketReference: 'INC1', summary: 'x', yourName: 'Amira Khan' }, at(care)).signOff).toEqual([
      'Amira Khan',
      'Sunrise House, Durham',
    ]);
    expect(renderOf(escalation, { ticketReference: 'INC1', summary: 'x', yourName: 'Amira Khan' }, at(bareCare)).signOff).toEqual([
      'Amira Khan',
      'care.vn6c2@nhs.net',
    ]);
    expect(renderOf(escalation, { ticketReference: 'INC1', summary: 'x', yourName: 'Amira Khan' }, at(undefined)).signOff).toEqual([
      'Amira Khan',
    ]);
    expect(renderOf(escalation, { ticketReference: 'INC1', summary: 'x' }, at(care)).signOff).toBeUndefined();
  });
});

describe('ods-query (pinned)', () => {
  test('the ODS code is a Site fact only when the site is not known', () => {
    const unknown = renderOf(odsQuery, { topic: 'ods', odsCode: 'VN6C2', question: 'Why?' }, at(undefined));
    expect(unknown.sections).toEqual([
      { kind: 'facts', caption: 'Site', facts: [['ODS code', 'VN6C2']] },
      { kind: 'paragraph', caption: 'Question', text: 'Why?' },
    ]);
    expect(renderOf(odsQuery, { topic: 'ods', odsCode: 'VN6C2', question: 'Why?' }, at(care)).sections).toEqual([
      { kind: 'paragraph', caption: 'Question', text: 'Why?' },
    ]);
    expect(renderOf(odsQuery, { topic: 'ods', question: 'Why?' }, at(undefined)).sections).toEqual([
      { kind: 'paragraph', caption: 'Question', text: 'Why?' },
    ]);
  });
  test('a name signs off, with the site (its name, else its address) when known', () => {
    const q = { topic: 'dspt', question: 'Why?', yourName: 'Amira Khan' };
    expect(renderOf(odsQuery, q, at(care)).signOff).toEqual(['Amira Khan', 'Sunrise House, Durham']);
    expect(renderOf(odsQuery, q, at(bareCare)).signOff).toEqual(['Amira Khan', 'care.vn6c2@nhs.net']);
    expect(renderOf(odsQuery, q, at(undefined)).signOff).toEqual(['Amira Khan']);
  });
});

describe('leaver (pinned)', () => {
  const jane = { fullName: 'Jane Smith', nhsmailAddress: 'jane.smith@nhs.net', wasOwner: false };
  const li = { fullName: 'Li Wei', nhsmailAddress: 'li.wei@nhs.net', wasOwner: true };
  const ben = { fullName: 'Ben Ode', nhsmailAddress: 'ben.ode@nhs.net', wasOwner: true };
  const noOwner = {
    path: 'newOwner',
    message: "An owner is leaving. Name the new owner, or tick 'Another owner stays on the shared mailbox'.",
  };
  test('a repeated address is an error on the later leaver', () => {
    expect(rulesOf(leaver, { people: [jane, { ...jane, fullName: 'J Smith' }] }, rules(care, care)).errors).toEqual([
      {
        path: 'people.1.nhsmailAddress',
        message: 'This NHSmail address is also given for person 1. Each person needs their own NHSmail address.',
      },
    ]);
  });
  test('any owner leaving needs a new owner or another owner staying', () => {
    expect(rulesOf(leaver, { people: [jane] }, rules(care, care)).errors).toEqual([]);
    expect(rulesOf(leaver, { people: [jane, li] }, rules(care, care)).errors).toEqual([noOwner]);
    expect(rulesOf(leaver, { people: [li, jane] }, rules(care, care)).errors).toEqual([noOwner]);
    expect(rulesOf(leaver, { people: [jane, li], anotherOwnerRemains: true }, rules(care, care)).errors).toEqual([]);
  });
  test('the new owner cannot be any of the leavers', () => {
    const clash = [{ path: 'newOwner.nhsmailAddress', message: 'The new owner cannot be one of the leavers.' }];
    expect(
      rulesOf(leaver, { people: [jane, li], newOwner: { fullName: 'Jane', nhsmailAddress: 'jane.smith@nhs.net' } }, rules(care, care))
        .errors,
    ).toEqual(clash);
    expect(
      rulesOf(leaver, { people: [jane, li], newOwner: { fullName: 'Li', nhsmailAddress: 'li.wei@nhs.net' } }, rules(care, care)).errors,
    ).toEqual(clash);
    expect(
      rulesOf(leaver, { people: [jane, li], newOwner: { fullName: 'Ben', nhsmailAddress: 'ben.ode@nhs.net' } }, rules(care, care)).errors,
    ).toEqual([]);
  });
  test('owner notes: rights removed from each owner, then the new owner or "another owner stays"', () => {
    expect(renderOf(leaver, { people: [li, jane, ben], anotherOwnerRemains: true }, at(care)).notes).toEqual([
      'Please also remove owner rights from Li Wei, Ben Ode.',
      'Another owner stays on the shared mailbox.',
    ]);
    expect(
      renderOf(leaver, { people: [li], newOwner: { fullName: 'Ben Ode', nhsmailAddress: 'ben.ode@nhs.net' } }, at(care)).notes,
    ).toEqual(['Please also remove owner rights from Li Wei.', 'Please make Ben Ode (ben.ode@nhs.net) an owner of the shared mailbox.']);
    // Nobody leaving was an owner: "another owner stays" says nothing.
    expect(renderOf(leaver, { people: [jane], anotherOwnerRemains: true }, at(care)).notes).toEqual([]);
    expect(renderOf(leaver, { people: [jane] }, at(care)).notes).toEqual([]);
  });
  test('the ask and the caption', () => {
    const one = renderOf(leaver, { people: [jane] }, at(care));
    expect(one.ask).toBe('Please mark the person below as a leaver and remove them from our shared mailbox, care.vn6c2@nhs.net.');
    expect(one.sections[0].caption).toBe('Leavers');
    expect(one.sections[0].rows).toEqual([{ fullName: 'Jane Smith', nhsmailAddress: 'jane.smith@nhs.net', owner: 'No' }]);
  });
});

describe('leaver-self (pinned)', () => {
  const me = { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net', wasOwner: true };
  test('an owner leaving names who takes over, who cannot be the leaver', () => {
    expect(rulesOf(leaverSelf, me, rules(personal, care)).errors).toEqual([
      { path: 'newOwner', message: "You are an owner. Name who takes over, or tick 'Another owner stays on the shared mailbox'." },
    ]);
    expect(
      rulesOf(leaverSelf, { ...me, newOwner: { fullName: 'Amira', nhsmailAddress: 'amira.khan3@nhs.net' } }, rules(personal, care)).errors,
    ).toEqual([{ path: 'newOwner.nhsmailAddress', message: 'The new owner cannot be you: you are leaving.' }]);
    expect(
      rulesOf(leaverSelf, { ...me, newOwner: { fullName: 'Ben Ode', nhsmailAddress: 'ben.ode@nhs.net' } }, rules(personal, care)).errors,
    ).toEqual([]);
    expect(rulesOf(leaverSelf, { ...me, anotherOwnerRemains: true }, rules(personal, care)).errors).toEqual([]);
  });
});

describe('more-accounts (pinned)', () => {
  const sector = {
    code: 'more-accounts-sector',
    message:
      'The standard limit is 10 accounts per site, and social care sites are the stated exception. An extended-hours pharmacy needs its NHS England area team to approve extra accounts.',
  };
  test('only a non-care shared mailbox is warned: 10 is the standard limit, social care the stated exception (seed 000), extended-hours pharmacies need approval (seed 001)', () => {
    const input = { count: 3, justification: 'Night staff.' };
    expect(rulesOf(moreAccounts, input, rules(pharmacy, pharmacy))).toEqual({ warnings: [sector] });
    expect(rulesOf(moreAccounts, input, rules(care, care))).toEqual({ warnings: [] });
    expect(rulesOf(moreAccounts, input, rules(personal, pharmacy))).toEqual({ warnings: [] });
    expect(rulesOf(moreAccounts, input, rules(identifyMailbox('x@example.org')))).toEqual({ warnings: [] });
  });
  test('the reason and the count', () => {
    expect(renderOf(moreAccounts, { count: 3, justification: 'Night staff.' }, at(care)).sections).toEqual([
      { kind: 'paragraph', caption: 'Why we need them', text: 'Night staff.' },
      { kind: 'facts', caption: 'Request', facts: [['Number of new users required', '3']] },
    ]);
  });
});

describe('name-change (pinned)', () => {
  const colleague = { forWhom: 'colleague', currentName: 'Sarah Bell', newName: 'Sarah Okafor', nhsmailAddress: 'sarah.bell7@nhs.net' };
  const self = { forWhom: 'self', currentName: 'Amira Khan', newName: 'Amira Okafor', nhsmailAddress: 'amira.khan3@nhs.net' };
  const same = { path: 'newName', message: 'The new name is the same as the current name' };
  test('the new name must differ from the current one, ignoring case', () => {
    expect(rulesOf(nameChange, colleague, rules(care, care))).toEqual({ errors: [], warnings: [] });
    expect(rulesOf(nameChange, { ...colleague, newName: 'Sarah Bell' }, rules(care, care)).errors).toEqual([same]);
    expect(rulesOf(nameChange, { ...colleague, newName: 'SARAH BELL' }, rules(care, care)).errors).toEqual([same]);
    expect(rulesOf(nameChange, { ...colleague, currentName: 'sarah bell', newName: 'Sarah Bell' }, rules(care, care)).errors).toEqual([
      same,
    ]);
  });
  test('a colleague without a site is an error', () => {
    expect(rulesOf(nameChange, colleague, rules(personal)).errors).toEqual([{ path: 'site', message: expect.any(String) }]);
  });
  test('only "my own account" from a personal account warns when the address is someone else\'s', () => {
    expect(rulesOf(nameChange, { ...self, nhsmailAddress: 'sarah.bell7@nhs.net' }, rules(personal)).warnings!.map((w) => w.code)).toEqual([
      'not-own-account',
    ]);
    expect(rulesOf(nameChange, self, rules(personal)).warnings).toEqual([]);
    expect(rulesOf(nameChange, colleague, rules(personal, care)).warnings).toEqual([]);
  });
});

describe('ods-rename (pinned)', () => {
  const jane = { fullName: 'Jane Smith', nhsmailAddress: 'jane.smith@nhs.net' };
  const li = { fullName: 'Li Wei', nhsmailAddress: 'li.wei@nhs.net' };
  test('a repeated leaver address is an error on the later leaver; no leavers is fine', () => {
    expect(rulesOf(odsRename, { newOdsCode: 'VX9Y8', leavers: [jane, li, { ...jane, fullName: 'J' }] }, rules(care, care)).errors).toEqual([
      {
        path: 'leavers.2.nhsmailAddress',
        message: 'This NHSmail address is also given for person 1. Each person needs their own NHSmail address.',
      },
    ]);
    expect(rulesOf(odsRename, { newOdsCode: 'VX9Y8' }, rules(care, care))).toEqual({ errors: [], warnings: [] });
  });
  test('the ask names the old code and the new address when the site is known', () => {
    expect(renderOf(odsRename, { newOdsCode: 'VX9Y8' }, at(care))).toEqual({
      ask: 'Our ODS code is changing from VN6C2 to VX9Y8 after a change in registration. Please rename our shared mailbox to care.vx9y8@nhs.net and keep the current address as an alias.',
      sections: [],
      notes: [],
    });
    expect(renderOf(odsRename, { newOdsCode: 'VX9Y8' }, at(undefined)).ask).toBe(
      'Our ODS code is changing to VX9Y8 after a change in registration. Please rename our shared mailbox and keep the current address as an alias.',
    );
  });
  test('leavers: a table and a note, one or several', () => {
    const one = renderOf(odsRename, { newOdsCode: 'VX9Y8', leavers: [jane] }, at(care));
    expect(one.sections).toEqual([
      {
        kind: 'people',
        caption: 'Please remove as leavers',
        itemLabel: 'Leaver',
        columns: [
          { key: 'fullName', label: 'Full name' },
          { key: 'nhsmailAddress', label: 'NHSmail address' },
        ],
        rows: [{ fullName: 'Jane Smith', nhsmailAddress: 'jane.smith@nhs.net' }],
      },
    ]);
    expect(one.notes).toEqual([
      'This person does not work for the new organisation. Please remove them from the shared mailbox and mark them as a leaver.',
    ]);
    expect(renderOf(odsRename, { newOdsCode: 'VX9Y8', leavers: [jane, li] }, at(care)).notes).toEqual([
      'These people do not work for the new organisation. Please remove them from the shared mailbox and mark them as leavers.',
    ]);
    expect(renderOf(odsRename, { newOdsCode: 'VX9Y8', leavers: [] }, at(care))).toMatchObject({ sections: [], notes: [] });
  });
});

describe('owner-change (pinned)', () => {
  test('removing an owner warns to keep one; adding does not', () => {
    const who = { fullName: 'Li Wei', nhsmailAddress: 'li.wei@nhs.net' };
    expect(rulesOf(ownerChange, { ...who, action: 'remove' }, rules(care, care))).toEqual({
      warnings: [
        {
          code: 'keep-an-owner',
          message: 'Make sure at least one other owner stays on the shared mailbox, or nobody will be able to manage it.',
        },
      ],
    });
    expect(rulesOf(ownerChange, { ...who, action: 'add' }, rules(care, care))).toEqual({ warnings: [] });
  });
});

describe('reinstate-account (pinned)', () => {
  const base = { nhsmailAddress: 'li.wei@nhs.net', mobile: '07700900456' };
  test('a deletion more than 30 days ago warns; no date or a recent one does not', () => {
    expect(rulesOf(reinstateAccount, base, rules(care, care))).toEqual({ warnings: [] });
    expect(rulesOf(reinstateAccount, { ...base, deletedOn: '2026-11-10' }, rules(care, care))).toEqual({ warnings: [] });
    expect(rulesOf(reinstateAccount, { ...base, deletedOn: '2026-09-01' }, rules(care, care)).warnings!.map((w) => w.code)).toEqual([
      'reinstate-too-late',
    ]);
  });
  test('the deletion date is a fact only when given', () => {
    expect(renderOf(reinstateAccount, { ...base, deletedOn: '2026-11-10' }, at(care)).sections[0].facts).toEqual([
      ['Email address', 'li.wei@nhs.net'],
      ['Mobile number', '07700 900456'],
      ['Deleted on', 'Tuesday 10 November 2026'],
    ]);
    expect(renderOf(reinstateAccount, base, at(care)).sections[0].facts).toEqual([
      ['Email address', 'li.wei@nhs.net'],
      ['Mobile number', '07700 900456'],
    ]);
  });
});

describe('reset-owner-vouched (pinned)', () => {
  test('the owner signs with the shared mailbox, or "our shared mailbox" when it is not known', () => {
    const input = {
      fullName: 'Li Wei',
      nhsmailAddress: 'li.wei@nhs.net',
      mobile: '07700900456',
      ownerName: 'Amira Khan',
      ownerNhsmailAddress: 'amira.khan3@nhs.net',
    };
    expect(renderOf(resetOwnerVouched, input, at(care)).signOff).toEqual(['Amira Khan', 'Owner, care.vn6c2@nhs.net']);
    expect(renderOf(resetOwnerVouched, input, at(undefined)).signOff).toEqual(['Amira Khan', 'Owner, our shared mailbox']);
  });
});

describe('reinstate-account with a date that is not real (pinned)', () => {
  test('a deletion date that is not a real date gives no warning (its field says why)', () => {
    const base = { nhsmailAddress: 'li.wei@nhs.net', mobile: '07700900456' };
    expect(rulesOf(reinstateAccount, { ...base, deletedOn: '2026-02-30' }, rules(care, care))).toEqual({ warnings: [] });
    expect(rulesOf(reinstateAccount, { ...base, deletedOn: 'last week' }, rules(care, care))).toEqual({ warnings: [] });
  });
});

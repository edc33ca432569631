// Every rule traceable to the guidance. Each test names the seed line (or domain.md) it
// holds the pane to; the wording the audit found without a source is gone.

import { describe, expect, test } from 'vitest';
import { compose, ok, personal, site } from '../../test/support/composeKit';
import { requestKinds } from './catalogue';
import { exampleInputs, exampleNow as now } from './examples';
import { faq, faqFor } from './faq';
import { guidedStepsFor } from './guidance';
import { identifyMailbox } from './mailboxIdentity';
import { orgTypes, type OrgType } from './ods';
import { recogniseEmail } from './recognisers/recognisers';
import { cleanMessage } from './recognisers/message';
import type { GuidedKind } from './requestKind';
import { anySector } from './sectors';

const at = (orgType: OrgType) =>
  identifyMailbox(`${orgType}.${{ care: 'vn6c2', pharmacy: 'fh542', dental: 'v25604', optometry: 'tp66j' }[orgType]}@nhs.net`);
const answer = (id: string, orgType?: OrgType) => faqFor(orgType).find((e) => e.id === id)!.answer;
const kind = (id: string) => requestKinds.find((k) => k.id === id)!;

const inactivityNotice = cleanMessage({
  from: { address: 'noreply@nhs.net' },
  subject: 'Your NHSmail account is inactive',
  body: 'Your NHSmail account has been inactive and will be deleted.',
});

/** Every word the pane can show about the catalogue: explanations, guides for each sector, FAQ answers. */
function everything(): string {
  const parts: string[] = [];
  for (const k of requestKinds) {
    parts.push(k.title, k.explanation.when, k.explanation.needs, k.explanation.next);
    if (k.route !== 'email') for (const o of [undefined, ...orgTypes]) parts.push(JSON.stringify(guidedStepsFor(k as GuidedKind, o)));
  }
  for (const o of [undefined, ...orgTypes]) for (const e of faqFor(o)) parts.push(e.question, e.answer);
  parts.push(...(recogniseEmail(inactivityNotice, { now })?.lines ?? []));
  return parts.join('\n');
}

describe('wrong', () => {
  test('2. marking someone as a leaver "can take up to/ over 30 days" (seed 004): 30 days or more', () => {
    expect(kind('phone-transferred-manager').explanation.next).toMatch(/can take 30 days or more\.$/);
    expect(everything()).not.toMatch(/up to 30 days/);
  });

  test('4. more than 10 accounts: the standard limit, social care the stated exception (seed 000), extended-hours pharmacy kept (seed 001)', () => {
    const text = answer('more-than-ten');
    expect(text).toMatch(/up to 10 accounts per site/);
    expect(text).toMatch(/Social care sites are the stated exception/);
    expect(text).toMatch(/extended-hours pharmacy .* NHS England area team/);
    expect(everything()).not.toMatch(/case by case/);
    expect(kind('more-accounts').explanation.when).toMatch(/social care sites are the stated exception/);
  });

  test('5. an escalation or ODS/DSPT query from a personal account without a name is signed with the address', () => {
    const escalation = ok('escalation', { ticketReference: 'INC0123456', summary: 'Still locked.' }, { mailbox: personal });
    expect(escalation.message.text.trimEnd().endsWith('Kind regards,\namira.khan3@nhs.net')).toBe(true);
    expect(escalation.message.html).toContain('amira.khan3@nhs.net');
    const query = ok('ods-query', { ...exampleInputs['ods-query'], yourName: undefined }, { mailbox: personal, sharedMailbox: site });
    expect(query.message.text.trimEnd().endsWith('Kind regards,\namira.khan3@nhs.net')).toBe(true);
    // A name given still signs, and a site request still signs as the team.
    const named = ok(
      'escalation',
      { ticketReference: 'INC0123456', summary: 'Still locked.', yourName: 'Amira Khan' },
      { mailbox: personal },
    );
    expect(named.message.text.trimEnd().endsWith('Kind regards,\nAmira Khan')).toBe(true);
    expect(ok('audit', {}).message.text.trimEnd().endsWith('Kind regards,\nThe team at Sunrise House, Durham')).toBe(true);
    // No composed email ends on a bare "Kind regards,".
    for (const [id, input] of Object.entries(exampleInputs))
      for (const mailbox of [site, personal]) {
        const r = compose(id, input, { mailbox, sharedMailbox: site });
        if (r.ok) expect(r.message.text.trimEnd().endsWith('Kind regards,'), `${id} from ${mailbox.address}`).toBe(false);
      }
  });
});

describe('missing', () => {
  test('6. moving a sponsored shared mailbox (seed 001) is a request: joined within 30 days of being marked a leaver', () => {
    const r = ok('sponsored-transfer', exampleInputs['sponsored-transfer']);
    expect(r.message.to).toEqual(['helpdesk@nhs.net']);
    expect(r.message.subject).toBe('Sponsored shared mailbox transfer – VN6C2 – Sunrise House');
    expect(r.message.text).toContain('Please join our shared mailbox, care.vn6c2@nhs.net, to our organisation.');
    expect(r.message.text).toContain('within 30 days of the mailbox being marked as a leaver');
    expect(r.warnings).toEqual([]);
    const late = ok('sponsored-transfer', { ...exampleInputs['sponsored-transfer'], markedAsLeaverOn: '2026-10-01' });
    expect(late.warnings.map((w) => w.code)).toEqual(['sponsored-transfer-late']);
    expect(faq.find((e) => e.id === 'sponsored-transfer')!.actions).toEqual(['sponsored-transfer']);
    // NAS's reply is tied back to it.
    const reply = cleanMessage({
      from: { address: 'helpdesk@nhs.net' },
      subject: `RE: ${r.message.subject}`,
      body: 'Please provide the missing details.',
    });
    expect(recogniseEmail(reply, { now })!.suggestions[0]?.kindId).toBe('sponsored-transfer');
  });

  test('7. the non-CQC route names feedback@nhs.net (seed 002: "submit this to feedback@nhs.net")', () => {
    expect(answer('not-cqc')).toMatch(/NHS access process form and send it to feedback@nhs\.net/);
  });

  test('8. dispensing appliance contractors are named with pharmacy (seed 001: same number, same route)', () => {
    expect(answer('not-cqc')).toMatch(/community pharmacy, dispensing appliance contractor, dental and optometry/);
    expect(answer('dspt')).toMatch(/community pharmacies and dispensing appliance contractors, dental and optometry at "Standards Met"/);
    expect(faq.find((e) => e.id === 'sector-no-access')!.question).toMatch(
      /pharmacy, dispensing appliance contractor, dental or optometry/,
    );
    expect(anySector.callFrom).toMatch(/a pharmacy or dispensing appliance contractor the store's number/);
  });
});

describe('over-strict', () => {
  const person = (role: string, n = 1) => ({
    fullName: 'Tom Price',
    mobile: `07700 90045${n}`,
    personalEmail: `tom.price${n}@example.org`,
    role,
  });
  const joiner = (role: string) => ({ fullName: 'Tom Price', nhsmailAddress: 'tom.price@nhs.net', mobile: '07700 900456', role });
  /** A name of letters only, different for each number. */
  const nameFor = (i: number) => `Person ${String.fromCharCode(65 + (i % 26))}${'abcdefghij'[Math.floor(i / 26) % 10]}son`;

  test('9. care and dental may leave a new account unlinked (seed 001: "not mandatory for social care or dentistry")', () => {
    for (const orgType of ['care', 'dental'] as const) {
      const r = ok('add-user', { people: [person('not-linked')] }, { mailbox: at(orgType) });
      expect(r.message.text).toMatch(
        /Please create an NHSmail account for the new member of staff below\. Please do not link the account to our shared mailbox/,
      );
      expect(r.message.text).toContain('Role: Not linked to the shared mailbox');
      expect(ok('add-joiner', { people: [joiner('not-linked')] }, { mailbox: at(orgType) }).message.text).toContain(
        'Role: Not linked to the shared mailbox',
      );
    }
  });

  test('9. pharmacy and optometry accounts are always linked: an error next to the role', () => {
    for (const orgType of ['pharmacy', 'optometry'] as const) {
      const r = compose('add-user', { people: [person('member'), person('not-linked', 2)] }, { mailbox: at(orgType) });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.errors).toEqual([
          { path: 'people.1.role', message: expect.stringMatching(/is linked to the shared mailbox: choose owner or member\.$/) },
        ]);
      const j = compose('add-joiner', { people: [joiner('not-linked')] }, { mailbox: at(orgType) });
      expect(j.ok).toBe(false);
    }
    expect(ok('add-user', { people: [person('owner')] }, { mailbox: at('pharmacy') }).message.text).toMatch(
      /and link the account to our shared mailbox, pharmacy\.fh542@nhs\.net\./,
    );
  });

  test('10. closing after acquisition needs only the reason and the data saved (seed 000); the buyer is optional', () => {
    const r = ok('close-acquisition', { dataSavedLocally: true });
    expect(r.message.text).toContain('Please close our shared mailbox, care.vn6c2@nhs.net, due to acquisition.');
    expect(r.message.text).not.toContain('Acquired by');
  });

  test('11. no limit without a source: 30 leavers, 30 people on an ODS change, 60 extra accounts', () => {
    const people = Array.from({ length: 30 }, (_, i) => ({
      fullName: nameFor(i),
      nhsmailAddress: `person.${i}@nhs.net`,
    }));
    expect(ok('leaver', { people: people.map((p) => ({ ...p, wasOwner: false })) }).message.text).toContain('person.29@nhs.net');
    expect(ok('ods-rename', { newOdsCode: 'VM495', leavers: people }).message.text).toContain('person.29@nhs.net');
    expect(ok('more-accounts', { ...exampleInputs['more-accounts'], count: 60 }).message.text).toContain(
      'Number of new users required: 60',
    );
    // The real limit, the 32 KB body, still stops a request too long to send.
    const many = Array.from({ length: 400 }, (_, i) => ({
      fullName: nameFor(i),
      nhsmailAddress: `person.number.${i}@nhs.net`,
      wasOwner: false,
    }));
    const tooLong = compose('leaver', { people: many });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.errors[0]!.message).toMatch(/too long for one email \(32 KB\)/);
  });
});

describe('said without a source: removed', () => {
  const claims: [string, RegExp][] = [
    ['12. step-by-step Outlook instructions in the FAQ', /right-click|Add shared folder|Open another mailbox|account picture/i],
    ['13. "mail between nhs.net addresses is already secure"', /already secure/i],
    ['14. "a disabled account cannot send email"', /disabled account cannot send/i],
    ['15. "the helpdesk can escalate a ticket"', /can escalate a ticket/i],
    ['16. "ideally two owners"', /ideally two/i],
    ['16. "they must already be linked to your site"', /must already be linked/i],
    ['17. an optometry phone fallback', /if you get no answer/i],
    ['18. "shared mailboxes are not deleted this way"', /not deleted this way/i],
    ['19. "any Microsoft 365 app"', /Microsoft 365 app/i],
  ];
  test.each(claims)('%s', (_name, claim) => {
    expect(everything()).not.toMatch(claim);
  });

  test("19. the inactivity card says what counts as activity in the seed's words (000: log in, update your profile or send an email)", () => {
    const card = recogniseEmail(inactivityNotice, { now });
    expect(card?.lines[0]).toBe(
      'The person should log in to their NHSmail account, update their profile or send an email within 30 days: that keeps the account. An account left inactive is deleted after a further 30 days.',
    );
  });

  test("15. the escalation route is the seed's: NAS first, then feedback@nhs.net, or a Subject Matter Expert on a call (000)", () => {
    expect(answer('escalate')).toBe(
      'Contact National Administration Service (NAS) first. If your query is still not resolved, escalate it by email to feedback@nhs.net with the ticket reference and/or the date and time of your call. If you are on a call with the helpdesk and it is not getting resolved, you can ask to speak to a Subject Matter Expert.',
    );
  });
});

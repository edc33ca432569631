// Wording: NAS, ODS and DSPT spelled out where first read; "account" for one
// person; the reset steps name the NHSmail portal and its address; one phone-menu path per screen.

import { describe, expect, test } from 'vitest';
import { spellOutFirst, unexplainedAbbreviations } from './abbreviations';
import { requestKinds } from './catalogue';
import { composeRequest } from './compose';
import { exampleMailbox, exampleNow } from './examples';
import { faq } from './faq';
import { guidedMessage, guidedStepsFor } from './guidance';
import { identifyMailbox } from './mailboxIdentity';
import { orgTypes, type OrgType } from './ods';
import { helpdeskPhone } from './recipients';
import type { GuidedKind } from './requestKind';
import { anySector, sectorRoute } from './sectors';

const sectors: (OrgType | undefined)[] = [undefined, ...orgTypes];
const guided = requestKinds.filter((k): k is GuidedKind => k.route !== 'email');

describe('abbreviations are spelled out on first use', () => {
  test.each([
    [['Ask NAS. NAS replies.'], ['Ask National Administration Service (NAS). NAS replies.']],
    [
      ['Your ODS code', 'the ODS code again'],
      ['Your Organisation Data Service (ODS) code', 'the ODS code again'],
    ],
    [['Publish your DSPT'], ['Publish your Data Security and Protection Toolkit (DSPT)']],
    [
      ['No abbreviations', 'then NAS'],
      ['No abbreviations', 'then National Administration Service (NAS)'],
    ],
    [
      ['The National Administration Service (NAS) replies', 'NAS again'],
      ['The National Administration Service (NAS) replies', 'NAS again'],
    ],
    [['NAS Assistant helps; NAS replies'], ['NAS Assistant helps; National Administration Service (NAS) replies']],
    [['NASA and ODSX are not ours'], ['NASA and ODSX are not ours']],
  ])('%j → %j', (texts, spelled) => {
    expect(spellOutFirst(texts)).toEqual(spelled);
    expect(unexplainedAbbreviations(spelled)).toEqual([]);
  });

  test('a text that uses them first is caught', () => {
    expect(unexplainedAbbreviations(['NAS and ODS and DSPT'])).toEqual(['NAS', 'ODS', 'DSPT']);
  });

  test.each(requestKinds.map((k) => [k.id, k] as const))('%s: its explanation, and guide, spell them out', (_, kind) => {
    const explained = [kind.explanation.when, kind.explanation.needs, kind.explanation.next];
    expect(unexplainedAbbreviations(explained)).toEqual([]);
    if (kind.route === 'email') return;
    for (const orgType of sectors) {
      const g = guidedStepsFor(kind, orgType);
      expect(unexplainedAbbreviations([...explained, g.lead, ...g.haveReady, ...g.steps]), String(orgType)).toEqual([]);
    }
  });

  test('every question answer, for every sector, spells them out (or its question already has)', () => {
    // The question is a heading: its own abbreviations do not count as explained, its full names do.
    const heading = (q: string) => q.replace(/\b(NAS|ODS|DSPT)\b/g, '');
    for (const entry of faq) {
      expect(unexplainedAbbreviations([heading(entry.question), entry.answer]), entry.id).toEqual([]);
      for (const orgType of orgTypes)
        if (entry.sectorAnswer)
          expect(unexplainedAbbreviations([heading(entry.question), entry.sectorAnswer(orgType)]), entry.id).toEqual([]);
    }
    expect(faq.find((f) => f.id === 'dspt')!.answer).toMatch(/^To join NHSmail, a site must publish its DSPT/);
    expect(faq.filter((f) => /\bODS\b/.test(f.answer)).some((f) => /Organisation Data Service \(ODS\) code/.test(f.answer))).toBe(true);
  });
});

describe('one person is one account', () => {
  const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
  const person = (n: number) => ({
    fullName: `Jane Smith${'x'.repeat(0)}`,
    mobile: `0770090012${n}`,
    personalEmail: `jane${n}@example.com`,
    role: 'member',
  });
  const names = ['Jane Smith', 'Tom Hill', 'Amira Khan'];
  const compose = (n: number) => {
    const people = Array.from({ length: n }, (_, i) => ({ ...person(i), fullName: names[i]! }));
    const r = composeRequest('add-user', { people }, { mailbox, now: exampleNow });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.message;
  };
  test('one new member of staff: "an NHSmail account"; the subject is the category, as for one leaver', () => {
    const m = compose(1);
    expect(m.text).toContain('Please create an NHSmail account for the new member of staff below and link the account to');
    expect(m.subject).toMatch(/^New user accounts – /);
    expect(m.text).not.toMatch(/NHSmail accounts for/);
  });
  test.each([2, 3])('%i new members of staff: "NHSmail accounts"', (n) => {
    const m = compose(n);
    expect(m.text).toContain(`Please create NHSmail accounts for the ${n} new members of staff below and link them to`);
    expect(m.subject).toMatch(/^New user accounts – /);
  });
});

describe('the reset steps name the NHSmail portal and its address', () => {
  const reset = guided.find((k) => k.id === 'self-service-reset')!;
  test.each(sectors)('sector %s', (orgType) => {
    expect(guidedStepsFor(reset, orgType).steps[0]).toBe(
      'Use the self-service password reset on the sign-in page of the NHSmail portal, portal.nhs.net, if you set security questions or an account secret.',
    );
    expect(guidedMessage(reset, orgType)).toMatch(/^Try the self-service reset on the NHSmail portal \(portal\.nhs\.net\) first\./);
  });
  test('and the question about resetting', () => {
    const answer = faq.find((f) => f.question === 'How do I reset my password or unlock my account?')!.answer;
    expect(answer).toContain('self-service reset on the NHSmail portal, portal.nhs.net.');
  });
});

describe('one phone-menu path per screen', () => {
  test('the helpdesk menu when the sector is not known is the same wherever it is written', () => {
    expect(helpdeskPhone.menu).toBe(anySector.menu);
    expect(helpdeskPhone.menu).toBe('option 1 (unable to access account), then your organisation type (for social care, option 1 again)');
  });
  test.each(guided.flatMap((k) => sectors.map((o) => [k.id, o, k] as const)))(
    '%s, sector %s: every menu path on the screen is the same',
    (_, orgType, kind) => {
      const g = guidedStepsFor(kind, orgType);
      const screen = [g.lead, g.phone ? `(${g.phone.menu})` : '', ...g.haveReady, ...g.steps, guidedMessage(kind, orgType)].join('\n');
      // Every menu path written on the screen is the one menu the phone line shows.
      const menu = g.phone?.menu ?? sectorRoute(orgType)?.menu ?? helpdeskPhone.menu;
      expect(screen.split(menu).join('')).not.toMatch(/option \d/);
    },
  );
});

describe('a date typed dd/mm/yyyy reaches the email as the seeds show dates', () => {
  const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
  const disable = (fromDate: string, returnDate: string) =>
    composeRequest(
      'disable-account',
      { forWhom: 'colleague', fullName: 'Jane Smith', nhsmailAddress: 'jane.smith@nhs.net', mobile: '07700 900123', fromDate, returnDate },
      { mailbox, now: exampleNow },
    );
  test.each([
    ['01/12/2026', '01/09/2027'],
    ['1/12/2026', '1/9/2027'],
    ['2026-12-01', '2027-09-01'],
  ])('%s to %s', (from, back) => {
    const r = disable(from, back);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.message.text).toContain('Disable from: Tuesday 1 December 2026');
    expect(r.message.text).toContain('Expected return: Wednesday 1 September 2027');
  });
  test('an impossible date is refused at its field', () => {
    const r = disable('31/02/2027', '');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      { path: 'fromDate', message: '31/02/2027 is not a real date. Check the day and the month (dd/mm/yyyy)' },
    ]);
  });
});

// Every seed process, exactly, and the engine's half of "shared mailbox first" (it refuses a
// siteless request; sector-aware guidance). Each test names the seed line it holds the product to.

import { describe, expect, test } from 'vitest';
import { compose, errors, ok, personal, site } from '../../test/support/composeKit';
import { requestKinds } from './catalogue';
import { kindIndex } from './kindIndex';
import { identifyMailbox } from './mailboxIdentity';
import type { AnyEmailKind, GuidedKind } from './requestKind';
import { exampleInputs } from './examples';
import { faq, faqFor } from './faq';
import { guidedMessage, guidedStepsFor } from './guidance';
import { nasAvailability, nasHoursApplyTo } from './nasHours';
import { orgTypes } from './ods';
import { sectorRoutes } from './sectors';

const emailKinds = requestKinds.filter((k): k is AnyEmailKind => k.route === 'email');
const guided = (id: string) => requestKinds.find((k) => k.id === id) as GuidedKind;
const lastLines = (text: string, n: number) => text.trimEnd().split('\n').slice(-n);

describe('the engine refuses a siteless request the site must send', () => {
  const sharedOnly = emailKinds.filter((k) => k.sendFrom === 'shared');

  test.each(sharedOnly.map((k) => [k.id]))('%s from a personal mailbox with no site: an error at path site', (id) => {
    const r = errors(id, exampleInputs[id], { mailbox: personal });
    expect(r[0]).toEqual({ path: 'site', message: expect.stringMatching(/^Which site is this for\? .*shared mailbox/) });
  });

  test.each(sharedOnly.map((k) => [k.id]))('%s with the site named: complete, exactly as from the shared mailbox', (id) => {
    const fromShared = ok(id, exampleInputs[id]);
    const named = ok(id, exampleInputs[id], { mailbox: personal, sharedMailbox: site });
    expect(named.message.subject).toBe(fromShared.message.subject);
    expect(named.message.subject).toMatch(/ – VN6C2 – Sunrise House$/);
    expect(named.message.text).toBe(fromShared.message.text);
    expect(named.message.text).toContain('Our site\n  Shared mailbox: care.vn6c2@nhs.net\n  ODS code: VN6C2');
    expect(named.message.html).toBe(fromShared.message.html);
    expect(named.warnings.map((w) => w.code)).toContain('send-from-shared');
  });

  test('the site team signs a site request; a kind sent from a personal account signs with the name on the form', () => {
    expect(lastLines(ok('audit', {}).message.text, 2)).toEqual(['Kind regards,', 'The team at Sunrise House, Durham']);
    const own = ok('missing-shared-access', exampleInputs['missing-shared-access'], { mailbox: personal });
    expect(lastLines(own.message.text, 2)).toEqual(['Kind regards,', 'Amira Khan']);
    const chase = ok(
      'escalation',
      { ticketReference: 'INC0001', summary: 'Still locked out.', yourName: 'Amira Khan' },
      { mailbox: personal },
    );
    expect(lastLines(chase.message.text, 1)).toEqual(['Amira Khan']);
  });

  test('kinds that may come from a personal account still compose without a site', () => {
    expect(compose('escalation', exampleInputs.escalation, { mailbox: personal }).ok).toBe(true);
    expect(compose('missing-shared-access', exampleInputs['missing-shared-access'], { mailbox: personal }).ok).toBe(true);
  });
});

describe('an owner-vouched reset names the owner (seeds 000, 001)', () => {
  const input = exampleInputs['reset-owner-vouched']!;

  test("the owner's name and NHSmail address are required", () => {
    expect(errors('reset-owner-vouched', { ...input, ownerName: '' }).map((e) => e.path)).toEqual(['ownerName']);
    expect(errors('reset-owner-vouched', { ...input, ownerNhsmailAddress: undefined }).map((e) => e.path)).toEqual(['ownerNhsmailAddress']);
    expect(errors('reset-owner-vouched', { ...input, ownerNhsmailAddress: 'peter.lund@nhs.net' })).toEqual([
      { path: 'ownerNhsmailAddress', message: expect.stringMatching(/cannot vouch for their own account/) },
    ]);
  });

  test("the email names the owner, asks NAS to confirm on the owner's registered mobile, and the owner signs it", () => {
    const text = ok('reset-owner-vouched', input).message.text;
    expect(text).toContain('I am Amira Khan, an owner of our shared mailbox, care.vn6c2@nhs.net.');
    expect(text).toContain('Owner vouching for them\n  Full name: Amira Khan\n  NHSmail address: amira.khan3@nhs.net');
    expect(text).toContain('confirm this request with me on the mobile registered to my NHSmail account');
    expect(lastLines(text, 3)).toEqual(['Kind regards,', 'Amira Khan', 'Owner, care.vn6c2@nhs.net']);
    expect(text).not.toContain('The team at');
  });
});

describe('first-person requests compose from a personal mailbox and sign with the name', () => {
  test('a leaver can ask for themselves (seeds 000, 001, 002); the site version stays shared-only', () => {
    expect(kindIndex['leaver-self'].sendFrom).toBe('shared-or-personal');
    expect(kindIndex.leaver.sendFrom).toBe('shared');
    const r = ok(
      'leaver-self',
      { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net', leavingMailbox: 'care.vn6c2@nhs.net' },
      { mailbox: personal },
    );
    expect(r.warnings).toEqual([]);
    expect(r.message.subject).toBe('Mark my account as a leaver – VN6C2');
    expect(r.message.text).toContain(
      'Please mark my NHSmail account as a leaver and remove me from the shared mailbox care.vn6c2@nhs.net.',
    );
    expect(lastLines(r.message.text, 2)).toEqual(['Kind regards,', 'Amira Khan']);
  });

  test('a leaving owner names a successor unless another owner stays (seed 000)', () => {
    const base = { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net', wasOwner: true };
    expect(errors('leaver-self', base).map((e) => e.path)).toEqual(['newOwner']);
    const named = ok('leaver-self', { ...base, newOwner: { fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net' } });
    expect(named.message.text).toContain(
      'Please remove my owner rights and make Grace Adeyemi (grace.adeyemi2@nhs.net) an owner in my place.',
    );
    expect(errors('leaver-self', { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net' }, { mailbox: personal })).toEqual([
      { path: 'leavingMailbox', message: expect.stringMatching(/shared mailbox you are leaving/) },
    ]);
  });

  test('writing from your own account about someone else’s address is a warning', () => {
    const r = ok(
      'leaver-self',
      { fullName: 'Sarah Bell', nhsmailAddress: 'sarah.bell7@nhs.net', leavingMailbox: 'care.vn6c2@nhs.net' },
      { mailbox: personal },
    );
    expect(r.warnings.map((w) => w.code)).toEqual(['not-own-account']);
  });

  test('disabling your own account (seed 000: "from your personal NHS email address")', () => {
    const input = {
      forWhom: 'self',
      fullName: 'Amira Khan',
      nhsmailAddress: 'amira.khan3@nhs.net',
      mobile: '07700 900123',
      fromDate: '2026-12-14',
    };
    const r = ok('disable-account', input, { mailbox: personal });
    expect(r.warnings).toEqual([]);
    expect(r.message.text).toContain('Please disable my NHSmail account from Monday 14 December 2026');
    expect(lastLines(r.message.text, 2)).toEqual(['Kind regards,', 'Amira Khan']);
    // A colleague's account is the site's request: it needs the site.
    expect(errors('disable-account', { ...input, forWhom: 'colleague' }, { mailbox: personal })).toEqual([
      { path: 'site', message: expect.stringMatching(/^Which site is this for\?/) },
    ]);
    // …reported together with any field errors, so the form shows every problem at once.
    expect(
      errors('disable-account', { ...input, forWhom: 'colleague', mobile: '' }, { mailbox: personal })
        .map((e) => e.path)
        .sort(),
    ).toEqual(['mobile', 'site']);
  });

  test('changing your own name (seeds 000, 002)', () => {
    const r = ok(
      'name-change',
      { forWhom: 'self', currentName: 'Amira Khan', newName: 'Amira Okafor', nhsmailAddress: 'amira.khan3@nhs.net' },
      { mailbox: personal },
    );
    expect(r.message.text).toContain('Please change the name on my NHSmail account.');
    expect(lastLines(r.message.text, 2)).toEqual(['Kind regards,', 'Amira Khan']);
  });

  test('a missing own account is asked for by a colleague from the shared mailbox, never "I have not received my own" from it', () => {
    expect(kindIndex['missing-personal-account'].sendFrom).toBe('shared');
    const text = ok('missing-personal-account', exampleInputs['missing-personal-account']).message.text;
    expect(text).not.toMatch(/I have not received my own/);
    expect(text).toContain(
      'The person below was set up to use our shared mailbox, care.vn6c2@nhs.net, but has not received their own NHSmail account.',
    );
    expect(text).toContain('First name: Grace\n  Last name: Adeyemi');
    expect(text).toContain('ODS code: VN6C2');
  });
});

describe('the 10-account allowance is per site (seed 002: "up to 10 named user accounts … per site")', () => {
  const joiner = exampleInputs['add-joiner']!;
  const newUser = exampleInputs['add-user']!;

  test('a site with 9 accounts asking for 2 more is warned, pointing to "Ask for more than 10 accounts"', () => {
    const r = ok('add-user', { ...newUser, existingAccounts: 9 });
    expect(r.warnings).toEqual([
      {
        code: 'over-ten-per-site',
        message: expect.stringMatching(/has 9 accounts now; with 2 more it would have 11\..*'Ask for more than 10 accounts'/),
      },
    ]);
    expect(ok('add-joiner', { ...joiner, existingAccounts: 10 }).warnings.map((w) => w.code)).toEqual(['over-ten-per-site']);
  });

  test('exactly 10 in all, or a count left blank, is no warning', () => {
    expect(ok('add-user', { ...newUser, existingAccounts: 8 }).warnings).toEqual([]);
    expect(ok('add-joiner', { ...joiner, existingAccounts: 9 }).warnings).toEqual([]);
    expect(ok('add-user', { ...newUser, existingAccounts: '' }).warnings).toEqual([]);
  });

  test('the form asks for the count, and offers the audit when unsure', () => {
    for (const id of ['add-user', 'add-joiner']) {
      const field = (requestKinds.find((k) => k.id === id) as AnyEmailKind).fields.existingAccounts!;
      expect(field.type === 'scalar' && field.ui.label).toBe('How many NHSmail accounts does the site have now?');
      expect(field.type === 'scalar' && field.ui.hint).toMatch(/Check who can use the shared mailbox/);
    }
  });
});

describe('phone routes and have-ready lists follow the sector (seed 001 table)', () => {
  const noAccess = guided('phone-no-access');

  test('pharmacy: the store phone, the pharmacy. prefix, nothing about care', () => {
    const g = guidedStepsFor(noAccess, 'pharmacy');
    expect(g.steps[0]).toBe(
      "Call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies.",
    );
    expect(g.haveReady).toContain(
      'Your Organisation Data Service (ODS) code and the shared mailbox address (pharmacy. followed by the ODS code, @nhs.net)',
    );
    expect(JSON.stringify(g)).not.toMatch(/CQC|care\.|social care/);
  });

  test('dental: the practice phone', () => {
    const g = guidedStepsFor(noAccess, 'dental');
    expect(g.steps[0]).toMatch(/^Call 0333 200 1133 from the dental practice's phone number/);
    expect(g.phone?.menu).toMatch(/dental practices/);
  });

  test('care: the care site landline the CQC shows, option 1 then 1 again', () => {
    const g = guidedStepsFor(noAccess, 'care');
    expect(g.steps[0]).toBe(
      "Call 0333 200 1133 from the care site's own landline, the number the CQC shows for your site, and choose option 1 (unable to access account), then option 1 again for a social care agent.",
    );
  });

  test('optometry: email NAS, not a phone call, at the address the deployment sends every request to', () => {
    const g = guidedStepsFor(noAccess, 'optometry');
    expect(g.email).toBe('helpdesk@nhs.net');
    expect(g.lead).toBe('Email, do not phone:');
    expect(g.steps[0]).toMatch(/^Email NAS at helpdesk@nhs\.net/);
    expect(guidedMessage(noAccess, 'optometry')).toMatch(/helpdesk@nhs\.net/);
    const sector = { useSectorAddresses: true };
    expect(guidedStepsFor(noAccess, 'optometry', sector).email).toBe('optomadmin@nhs.net');
    expect(guidedMessage(noAccess, 'optometry', sector)).toMatch(/optomadmin@nhs\.net/);
    // Seed 001 gives optometry an email address only: no phone fallback.
    for (const kind of requestKinds.filter((k): k is GuidedKind => k.route === 'phone'))
      expect(JSON.stringify(guidedStepsFor(kind, 'optometry')), kind.id).not.toMatch(/0333|no answer/);
  });

  test('unknown sector: all four routes are named', () => {
    const g = guidedStepsFor(noAccess);
    for (const words of [
      'CQC',
      'pharmacy',
      'dental practice',
      'Optometry practices email helpdesk@nhs.net',
      'care., pharmacy., dental. or optometry.',
    ])
      expect(JSON.stringify(g), words).toContain(words);
  });

  test('every guided kind, for every sector, names that sector and no other', () => {
    for (const kind of requestKinds.filter((k): k is GuidedKind => k.route !== 'email')) {
      for (const orgType of orgTypes) {
        const text = JSON.stringify(guidedStepsFor(kind, orgType));
        for (const other of orgTypes.filter((o) => o !== orgType)) expect(text, `${kind.id} ${orgType}`).not.toContain(`${other}.`);
        if (orgType !== 'care') expect(text, `${kind.id} ${orgType}`).not.toMatch(/CQC|social care/);
      }
    }
  });

  test('self-service and the phone cases give the same menu (no contradiction)', () => {
    for (const orgType of orgTypes) {
      const menu = guidedStepsFor(guided('self-service-reset'), orgType).phone?.menu;
      expect(menu).toBe(sectorRoutes[orgType].menu);
      if (orgType !== 'optometry') expect(guidedStepsFor(noAccess, orgType).phone?.menu).toBe(menu);
    }
    expect(guidedStepsFor(guided('self-service-reset'), 'care').steps[1]).toContain(
      'option 1 (unable to access account), then option 1 again',
    );
  });

  test('composeRequest on a guided kind answers for the sector of the mailbox in use', () => {
    const pharmacy = identifyMailbox('pharmacy.fh542@nhs.net');
    const r = compose('phone-no-access', {}, { mailbox: pharmacy });
    expect(r).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/pharmacy store's phone number/) }] });
  });

  test('FAQ answers follow the sector too', () => {
    const pharmacy = faqFor('pharmacy').find((e) => e.id === 'cannot-send')!;
    expect(pharmacy.answer).toMatch(/pharmacy store's phone number/);
    expect(pharmacy.answer).not.toMatch(/CQC/);
    expect(faqFor('optometry').find((e) => e.id === 'sector-no-access')!.answer).toMatch(/helpdesk@nhs\.net/);
    expect(faqFor('pharmacy').find((e) => e.id === 'find-ods')!.answer).toMatch(/after "pharmacy\."/);
    expect(faqFor(undefined).find((e) => e.id === 'cannot-send')!.answer).toMatch(/pharmacy.*dental.*Optometry practices email helpdesk@/);
  });
});

describe('Teams for an existing team; deleted accounts', () => {
  test('a Teams request can ask for an owner on an existing team (seed 003: "with or without a Team")', () => {
    const r = ok('teams-request', { team: 'existing', ownerName: 'Amira Khan', ownerNhsmailAddress: 'amira.khan3@nhs.net' });
    expect(r.message.text).toContain('Our site already has a team in Microsoft Teams. Please add Amira Khan as an owner of it.');
    expect(ok('teams-request', exampleInputs['teams-request']).message.text).toContain('Please set up a Microsoft Teams team for our site');
  });

  test('a deleted account: the shared-mailbox email authorises, and the site calls to confirm (seeds 001, 002)', () => {
    const text = ok('reinstate-account', exampleInputs['reinstate-account']).message.text;
    expect(text).toContain('We authorise this from our shared mailbox.');
    expect(text).toContain('We will also call the helpdesk on 0333 200 1133 to confirm whether the account can still be restored.');
    expect(requestKinds.find((k) => k.id === 'reinstate-account')!.explanation.next).toMatch(/call the helpdesk/);
  });
});

describe('the smaller seed points', () => {
  test('existing staff who cannot open the shared mailbox are sent to the owner, not the joiner form (seed 000)', () => {
    const entry = faq.find((e) => e.id === 'no-access-me')!;
    expect(entry.answer).toMatch(/ask an owner to add you/);
    expect(entry.actions).not.toContain('add-joiner');
  });

  test('nobody left after an ODS change: the call gives the registered manager’s ID and asks for the rename (seed 000)', () => {
    const g = guidedStepsFor(guided('phone-no-access'), 'care');
    expect(g.steps.join(' ')).toMatch(/registered manager's ID \(the CQC Contact ID\).*renames the shared mailbox/);
    expect(g.haveReady.join(' ')).toMatch(/registered manager's ID/);
  });

  test('a disable longer than 18 months is a warning, not a refusal (seed 000: "eligible for deletion")', () => {
    const r = ok('disable-account', { ...exampleInputs['disable-account'], returnDate: '2028-06-02' });
    expect(r.warnings).toEqual([
      {
        code: 'disabled-over-18-months',
        message: expect.stringMatching(/up to 18 months; after Thursday 1 June 2028 it becomes eligible for deletion/),
      },
    ]);
  });

  test('enable comes from the shared mailbox, or is a call from the registered mobile (seed 000)', () => {
    expect(kindIndex['enable-account'].sendFrom).toBe('shared');
    expect(requestKinds.find((k) => k.id === 'enable-account')!.explanation.needs).toMatch(
      /phone 0333 200 1133 from the mobile registered to their account/,
    );
  });

  test('an ODS question and a DSPT question each have their own subject (seed 003)', () => {
    expect(ok('ods-query', { topic: 'dspt', question: 'Which level do we need?' }).message.subject).toBe(
      'DSPT query – VN6C2 – Sunrise House',
    );
    expect(ok('ods-query', exampleInputs['ods-query']).message.subject).toBe('ODS code query – VN6C2 – Sunrise House');
    expect(ok('ods-query', exampleInputs['ods-query']).message.text).not.toMatch(/ODS code or/);
    // From a personal account the ODS team still needs to know the site.
    expect(errors('ods-query', exampleInputs['ods-query'], { mailbox: personal })).toEqual([
      { path: 'odsCode', message: expect.stringMatching(/which site/) },
    ]);
    expect(ok('ods-query', { ...exampleInputs['ods-query'], odsCode: 'vn6c2' }, { mailbox: personal }).message.subject).toBe(
      'ODS code query – VN6C2',
    );
  });

  test('notes stand next to the people they concern, before the site block', () => {
    const text = ok('leaver', exampleInputs.leaver).message.text;
    expect(text.indexOf('Please also remove owner rights')).toBeGreaterThan(text.indexOf('Leaver 2'));
    expect(text.indexOf('Please also remove owner rights')).toBeLessThan(text.indexOf('Our site'));
  });

  test("NAS's hours concern NAS only, not feedback@ or the ODS helpdesk", () => {
    expect(nasHoursApplyTo(['helpdesk@nhs.net'])).toBe(true);
    expect(nasHoursApplyTo(['careadmin@nhs.net'])).toBe(true);
    expect(nasHoursApplyTo(ok('escalation', exampleInputs.escalation).message.to)).toBe(false);
    expect(nasHoursApplyTo(ok('ods-query', exampleInputs['ods-query']).message.to)).toBe(false);
  });
});

describe('no claims the seeds do not make', () => {
  test('no promised reply time (seeds: "as soon as possible")', () => {
    expect(nasAvailability(new Date('2026-11-18T11:00:00Z')).message).not.toMatch(/same working day/);
    expect(faq.find((e) => e.id === 'hours')!.answer).toMatch(/as soon as possible/);
  });

  test('NAS is not only for CQC-registered services (seed 001: pharmacy, dental, optometry too)', () => {
    expect(faq.find((e) => e.id === 'not-cqc')!.answer).not.toMatch(/NAS looks after CQC-registered services/);
    expect(faq.find((e) => e.id === 'not-cqc')!.answer).toMatch(
      /community pharmacy, dispensing appliance contractor, dental and optometry/,
    );
  });

  test('parent codes usually start with A (seed 003), not "A or C"', () => {
    expect(faq.map((e) => e.answer).join(' ')).not.toMatch(/A or C/);
  });
});

describe('seed facts used', () => {
  test('new accounts that skip the AUP or security questions go inactive within 30 days (seed 002)', () => {
    expect(faq.find((e) => e.id === 'activate')!.answer).toMatch(/Acceptable Use Policy.*inactive within 30 days/);
    expect(requestKinds.find((k) => k.id === 'phone-new-manager')!.explanation.next).toMatch(/inactive within 30 days/);
  });

  test('sign in and send an email every 30 days (seed 002)', () => {
    expect(faq.find((e) => e.id === 'how-often')!.answer).toMatch(/every 30 days: sign in and send an email/);
  });

  test('the agent may ask for the ODS code on a reset call (seed 004)', () => {
    expect(guidedStepsFor(guided('self-service-reset'), 'care').haveReady).toContain(
      'Your ODS code (usually the part after care. in the shared mailbox address)',
    );
  });

  test('a transferred manager says they will ask the old provider to mark them as a leaver (seed 004)', () => {
    expect(guided('phone-transferred-manager').steps.join(' ')).toMatch(/say you will ask them to/);
  });

  test('a typed code that looks like a parent organisation’s (A…) is a warning', () => {
    expect(
      ok('missing-shared-access', { ...exampleInputs['missing-shared-access'], odsCode: 'a3re' }, { mailbox: personal }).warnings.map(
        (w) => w.code,
      ),
    ).toEqual(['ods-parent-code']);
    expect(ok('ods-rename', { newOdsCode: 'AGX8' }).warnings.map((w) => w.code)).toEqual(['ods-parent-code']);
  });
});

// Pins the guided (phone and self-service) kinds' content for each sector (mutation testing, issue 11):
// the lead, the number and menu or the optometry address, every step and every have-ready item, in
// order. Optometry emails NAS (helpdesk@nhs.net by default, optomadmin@nhs.net with sector addresses)
// with no phone fallback (seed 001 gives optometry email only) and is not told which phone to call from; the care-only
// ODS-change step is named for care sites when the sector is not known.
import { describe, expect, test } from 'vitest';
import { phoneNewManager } from './phoneNewManager';
import { phoneNoAccess } from './phoneNoAccess';
import { phoneTransferredManager } from './phoneTransferredManager';
import { selfServiceReset } from './selfServiceReset';

const phone = (menu: string) => ({ display: '0333 200 1133', tel: '+443332001133', menu });
const anyMenu = 'option 1 (unable to access account), then your organisation type (for social care, option 1 again)';
const careMenu = 'option 1 (unable to access account), then option 1 again for a social care agent';
const pharmacyMenu = 'option 1 (unable to access account), then the option for pharmacies';
const optometryMenu = 'option 1 (unable to access account), then the option for optometry';
const callAny =
  "Call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning.";
const callCare =
  "Call 0333 200 1133 from the care site's own landline, the number the CQC shows for your site, and choose option 1 (unable to access account), then option 1 again for a social care agent.";
const callPharmacy =
  "Call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies.";
const fromAny =
  "Your site's own phone to call from (care site: the CQC-registered landline; pharmacy or dispensing appliance contractor: the store's number; dental practice: the practice number)";
const fromCare = "Care site's own landline, the number the CQC shows for your site, to call from";
const fromPharmacy = "Pharmacy store's phone number, to call from";
const ticket = 'Write down the ticket number you are given; you will need it if you have to chase.';

describe('phone-new-manager guide (pinned)', () => {
  const steps = [
    'Say you are the new manager, and that after a change of staff nobody at the site can open the shared mailbox.',
    'Ask for an NHSmail account for yourself and to be made owner of the shared mailbox.',
    'If you are told to go to a local administrator, explain that your site is managed by the National Administration Service.',
    ticket,
    'When the details arrive, sign in, change the password, accept the Acceptable Use Policy and set your security questions. A new account that has not done this goes inactive within 30 days.',
  ];
  const ready = [
    'Your ODS code',
    'Your own email address (a generic address like manager@… is not accepted)',
    'Your own mobile, starting 07, not used for any other NHSmail account',
  ];
  test('sector not known: phone, every route named', () => {
    expect(phoneNewManager.guide(undefined)).toEqual({
      lead: 'Phone, do not email:',
      phone: phone(anyMenu),
      steps: [callAny, ...steps],
      haveReady: [...ready, fromAny],
    });
    expect(phoneNewManager.steps).toEqual([callAny, ...steps]);
    expect(phoneNewManager.haveReady).toEqual([...ready, fromAny]);
  });
  test('care and pharmacy: phone from the site, with its menu', () => {
    expect(phoneNewManager.guide('care')).toEqual({
      lead: 'Phone, do not email:',
      phone: phone(careMenu),
      steps: [callCare, ...steps],
      haveReady: [...ready, fromCare],
    });
    expect(phoneNewManager.guide('pharmacy')).toEqual({
      lead: 'Phone, do not email:',
      phone: phone(pharmacyMenu),
      steps: [callPharmacy, ...steps],
      haveReady: [...ready, fromPharmacy],
    });
  });
  test("optometry: email NAS from your own address, at the deployment's address; no phone at all", () => {
    const g = phoneNewManager.guide('optometry');
    expect(g).toEqual({
      lead: 'Email, do not phone:',
      email: 'helpdesk@nhs.net',
      steps: ['Email NAS at helpdesk@nhs.net, from your own email address.', ...steps],
      haveReady: ready,
    });
    expect(g.phone).toBeUndefined();
    const sector = phoneNewManager.guide('optometry', { useSectorAddresses: true });
    expect(sector.email).toBe('optomadmin@nhs.net');
    expect(sector.steps[0]).toBe('Email NAS at optomadmin@nhs.net, from your own email address.');
  });
});

describe('phone-transferred-manager guide (pinned)', () => {
  const steps = [
    'Say you are the new manager, name your previous provider, and give your NHSmail address.',
    'Ask for a password reset, for your account to be moved to the new site, and to be made owner of its shared mailbox, because nobody there has access.',
    'If you are offered self-service, explain that you cannot remember your security answers.',
    'If you are told your old provider must mark you as a leaver first, say you will ask them to, but that nobody here can open the shared mailbox, so you need access within the next few days.',
    'If the mobile on your account belonged to your old employer, say so: the temporary password would go to it.',
    ticket,
  ];
  const ready = ['Your NHSmail address', 'Your ODS code', 'The mobile registered to your account'];
  test('sector not known, care and pharmacy: phone from the site', () => {
    expect(phoneTransferredManager.guide(undefined)).toEqual({
      lead: 'Phone, do not email:',
      phone: phone(anyMenu),
      steps: [callAny, ...steps],
      haveReady: [...ready, fromAny],
    });
    expect(phoneTransferredManager.guide('care')).toEqual({
      lead: 'Phone, do not email:',
      phone: phone(careMenu),
      steps: [callCare, ...steps],
      haveReady: [...ready, fromCare],
    });
    expect(phoneTransferredManager.guide('pharmacy')).toEqual({
      lead: 'Phone, do not email:',
      phone: phone(pharmacyMenu),
      steps: [callPharmacy, ...steps],
      haveReady: [...ready, fromPharmacy],
    });
  });
  test("optometry: email NAS at the deployment's address; no phone at all", () => {
    const g = phoneTransferredManager.guide('optometry');
    expect(g).toEqual({
      lead: 'Email, do not phone:',
      email: 'helpdesk@nhs.net',
      steps: ['Email NAS at helpdesk@nhs.net.', ...steps],
      haveReady: ready,
    });
    expect(g.phone).toBeUndefined();
    expect(phoneTransferredManager.guide('optometry', { useSectorAddresses: true }).steps[0]).toBe('Email NAS at optomadmin@nhs.net.');
  });
});

describe('phone-no-access guide (pinned)', () => {
  const said = 'Say that nobody on site can now open the shared mailbox and that a new owner needs to be added.';
  const details = "Give the new owner's details. If they already have NHSmail, give their nhs.net address first.";
  const others = 'Add anyone else who needs access now, or leave it to the new owner to ask later from the shared mailbox.';
  const change =
    "your ODS code is changing after a change of registration and nobody is left on the shared mailbox, say so, and give your name and the registered manager's ID (the CQC Contact ID). If it all matches, NAS makes you the owner and renames the shared mailbox to the new code.";
  const owner = [
    "The new owner's full name",
    "The new owner's own mobile, starting 07",
    "The new owner's personal email address, or their NHSmail address if they have one",
  ];
  const cqc = "If the ODS code is changing: the registered manager's ID (CQC Contact ID), from the registered manager's certificate";
  test('sector not known: phone; the ODS-change step is for care sites', () => {
    expect(phoneNoAccess.guide(undefined)).toEqual({
      lead: 'Phone, do not email:',
      phone: phone(anyMenu),
      steps: [callAny, said, details, others, `Care sites: if ${change}`, ticket],
      haveReady: [
        'Your Organisation Data Service (ODS) code and the shared mailbox address (care., pharmacy., dental. or optometry. followed by the ODS code, @nhs.net)',
        ...owner,
        cqc,
        fromAny,
      ],
    });
  });
  test('care: phone from the CQC landline; the ODS-change step and the CQC Contact ID', () => {
    expect(phoneNoAccess.guide('care')).toEqual({
      lead: 'Phone, do not email:',
      phone: phone(careMenu),
      steps: [callCare, said, details, others, `If ${change}`, ticket],
      haveReady: [
        'Your Organisation Data Service (ODS) code and the shared mailbox address (care. followed by the ODS code, @nhs.net)',
        ...owner,
        cqc,
        fromCare,
      ],
    });
  });
  test('pharmacy: phone from the store, no ODS-change step', () => {
    expect(phoneNoAccess.guide('pharmacy')).toEqual({
      lead: 'Phone, do not email:',
      phone: phone(pharmacyMenu),
      steps: [callPharmacy, said, details, others, ticket],
      haveReady: [
        'Your Organisation Data Service (ODS) code and the shared mailbox address (pharmacy. followed by the ODS code, @nhs.net)',
        ...owner,
        fromPharmacy,
      ],
    });
  });
  test('optometry: email NAS from your own NHSmail account, at the address every request goes to; no phone fallback', () => {
    const g = phoneNoAccess.guide('optometry');
    expect(g).toEqual({
      lead: 'Email, do not phone:',
      email: 'helpdesk@nhs.net',
      steps: [
        'Email NAS at helpdesk@nhs.net from your own NHSmail account (nobody can send from the shared mailbox).',
        "Say that nobody at the practice can now open the shared mailbox and that a new owner needs to be added. Give the practice's ODS code and shared mailbox address.",
        details,
        ticket,
      ],
      haveReady: [
        'Your Organisation Data Service (ODS) code and the shared mailbox address (optometry. followed by the ODS code, @nhs.net)',
        ...owner,
      ],
    });
    expect(g.phone).toBeUndefined();
    const sector = phoneNoAccess.guide('optometry', { useSectorAddresses: true });
    expect(sector.email).toBe('optomadmin@nhs.net');
    expect(sector.steps[0]).toBe(
      'Email NAS at optomadmin@nhs.net from your own NHSmail account (nobody can send from the shared mailbox).',
    );
    expect(phoneNoAccess.guide(undefined, { useSectorAddresses: true }).steps[0]).toMatch(
      /Optometry practices email optomadmin@nhs\.net instead of phoning\.$/,
    );
  });
});

describe('self-service-reset guide (pinned)', () => {
  const steps = (menu: string) => [
    'Use the self-service password reset on the sign-in page of the NHSmail portal, portal.nhs.net, if you set security questions or an account secret.',
    `If you cannot, call 0333 200 1133 (open 24 hours) and choose ${menu}.`,
    "Give your NHSmail address and the mobile linked to it, and your site's ODS code if asked; you may be asked for characters from your security answers.",
    "If the temporary password must go to a new mobile, ask someone who can open the shared mailbox to use 'Send a password reset to a new mobile'.",
    "If you have no security answers and no mobile that can be used, ask a shared mailbox owner to use 'Vouch for someone who is locked out'.",
  ];
  const ready = (prefix: string) => [
    'Your NHSmail address',
    'The mobile linked to your account',
    `Your ODS code (usually the part after ${prefix} in the shared mailbox address)`,
  ];
  test('every sector phones the 24-hour helpdesk with its own menu, optometry too', () => {
    const lead = 'If self-service does not work, phone';
    expect(selfServiceReset.guide(undefined)).toEqual({
      lead,
      phone: phone(anyMenu),
      steps: steps(anyMenu),
      haveReady: ready('care., pharmacy., dental. or optometry.'),
    });
    expect(selfServiceReset.guide('care')).toEqual({ lead, phone: phone(careMenu), steps: steps(careMenu), haveReady: ready('care.') });
    expect(selfServiceReset.guide('pharmacy')).toEqual({
      lead,
      phone: phone(pharmacyMenu),
      steps: steps(pharmacyMenu),
      haveReady: ready('pharmacy.'),
    });
    expect(selfServiceReset.guide('optometry')).toEqual({
      lead,
      phone: phone(optometryMenu),
      steps: steps(optometryMenu),
      haveReady: ready('optometry.'),
    });
  });
});

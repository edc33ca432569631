// Pin tests for faq.ts: each sector's answer, word for word, where the answer depends on the sector.
import { describe, expect, test } from 'vitest';
import { faq, faqFor, searchFaq, type FaqEntry } from './faq';
import type { OrgType } from './ods';

const entry = (id: string): FaqEntry => faq.find((e) => e.id === id)!;
// Without a sector: how the answer reads where the site's sector is not known.
const answerFor = (id: string, orgType: OrgType | undefined) => (entry(id).sectorAnswer as (o?: OrgType) => string)(orgType);

const expected: Record<string, Record<'none' | OrgType, string>> = {
  'ods-no-owner': {
    none: "Social care sites: phone National Administration Service (NAS) from the CQC-registered number with your name and the registered manager's ID (CQC Contact ID). If it all matches, you are made owner and the rename goes ahead. Other sites: nobody can open the shared mailbox, so phone NAS: call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning. This cannot be done by email.",
    care: "Phone National Administration Service (NAS) from the CQC-registered number with your name and the registered manager's ID (CQC Contact ID). If it all matches, you are made owner and the rename goes ahead.",
    pharmacy:
      "Nobody can open the shared mailbox, so phone National Administration Service (NAS): call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies. This cannot be done by email.",
    dental:
      "Nobody can open the shared mailbox, so phone National Administration Service (NAS): call 0333 200 1133 from the dental practice's phone number, and choose option 1 (unable to access account), then the option for dental practices. This cannot be done by email.",
    optometry:
      'Nobody can open the shared mailbox, so email National Administration Service (NAS) at helpdesk@nhs.net from your own NHSmail account.',
  },
  'no-access-me': {
    none: "If you already have NHSmail, ask an owner to add you: owners give and remove access to the shared mailbox themselves. If you have no account yet, the owner asks National Administration Service (NAS) for one. If nobody at the site can open the shared mailbox any more, phone NAS: call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning. This cannot be done by email.",
    care: "If you already have NHSmail, ask an owner to add you: owners give and remove access to the shared mailbox themselves. If you have no account yet, the owner asks National Administration Service (NAS) for one. If nobody at the site can open the shared mailbox any more, phone NAS: call 0333 200 1133 from the care site's own landline, the number the CQC shows for your site, and choose option 1 (unable to access account), then option 1 again for a social care agent. This cannot be done by email.",
    pharmacy:
      "If you already have NHSmail, ask an owner to add you: owners give and remove access to the shared mailbox themselves. If you have no account yet, the owner asks National Administration Service (NAS) for one. If nobody at the site can open the shared mailbox any more, phone NAS: call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies. This cannot be done by email.",
    dental:
      "If you already have NHSmail, ask an owner to add you: owners give and remove access to the shared mailbox themselves. If you have no account yet, the owner asks National Administration Service (NAS) for one. If nobody at the site can open the shared mailbox any more, phone NAS: call 0333 200 1133 from the dental practice's phone number, and choose option 1 (unable to access account), then the option for dental practices. This cannot be done by email.",
    optometry:
      'If you already have NHSmail, ask an owner to add you: owners give and remove access to the shared mailbox themselves. If you have no account yet, the owner asks National Administration Service (NAS) for one. If nobody at the site can open the shared mailbox any more, email NAS at helpdesk@nhs.net from your own NHSmail account.',
  },
  'first-time': {
    none: "Ask a colleague who can open the shared mailbox to email National Administration Service (NAS) for you: a new account, or a joiner if you already have NHSmail, added as an owner if you will manage it. If nobody can open the mailbox, phone NAS: call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning. This cannot be done by email.",
    care: "Ask a colleague who can open the shared mailbox to email National Administration Service (NAS) for you: a new account, or a joiner if you already have NHSmail, added as an owner if you will manage it. If nobody can open the mailbox, phone NAS: call 0333 200 1133 from the care site's own landline, the number the CQC shows for your site, and choose option 1 (unable to access account), then option 1 again for a social care agent. This cannot be done by email.",
    pharmacy:
      "Ask a colleague who can open the shared mailbox to email National Administration Service (NAS) for you: a new account, or a joiner if you already have NHSmail, added as an owner if you will manage it. If nobody can open the mailbox, phone NAS: call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies. This cannot be done by email.",
    dental:
      "Ask a colleague who can open the shared mailbox to email National Administration Service (NAS) for you: a new account, or a joiner if you already have NHSmail, added as an owner if you will manage it. If nobody can open the mailbox, phone NAS: call 0333 200 1133 from the dental practice's phone number, and choose option 1 (unable to access account), then the option for dental practices. This cannot be done by email.",
    optometry:
      'Ask a colleague who can open the shared mailbox to email National Administration Service (NAS) for you: a new account, or a joiner if you already have NHSmail, added as an owner if you will manage it. If nobody can open the mailbox, email NAS at helpdesk@nhs.net from your own NHSmail account.',
  },
  'new-manager': {
    none: "Call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning. Have your Organisation Data Service (ODS) code, your own email address and your own mobile ready. National Administration Service (NAS) creates your account and makes you owner after security checks.",
    care: "Call 0333 200 1133 from the care site's own landline, the number the CQC shows for your site, and choose option 1 (unable to access account), then option 1 again for a social care agent. Have your Organisation Data Service (ODS) code, your own email address and your own mobile ready. National Administration Service (NAS) creates your account and makes you owner after security checks.",
    pharmacy:
      "Call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies. Have your Organisation Data Service (ODS) code, your own email address and your own mobile ready. National Administration Service (NAS) creates your account and makes you owner after security checks.",
    dental:
      "Call 0333 200 1133 from the dental practice's phone number, and choose option 1 (unable to access account), then the option for dental practices. Have your Organisation Data Service (ODS) code, your own email address and your own mobile ready. National Administration Service (NAS) creates your account and makes you owner after security checks.",
    optometry:
      'Email National Administration Service (NAS) at helpdesk@nhs.net. Have your Organisation Data Service (ODS) code, your own email address and your own mobile ready. NAS creates your account and makes you owner after security checks.',
  },
  'transferred-manager': {
    none: "Call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning. Have your nhs.net address, your Organisation Data Service (ODS) code and the mobile on your account ready. Ask for a reset, for your account to be moved here, and to be made owner; say you will ask your old provider to mark you as a leaver.",
    care: "Call 0333 200 1133 from the care site's own landline, the number the CQC shows for your site, and choose option 1 (unable to access account), then option 1 again for a social care agent. Have your nhs.net address, your Organisation Data Service (ODS) code and the mobile on your account ready. Ask for a reset, for your account to be moved here, and to be made owner; say you will ask your old provider to mark you as a leaver.",
    pharmacy:
      "Call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies. Have your nhs.net address, your Organisation Data Service (ODS) code and the mobile on your account ready. Ask for a reset, for your account to be moved here, and to be made owner; say you will ask your old provider to mark you as a leaver.",
    dental:
      "Call 0333 200 1133 from the dental practice's phone number, and choose option 1 (unable to access account), then the option for dental practices. Have your nhs.net address, your Organisation Data Service (ODS) code and the mobile on your account ready. Ask for a reset, for your account to be moved here, and to be made owner; say you will ask your old provider to mark you as a leaver.",
    optometry:
      'Email National Administration Service (NAS) at helpdesk@nhs.net. Have your nhs.net address, your Organisation Data Service (ODS) code and the mobile on your account ready. Ask for a reset, for your account to be moved here, and to be made owner; say you will ask your old provider to mark you as a leaver.',
  },
  'find-ods': {
    none: 'It is usually the part after "care., pharmacy., dental. or optometry." in your shared mailbox address. Otherwise search the Organisation Data Service (ODS) code finder using your postcode. For care sites it is the code starting with V, not the parent organisation\'s code, which usually starts with A.',
    care: 'It is usually the part after "care." in your shared mailbox address. Otherwise search the Organisation Data Service (ODS) code finder using your postcode. For care sites it is the code starting with V, not the parent organisation\'s code, which usually starts with A.',
    pharmacy:
      'It is usually the part after "pharmacy." in your shared mailbox address. Otherwise search the Organisation Data Service (ODS) code finder using your postcode. For care sites it is the code starting with V, not the parent organisation\'s code, which usually starts with A.',
    dental:
      'It is usually the part after "dental." in your shared mailbox address. Otherwise search the Organisation Data Service (ODS) code finder using your postcode. For care sites it is the code starting with V, not the parent organisation\'s code, which usually starts with A.',
    optometry:
      'It is usually the part after "optometry." in your shared mailbox address. Otherwise search the Organisation Data Service (ODS) code finder using your postcode. For care sites it is the code starting with V, not the parent organisation\'s code, which usually starts with A.',
  },
  'audit-site': {
    none: "Ask National Administration Service (NAS) for an audit from the shared mailbox (or by phone from the site's own phone), or manage membership yourself in the portal if you are an owner. Do this whenever you take over a site: former staff may still be linked.",
    care: "Ask National Administration Service (NAS) for an audit from the shared mailbox (or by phone from the care site's own landline, the number the CQC shows for your site), or manage membership yourself in the portal if you are an owner. Do this whenever you take over a site: former staff may still be linked.",
    pharmacy:
      "Ask National Administration Service (NAS) for an audit from the shared mailbox (or by phone from the pharmacy store's phone number), or manage membership yourself in the portal if you are an owner. Do this whenever you take over a site: former staff may still be linked.",
    dental:
      "Ask National Administration Service (NAS) for an audit from the shared mailbox (or by phone from the dental practice's phone number), or manage membership yourself in the portal if you are an owner. Do this whenever you take over a site: former staff may still be linked.",
    optometry:
      "Ask National Administration Service (NAS) for an audit from the shared mailbox (or by phone from the optometry practice's phone number), or manage membership yourself in the portal if you are an owner. Do this whenever you take over a site: former staff may still be linked.",
  },
  'before-call': {
    none: "Your Organisation Data Service (ODS) code, the shared mailbox address (care., pharmacy., dental. or optometry. followed by the ODS code, @nhs.net), and the mobile first used for your account. Call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning. Calls can take a while, so plan for it. Note the ticket number.",
    care: "Your Organisation Data Service (ODS) code, the shared mailbox address (care. followed by the ODS code, @nhs.net), and the mobile first used for your account. Call 0333 200 1133 from the care site's own landline, the number the CQC shows for your site, and choose option 1 (unable to access account), then option 1 again for a social care agent. Calls can take a while, so plan for it. Note the ticket number.",
    pharmacy:
      "Your Organisation Data Service (ODS) code, the shared mailbox address (pharmacy. followed by the ODS code, @nhs.net), and the mobile first used for your account. Call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies. Calls can take a while, so plan for it. Note the ticket number.",
    dental:
      "Your Organisation Data Service (ODS) code, the shared mailbox address (dental. followed by the ODS code, @nhs.net), and the mobile first used for your account. Call 0333 200 1133 from the dental practice's phone number, and choose option 1 (unable to access account), then the option for dental practices. Calls can take a while, so plan for it. Note the ticket number.",
    optometry:
      "Your Organisation Data Service (ODS) code, the shared mailbox address (optometry. followed by the ODS code, @nhs.net), and the mobile first used for your account. Call 0333 200 1133 from the optometry practice's phone number, and choose option 1 (unable to access account), then the option for optometry. Calls can take a while, so plan for it. Note the ticket number.",
  },
  'sector-no-access': {
    none: "Each sector has its own route. Phone National Administration Service (NAS): call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning. This cannot be done by email.",
    care: "Each sector has its own route. Phone National Administration Service (NAS): call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning. This cannot be done by email.",
    pharmacy:
      "Phone National Administration Service (NAS): call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies. This cannot be done by email.",
    dental:
      "Phone National Administration Service (NAS): call 0333 200 1133 from the dental practice's phone number, and choose option 1 (unable to access account), then the option for dental practices. This cannot be done by email.",
    optometry: 'Email National Administration Service (NAS) at helpdesk@nhs.net from your own NHSmail account.',
  },
  'cannot-send': {
    none: "If the people linked to it have gone inactive, signing in to their own accounts usually fixes it. If nobody linked to it is still at the site, phone National Administration Service (NAS): call 0333 200 1133 from your site's own phone: a care site its landline (the number the CQC shows), a pharmacy or dispensing appliance contractor the store's number, a dental practice the practice number, and choose option 1 (unable to access account), then your organisation type (for social care, option 1 again). Optometry practices email helpdesk@nhs.net instead of phoning. This cannot be done by email.",
    care: "If the people linked to it have gone inactive, signing in to their own accounts usually fixes it. If nobody linked to it is still at the site, phone National Administration Service (NAS): call 0333 200 1133 from the care site's own landline, the number the CQC shows for your site, and choose option 1 (unable to access account), then option 1 again for a social care agent. This cannot be done by email.",
    pharmacy:
      "If the people linked to it have gone inactive, signing in to their own accounts usually fixes it. If nobody linked to it is still at the site, phone National Administration Service (NAS): call 0333 200 1133 from the pharmacy store's phone number, and choose option 1 (unable to access account), then the option for pharmacies. This cannot be done by email.",
    dental:
      "If the people linked to it have gone inactive, signing in to their own accounts usually fixes it. If nobody linked to it is still at the site, phone National Administration Service (NAS): call 0333 200 1133 from the dental practice's phone number, and choose option 1 (unable to access account), then the option for dental practices. This cannot be done by email.",
    optometry:
      'If the people linked to it have gone inactive, signing in to their own accounts usually fixes it. If nobody linked to it is still at the site, email National Administration Service (NAS) at helpdesk@nhs.net from your own NHSmail account.',
  },
};

describe('FAQ answers that depend on the sector', () => {
  for (const [id, bySector] of Object.entries(expected)) {
    test(`${id}: each sector's answer, and the answer without one`, () => {
      expect(answerFor(id, undefined)).toBe(bySector.none);
      expect(entry(id).answer).toBe(bySector.none);
      for (const orgType of ['care', 'pharmacy', 'dental', 'optometry'] as const) expect(answerFor(id, orgType)).toBe(bySector[orgType]);
    });
  }

  test('every sentence of these answers starts with a capital letter', () => {
    for (const bySector of Object.values(expected))
      for (const text of Object.values(bySector)) {
        expect(text).toMatch(/^[A-Z]/);
        // Mailbox prefixes ("dental.") are not the end of a sentence.
        expect(text.replace(/\b(care|pharmacy|dental|optometry)\./g, '')).not.toMatch(/\. [a-z]/);
      }
  });
});

describe('issue 26: the FAQ follows the deployment and the sector', () => {
  test('an ODS change with nobody left: the CQC-number call is for social care only (seed 000)', () => {
    for (const orgType of ['pharmacy', 'dental', 'optometry'] as const) expect(answerFor('ods-no-owner', orgType)).not.toMatch(/CQC/);
    expect(answerFor('ods-no-owner', 'care')).toMatch(/CQC-registered number/);
  });
  test('the optometry route names the address every NAS request goes to: helpdesk@ by default, optomadmin@ with sector addresses', () => {
    const withSector = (orgType?: OrgType) =>
      faqFor(orgType, faq, { useSectorAddresses: true }).find((e) => e.id === 'sector-no-access')!.answer;
    expect(faqFor('optometry').find((e) => e.id === 'sector-no-access')!.answer).toBe(
      'Email National Administration Service (NAS) at helpdesk@nhs.net from your own NHSmail account.',
    );
    expect(withSector('optometry')).toBe(
      'Email National Administration Service (NAS) at optomadmin@nhs.net from your own NHSmail account.',
    );
    expect(withSector(undefined)).toContain('Optometry practices email optomadmin@nhs.net instead of phoning.');
    expect(JSON.stringify(faq)).not.toContain('optomadmin');
  });
});

describe('searchFaq', () => {
  test('reads the query as finished: two letters match only a whole word', () => {
    expect(searchFaq('te')).toEqual([]);
    expect(searchFaq('qu')).toEqual([]);
  });
  test('a whole word still finds its question', () => {
    expect(searchFaq('teams').map((e) => e.id)).toContain('teams');
  });
});

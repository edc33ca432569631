// Every question the seed documents answer, in our own words, each linked to the request kinds it
// leads to. Loaded lazily by the task pane; searched with searchFaq.

import type { OrgType } from './ods';
import type { SeedId } from './requestKind';
import { anySector, callStep, noAccessEmail, sectorRoute, sharedAddressShape } from './sectors';
import { spellOutFirst } from './abbreviations';
import { nhsmailPortal, type DeploymentOptions } from './recipients';
import { answerDocs } from './search/docs';
import { buildIndex, search } from './search/search';

export interface FaqEntry {
  id: string;
  topic: 'accounts' | 'shared-mailbox' | 'people' | 'site' | 'help';
  question: string;
  answer: string;
  actions: readonly string[];
  sources: readonly SeedId[];
  /**
   * The answer for a sector and deployment, where the route differs (seed 001's table); `answer`
   * names all four, with NAS's default address.
   */
  sectorAnswer?: (orgType?: OrgType, deployment?: DeploymentOptions) => string;
}

export const faqTopics: Readonly<Record<FaqEntry['topic'], string>> = {
  accounts: 'Your own account',
  'shared-mailbox': 'The shared mailbox',
  people: 'Joiners, leavers and owners',
  site: 'Your site and ODS code',
  help: 'Getting help',
};

// Each answer is read on its own (opened from the list or a search), so each spells out NAS, ODS
// and DSPT where it first uses them, unless its question already did.
// Stryker disable next-line StringLiteral: the question only stands before the answer so a spelling-out there counts; any replacement without NAS, ODS or DSPT in it leaves the answer's first use to spell out, as '' does
const spelled = (question: string, answer: string) => spellOutFirst([question.replace(/\b(NAS|ODS|DSPT)\b/g, ''), answer])[1]!;
const e = (id: string, topic: FaqEntry['topic'], question: string, answer: string, actions: string[], sources: SeedId[]): FaqEntry => ({
  id,
  topic,
  question,
  answer: spelled(question, answer),
  actions,
  sources,
});
/** An entry whose answer depends on the sector; without one it names every sector's route. */
const s = (
  id: string,
  topic: FaqEntry['topic'],
  question: string,
  answer: (orgType?: OrgType, deployment?: DeploymentOptions) => string,
  actions: string[],
  sources: SeedId[],
): FaqEntry => ({
  ...e(id, topic, question, answer(undefined), actions, sources),
  sectorAnswer: (orgType, deployment) => spelled(question, answer(orgType, deployment)),
});

/** Nobody can open the shared mailbox: the sector's route (seed 001), never by email from elsewhere. */
function noAccessRoute(orgType?: OrgType, deployment?: DeploymentOptions): string {
  const email = noAccessEmail(orgType, deployment);
  if (email) return `email NAS at ${email} from your own NHSmail account.`;
  // Stryker disable next-line Regex: callStep always starts with "Call" and has no other "Call" (sectors.ts), so /Call/ and /^Call/ match the same place
  return `${callStep(orgType, deployment).replace(/^Call/, 'phone NAS: call')} This cannot be done by email.`;
}

/** A clause that opens a sentence: its first letter in capitals ("phone NAS" → "Phone NAS"). */
const sentence = (clause: string) => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}`;

/**
 * An ODS change with nobody left on the mailbox: seed 000 gives the CQC-number call for social care
 * users only; other sectors take their usual route when nobody can open the shared mailbox (seed 001).
 */
function odsNoOwner(orgType?: OrgType, deployment?: DeploymentOptions): string {
  const care =
    "phone NAS from the CQC-registered number with your name and the registered manager's ID (CQC Contact ID). If it all matches, you are made owner and the rename goes ahead.";
  if (orgType === 'care') return sentence(care);
  const others = `nobody can open the shared mailbox, so ${noAccessRoute(orgType, deployment)}`;
  if (orgType) return sentence(others);
  return `Social care sites: ${care} Other sites: ${others}`;
}

/** The first step when nobody can open the shared mailbox, as a sentence. */
function contactFromSite(orgType?: OrgType, deployment?: DeploymentOptions): string {
  const email = noAccessEmail(orgType, deployment);
  if (email) return `Email NAS at ${email}.`;
  return callStep(orgType, deployment);
}

export const faq: readonly FaqEntry[] = [
  // Your own account
  e(
    'what-is-personal',
    'accounts',
    'What is a personal (individual) NHSmail account?',
    'An account for one person, with their own nhs.net address and password. Never share the password or let a colleague use your account: anyone who needs NHSmail gets their own account.',
    ['add-user'],
    ['000', '001'],
  ),
  e(
    'why-personal',
    'accounts',
    'Why do I need my own account if the site has a shared mailbox?',
    'The shared mailbox has no password of its own. You open it by signing in to your own account, and your own account is also where confidential mail meant only for you (such as HR matters) belongs.',
    [],
    ['000', '001'],
  ),
  e(
    'password',
    'accounts',
    'Do I need a password?',
    'Yes, for your own account. When the account is created, NAS emails the username to your personal email address and texts a temporary password to your mobile. The shared mailbox needs no separate password.',
    [],
    ['000', '001'],
  ),
  e(
    'why-mobile',
    'accounts',
    'Why does NAS need my mobile number?',
    "Temporary passwords are sent by text, and NAS uses the number to check who you are when you need a reset. It must be your own UK mobile starting 07, and it must not be used for anyone else's account: NAS uses it to spot duplicate accounts. Keep it on your account.",
    ['add-user'],
    ['000', '001'],
  ),
  e(
    'activate',
    'accounts',
    'How do I start using a new account?',
    'Sign in to the NHSmail portal with the username from the email and the temporary password from the text. You will be asked to set a new password, accept the Acceptable Use Policy and set your security questions or account secret. Do all three: a new account that has not accepted the policy or set security questions goes inactive within 30 days, and they make future resets much easier.',
    [],
    ['001', '002', '003'],
  ),
  e(
    'no-mobile-at-work',
    'accounts',
    "What if I can't take my mobile to work?",
    'You can sign in for the first time from a home computer using the details sent to your personal email and phone. If you have no computer at home, set the account up at work.',
    [],
    ['001'],
  ),
  e(
    'how-often',
    'accounts',
    'How often do I need to sign in?',
    'At least every 30 days: sign in and send an email. After 30 days without use an account becomes inactive, and after 30 more days it is deleted. (Older guidance said 90 days; the 30-day rule is the current one.)',
    [],
    ['000', '002', '001'],
  ),
  e(
    'deactivated',
    'accounts',
    'My account has been deactivated. How do I get it back?',
    'Usually signing in as normal wakes it up again. If that does not work, contact the helpdesk. If the account has already been deleted, call the helpdesk: it confirms whether the account can still be restored (only within 30 days of deletion), and the site authorises the restore by email from the shared mailbox.',
    ['reinstate-account', 'self-service-reset'],
    ['002'],
  ),
  e(
    'reinstate',
    'accounts',
    'How do I get a deleted account back?',
    "Email NAS from the shared mailbox with the account address and the person's mobile number, to authorise it, and call the helpdesk, which confirms whether it can still be restored. A deleted account can only be restored within 30 days; after that the person needs a new account.",
    ['reinstate-account', 'add-user'],
    ['001', '002'],
  ),
  e(
    'disable',
    'accounts',
    'How do I pause my account during long leave?',
    'Ask NAS from your own account or from the shared mailbox, giving the nhs.net address, the mobile linked to it and the date. A disabled account is kept for up to 18 months without signing in; after that it becomes eligible for deletion.',
    ['disable-account'],
    ['000', '002'],
  ),
  e(
    'enable',
    'accounts',
    'How do I turn my account back on?',
    'Either you contact NAS using the mobile registered to your account, or someone at the site asks NAS from the shared mailbox to enable it, with the nhs.net address and the linked mobile.',
    ['enable-account'],
    ['000'],
  ),
  e(
    'reset',
    'accounts',
    'How do I reset my password or unlock my account?',
    `If you set security questions or an account secret, use the self-service reset on the ${nhsmailPortal.name}, ${nhsmailPortal.address}. If not, phone the helpdesk (0333 200 1133, open 24 hours) with your nhs.net address and the mobile linked to it. To get the password on a different mobile, the shared mailbox must confirm it by email.`,
    ['self-service-reset', 'reset-new-mobile'],
    ['000', '001', '002'],
  ),
  e(
    'no-password-no-mobile',
    'accounts',
    'What if I have forgotten my password and secret and have no usable mobile?',
    'Ask the shared mailbox owner. They email NAS to vouch for you, after checking who you are, and give a mobile for the temporary password.',
    ['reset-owner-vouched'],
    ['000', '001', '002'],
  ),
  e(
    'forgot-details',
    'accounts',
    "I'm not sure I have an account, or I've forgotten the address.",
    'Ask your shared mailbox owner to request an audit of the accounts linked to the shared mailbox: your account will be on it if you have one.',
    ['audit'],
    ['000'],
  ),
  e(
    'name-change',
    'accounts',
    'What if my name changes?',
    'Ask NAS to update it. Your address changes to match, and the old address keeps working so mail still reaches you.',
    ['name-change'],
    ['000', '002'],
  ),
  e(
    'hide-mobile',
    'accounts',
    'Can I hide my mobile number from the NHS Directory?',
    'Your mobile is hidden by default. You can change this in your profile on the portal, but do not remove the number: the helpdesk uses it to check who you are, especially for owners.',
    [],
    ['001', '002'],
  ),
  e(
    'mfa',
    'accounts',
    'How do I set up multi-factor authentication?',
    'NHSmail supports text-message verification as a second step when signing in. The NHSmail support site has the set-up guide.',
    [],
    ['002'],
  ),
  e(
    'quota',
    'accounts',
    'What happens if my mailbox is full?',
    'Over the quota you cannot send or receive email. Check your mailbox size regularly and clear out what you do not need.',
    [],
    ['000', '001'],
  ),
  e(
    'outlook-desktop',
    'accounts',
    'Can I use NHSmail in the Outlook desktop app?',
    'Yes, and it is often easier: you sign in once and see your own and the shared mailbox together.',
    [],
    ['000'],
  ),
  e(
    'attachments',
    'accounts',
    "Why can't I open attachments in the web portal?",
    'To view or download attachments in the browser you must tick "This is a private computer" when you sign in, and only do that on a private computer.',
    [],
    ['000', '001'],
  ),
  e(
    'already-have-account',
    'accounts',
    'What if I already have an NHSmail account from another job?',
    'Do not register again: that creates a duplicate account. Your new site asks NAS to add you as a joiner, and the owner gives you access to the shared mailbox.',
    ['add-joiner'],
    ['000', '001'],
  ),

  // The shared mailbox
  e(
    'what-is-shared',
    'shared-mailbox',
    'What is a shared mailbox?',
    'One mailbox for the whole site (also called a generic mailbox), opened by several staff through their own accounts. It is the address other health and care services use to reach your site, so nothing time-sensitive depends on one person.',
    [],
    ['000', '001', '003'],
  ),
  e(
    'naming',
    'shared-mailbox',
    'What is our shared mailbox called, and can we change it?',
    'It cannot be changed. It is care., pharmacy., dental. or optometry. followed by your ODS code, @nhs.net (for example care.vn6c2@nhs.net), and its display name is like Care.VN6C2 (Sunrise House, Durham).',
    [],
    ['000', '001', '003'],
  ),
  e(
    'who-access',
    'shared-mailbox',
    'Who should have access, and how many people?',
    'Everyone who deals with health and care colleagues about the people you support. Have at least two people, usually the manager and a deputy or administrator, and ideally more, so the mailbox is covered through leave, nights and weekends.',
    ['add-user', 'add-joiner'],
    ['000', '003'],
  ),
  e(
    'open-shared',
    'shared-mailbox',
    'How do I open the shared mailbox?',
    'Through your own account: it has no password of its own, and once an owner has linked you to it, you open it in Outlook or Outlook on the web signed in as yourself. The NHSmail support site has guides for both.',
    [],
    ['000', '001', '003'],
  ),
  e(
    'permissions',
    'shared-mailbox',
    'What can members and owners do?',
    'Everyone linked to the mailbox can read it and send as it: mail appears to come from the site, not from the person. Owners can also manage who has access.',
    ['owner-change'],
    ['000', '001'],
  ),
  e(
    'send-from-shared',
    'shared-mailbox',
    'Why must requests to NAS come from the shared mailbox?',
    "It is how NAS knows the request really comes from the site: always email from the shared mailbox unless the guidance says otherwise. Requests about other people's accounts sent from a personal address may be refused. A person may write from their own account about their own account (pausing it, a name change, leaving), when the shared mailbox never appeared, and to chase a request or ask the ODS helpdesk.",
    ['leaver-self', 'disable-account', 'name-change', 'missing-shared-access'],
    ['003', '000', '001', '002'],
  ),
  s(
    'cannot-send',
    'shared-mailbox',
    "We can't send from the shared mailbox any more.",
    (o, d) =>
      `If the people linked to it have gone inactive, signing in to their own accounts usually fixes it. If nobody linked to it is still at the site, ${noAccessRoute(o, d)}`,
    ['phone-no-access'],
    ['000', '001', '002'],
  ),
  s(
    'no-access-me',
    'shared-mailbox',
    "I can't get into my site's shared mailbox.",
    (o, d) =>
      `If you already have NHSmail, ask an owner to add you: owners give and remove access to the shared mailbox themselves. If you have no account yet, the owner asks NAS for one. If nobody at the site can open the shared mailbox any more, ${noAccessRoute(o, d)}`,
    ['phone-no-access', 'add-user'],
    ['000', '001', '002'],
  ),
  e(
    'missing-shared',
    'shared-mailbox',
    "I have my own account but the shared mailbox hasn't appeared.",
    'Email NAS from your own account with your first and last name and the site ODS code.',
    ['missing-shared-access'],
    ['000', '001'],
  ),
  e(
    'missing-personal',
    'shared-mailbox',
    "A colleague was set up with the shared mailbox but their own account hasn't arrived.",
    'They cannot open the shared mailbox without their own account, so someone who can asks NAS from it, with their first and last name; the ODS code and the shared mailbox name go with it.',
    ['missing-personal-account'],
    ['000', '001'],
  ),
  e(
    'more-than-ten',
    'shared-mailbox',
    'Can we have more than 10 accounts?',
    'The standard allowance is one shared mailbox and up to 10 accounts per site. Social care sites are the stated exception: they can ask for more with a reason, once the existing 10 are all in active use. NAS then sends a spreadsheet and aims to finish within 5 working days of getting it back. An extended-hours pharmacy may have more people on the mailbox when its NHS England area team approves the extra accounts.',
    ['more-accounts'],
    ['000', '001', '002'],
  ),
  e(
    'extended-hours',
    'shared-mailbox',
    'We are an extended-hours pharmacy. How many people can use the mailbox?',
    'There is no fixed limit as long as everyone has their own account and any extra accounts are approved by your NHS England area team.',
    ['more-accounts'],
    ['001'],
  ),
  e(
    'unmonitored',
    'shared-mailbox',
    'What if nobody watches the shared mailbox?',
    'That is risky, because urgent messages such as drug alerts go there. Either have it watched, or set an automatic reply saying it is not monitored, or forward it to a mailbox that is.',
    [],
    ['001'],
  ),
  e(
    'owner-mobile',
    'shared-mailbox',
    "What is an owner's mobile number used for?",
    'NAS may call or text the owner to confirm things, for example when someone cannot reset their password any other way.',
    ['reset-owner-vouched'],
    ['000', '001'],
  ),
  e(
    'shared-vs-personal',
    'shared-mailbox',
    'When should I use the shared mailbox and when my own?',
    "Use the shared mailbox for the site's work, so the team sees everything and nothing is missed. Use your own account for things only you should see, such as HR documents.",
    [],
    ['000'],
  ),

  // People
  e(
    'add-users',
    'people',
    'How do we add new staff?',
    'Email NAS from the shared mailbox. For someone without NHSmail: full name, their own mobile starting 07, their personal email, and owner or member. For someone who already has NHSmail: full name, nhs.net address, linked mobile, owner or member, and say they are a joiner. NAS never needs more than this: leave out dates of birth and home addresses.',
    ['add-user', 'add-joiner'],
    ['000', '001', '003'],
  ),
  e(
    'what-is-owner',
    'people',
    'What is a shared mailbox owner, and what do they do?',
    'The person who controls access to the shared mailbox (there can be more than one). Owners ask NAS for new accounts, pass on usernames, help new people sign in, give and remove access, make sure staff follow the Data Security and Protection Toolkit, and remove leavers promptly.',
    ['owner-change', 'add-user', 'leaver'],
    ['000', '001', '003'],
  ),
  e(
    'joining',
    'people',
    "I'm joining an organisation that uses NHSmail. What do I do?",
    'Tell the shared mailbox owner at your new site. If you already have an account, they ask NAS to add you as a joiner; your old organisation must mark you as a leaver first. If you have none, they ask NAS for a new account with your mobile and personal email.',
    ['add-joiner', 'add-user'],
    ['000', '001'],
  ),
  e(
    'leaving',
    'people',
    "I'm leaving. What should happen to my account?",
    'Ask NAS yourself, by email from your own account, or ask your owner to do it: your account is marked as a leaver and removed from the shared mailbox. An owner who leaves names who takes over. A leaver account is deleted after 30 days unless a new organisation takes you on, so save anything the team needs first.',
    ['leaver-self', 'leaver', 'owner-change'],
    ['000', '001', '002'],
  ),
  e(
    'same-parent',
    'people',
    'I am moving between sites owned by the same organisation.',
    "If your address shows the organisation's name rather than a site's, your organisation probably manages your account. Ask your new manager to give you access to the new site's mailbox and remove you from the old one.",
    ['leaver', 'add-joiner'],
    ['000'],
  ),
  e(
    'sponsored-transfer',
    'people',
    'Our shared mailbox was set up (sponsored) by another organisation. Can it move to us?',
    'Yes. Their local administrator marks it as a leaver, then you ask NAS to join it to your organisation, within 30 days or it is deleted. The display name changes; the old name stays as an alias.',
    ['sponsored-transfer'],
    ['001'],
  ),
  s(
    'first-time',
    'people',
    'I am new at a site that already has NHSmail. Where do I start?',
    (o, d) =>
      `Ask a colleague who can open the shared mailbox to email NAS for you: a new account, or a joiner if you already have NHSmail, added as an owner if you will manage it. If nobody can open the mailbox, ${noAccessRoute(o, d)}`,
    ['add-user', 'add-joiner', 'phone-no-access', 'phone-new-manager'],
    ['003', '004', '001'],
  ),
  s(
    'new-manager',
    'people',
    'I am a new manager and nobody left has access.',
    (o, d) =>
      `${contactFromSite(o, d)} Have your ODS code, your own email address and your own mobile ready. NAS creates your account and makes you owner after security checks.`,
    ['phone-new-manager'],
    ['004', '001'],
  ),
  s(
    'transferred-manager',
    'people',
    'I moved here from another provider and cannot sign in.',
    (o, d) =>
      `${contactFromSite(o, d)} Have your nhs.net address, your ODS code and the mobile on your account ready. Ask for a reset, for your account to be moved here, and to be made owner; say you will ask your old provider to mark you as a leaver.`,
    ['phone-transferred-manager'],
    ['004', '001'],
  ),
  e(
    'responsibilities',
    'people',
    'What should an owner keep on top of?',
    'Add and remove people promptly as they join and leave, keep at least two people with access, remind colleagues to sign in regularly so accounts are not deleted, and hand over to a new owner before you leave.',
    ['audit', 'leaver', 'owner-change'],
    ['003'],
  ),

  // Site
  s(
    'find-ods',
    'site',
    'How do I find my ODS code?',
    (o) =>
      `It is usually the part after "${sectorRoute(o)?.prefix ?? anySector.prefix}" in your shared mailbox address. Otherwise search the ODS code finder using your postcode. For care sites it is the code starting with V, not the parent organisation's code, which usually starts with A.`,
    ['ods-query'],
    ['000', '003', '004'],
  ),
  e(
    'ods-change',
    'site',
    'What if our ODS code changes?',
    "If the site was bought outright (change of ownership), close the old shared mailbox from that mailbox after saving what you need, then register again under the new code; it can take a month to appear. If a new parent took on the old one's debts and liabilities (change of registration), keep the mailbox and ask NAS, before the change, to rename it with the old name kept as an alias, and remove anyone who is not moving over.",
    ['close-acquisition', 'ods-rename'],
    ['000'],
  ),
  s(
    'ods-no-owner',
    'site',
    'Our ODS code changed and nobody is linked to the mailbox any more.',
    (o, d) => odsNoOwner(o, d),
    ['phone-no-access'],
    ['000', '001'],
  ),
  s(
    'audit-site',
    'site',
    'How do I check who has access to our mailbox?',
    (o) =>
      `Ask NAS for an audit from the shared mailbox (or by phone from ${sectorRoute(o)?.callFrom ?? "the site's own phone"}), or manage membership yourself in the portal if you are an owner. Do this whenever you take over a site: former staff may still be linked.`,
    ['audit'],
    ['003', '000', '001'],
  ),
  e(
    'teams',
    'site',
    'Can our site have a team in Microsoft Teams?',
    'Yes. Ask NAS from the shared mailbox, naming who will own the team. If the site already has a team, ask NAS to add the new owner to it.',
    ['teams-request'],
    ['003'],
  ),
  e(
    'dspt',
    'site',
    'Our application was rejected because of the Data Security and Protection Toolkit.',
    'To join NHSmail, a site must publish its DSPT: social care at "Approaching Standards" or better; community pharmacies and dispensing appliance contractors, dental and optometry at "Standards Met" or better. It is free and must be renewed every year. Questions about it go to the ODS helpdesk.',
    ['ods-query'],
    ['000', '001', '002', '003'],
  ),
  e(
    'cqc-ids',
    'site',
    'What are the CQC Location ID and CQC Contact ID?',
    "The Location ID is your site's CQC registration number (not the Provider ID). The Contact ID is the registered manager's ID, shown on the registered manager's certificate.",
    [],
    ['000'],
  ),
  e(
    'directory',
    'site',
    'What is the NHS Directory?',
    'The address book of health and care contacts, searchable in the portal. You can find shared mailboxes by ODS code, place or postcode.',
    [],
    ['000', '001'],
  ),
  e(
    'register',
    'site',
    'How does a site join NHSmail for the first time?',
    'Publish your DSPT, then register the site on the NHSmail portal. NAS processes the application and sends the log-in details.',
    [],
    ['001', '002', '003'],
  ),
  e(
    'secure-email',
    'site',
    'What is secure email, and why NHSmail?',
    'Email carrying health and care information must meet the secure email standard (DCB1596). A site can either use NHSmail, which already meets it and is free for care providers, or have its own email accredited. Either way, the Data Security and Protection Toolkit comes first.',
    [],
    ['000', '002'],
  ),
  e(
    'not-cqc',
    'site',
    'We are not registered with the CQC. Can we have NHSmail?',
    'NAS looks after social care, community pharmacy, dispensing appliance contractor, dental and optometry sites; the care association guidance says its route for care providers is for CQC-registered services. If a local commissioner requires you to use NHSmail, they should give you sponsored accounts for the length of the contract. Organisations supporting the NHS nationally complete the NHS access process form and send it to feedback@nhs.net.',
    [],
    ['001', '002'],
  ),
  e(
    'glossary',
    'site',
    'What do ODS, SMB, LA and AUP mean?',
    'ODS: Organisation Data Service, the code for your site. SMB: shared mailbox. Owner: the person who manages its access. LA: local administrator (for NAS-managed sites, NAS itself). AUP: Acceptable Use Policy. DSPT: Data Security and Protection Toolkit. Site: your care home or practice.',
    [],
    ['003'],
  ),

  // Help
  e(
    'hours',
    'help',
    'How quickly does NAS reply?',
    'NAS works 09:00 to 17:00, Monday to Friday, except bank holidays, and replies as soon as possible; there is no fixed reply time. The helpdesk phone line (0333 200 1133) is open 24 hours for simple things like password resets.',
    [],
    ['000', '001'],
  ),
  e(
    'escalate',
    'help',
    "My request hasn't been sorted. Who do I contact?",
    'Contact NAS first. If your query is still not resolved, escalate it by email to feedback@nhs.net with the ticket reference and/or the date and time of your call. If you are on a call with the helpdesk and it is not getting resolved, you can ask to speak to a Subject Matter Expert.',
    ['escalation'],
    ['000', '004'],
  ),
  s(
    'before-call',
    'help',
    'What should I have ready before phoning the helpdesk?',
    (o, d) =>
      `Your ODS code, the shared mailbox address (${sharedAddressShape(o)}), and the mobile first used for your account. ${callStep(o, d)} Calls can take a while, so plan for it. Note the ticket number.`,
    ['phone-no-access'],
    ['004', '000', '001'],
  ),
  s(
    'sector-no-access',
    'help',
    'Nobody can open our pharmacy, dispensing appliance contractor, dental or optometry mailbox.',
    (o, d) =>
      o && o !== 'care' ? sentence(noAccessRoute(o, d)) : `Each sector has its own route. ${sentence(noAccessRoute(undefined, d))}`,
    ['phone-no-access'],
    ['001'],
  ),
  e(
    'ods-helpdesk',
    'help',
    'Who answers questions about our ODS code?',
    'The ODS helpdesk at exeter.helpdesk@nhs.net, which also handles DSPT questions.',
    ['ods-query'],
    ['003'],
  ),
  e(
    'stay-safe',
    'help',
    'How do we avoid sending data to the wrong person?',
    'Check the To and Cc fields before sending, use Bcc where needed, and make data protection part of induction and yearly training. Never put personal details in a request to NAS that it has not asked for.',
    [],
    ['002', '000'],
  ),
  e(
    'self-managed',
    'help',
    'NAS says our site is not managed by them.',
    "Some organisations run their own NHSmail administration. Contact your organisation's local administrator instead.",
    [],
    ['003', '002'],
  ),
];

/**
 * The questions with each answer written for the sector of the mailbox in use, when known, and for
 * the deployment's NAS addresses (the optometry route names the address every request goes to).
 */
export function faqFor(orgType?: OrgType, entries: readonly FaqEntry[] = faq, deployment?: DeploymentOptions): FaqEntry[] {
  return entries.map((entry) =>
    (orgType || deployment?.useSectorAddresses) && entry.sectorAnswer
      ? { ...entry, answer: entry.sectorAnswer(orgType, deployment) }
      : entry,
  );
}

/**
 * The questions that answer a query, most relevant first, by the same rules as the home screen's
 * search (src/domain/search: whole words and prefixes, the synonym table, ranked by relevance);
 * every question when the query is empty or only filler words.
 */
export function searchFaq(query: string, entries: readonly FaqEntry[] = faq): FaqEntry[] {
  const outcome = search(buildIndex(answerDocs(entries)), query, { typing: false });
  if (outcome.blank) return [...entries];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // Stryker disable next-line ArrayDeclaration: every hit is a document built from these same entries, so byId always has its id
  return outcome.hits.flatMap((hit) => byId.get(hit.doc.id) ?? []);
}

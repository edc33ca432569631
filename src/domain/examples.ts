// One realistic, valid input per email kind: used by the golden tests, the benchmark and the
// preview page's sample. Names and numbers are fictional (07700 900xxx is Ofcom's drama range).

export const exampleNow = new Date('2026-11-20T10:00:00Z');
export const exampleMailbox = { address: 'care.vn6c2@nhs.net', displayName: 'Care.VN6C2 (Sunrise House, Durham)' } as const;

export const exampleInputs: Readonly<Record<string, Record<string, unknown>>> = {
  'add-user': {
    people: [
      { fullName: 'Amira Khan', mobile: '07700 900123', personalEmail: 'amira.khan@example.com', role: 'member' },
      { fullName: "Tom O'Neill", mobile: '+44 7700 900456', personalEmail: 'tom.oneill@example.org', role: 'owner' },
    ],
    existingAccounts: 4,
  },
  'add-joiner': { people: [{ fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net', mobile: '07700900789', role: 'member' }], existingAccounts: 6 },
  leaver: {
    people: [
      { fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net', wasOwner: true },
      { fullName: 'Sarah Bell', nhsmailAddress: 'sarah.bell7@nhs.net', wasOwner: false },
    ],
    newOwner: { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net' },
  },
  'owner-change': { action: 'add', fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net' },
  'leaver-self': { fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net', wasOwner: true, newOwner: { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net' }, joiningElsewhere: true },
  'disable-account': { forWhom: 'colleague', fullName: 'Sarah Bell', nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07700 900321', fromDate: '2026-12-01', returnDate: '2027-09-01' },
  'enable-account': { nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07700 900321' },
  'reset-new-mobile': { fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net', newMobile: '07700 900654' },
  'reset-owner-vouched': {
    fullName: 'Peter Lund',
    nhsmailAddress: 'peter.lund@nhs.net',
    mobile: '07700 900987',
    ownerName: 'Amira Khan',
    ownerNhsmailAddress: 'amira.khan3@nhs.net',
    identityChecked: true,
  },
  'reinstate-account': { nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07700 900321', deletedOn: '2026-11-10' },
  'more-accounts': { count: 3, justification: 'We run three shifts a day and need every senior carer on nights and weekends to be able to read referrals.', existingAccountsInUse: true },
  audit: { note: 'We have a new manager and want to check that former staff no longer have access.' },
  'name-change': { forWhom: 'colleague', currentName: 'Sarah Bell', newName: 'Sarah Okafor', nhsmailAddress: 'sarah.bell7@nhs.net' },
  'close-acquisition': { newOwnerOrganisation: 'Northern Care Homes Ltd', dataSavedLocally: true, effectiveDate: '2027-01-04' },
  'ods-rename': { newOdsCode: 'vl86q', leavers: [{ fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net' }] },
  'missing-shared-access': { firstName: 'Amira', lastName: 'Khan', odsCode: 'VN6C2' },
  'missing-personal-account': { firstName: 'Grace', lastName: 'Adeyemi' },
  'teams-request': { team: 'new', ownerName: 'Amira Khan', ownerNhsmailAddress: 'amira.khan3@nhs.net' },
  escalation: { ticketReference: 'INC0123456', callDateTime: '2026-11-18T14:30', summary: 'Two new starters were requested on 4 November and neither account has arrived.' },
  'ods-query': { topic: 'ods', question: 'Our registration moved to a new parent company. Which ODS code should our site use now?' },
};

/** The personal mailbox the examples use when a kind is sent from a person's own account. */
export const examplePersonalAddress = 'amira.khan3@nhs.net';

export interface GoldenCase {
  /** The golden file's name: the kind id, then the branch. */
  name: string;
  kind: string;
  input: Record<string, unknown>;
  /** The mailbox in use: the site's shared mailbox, or a person's own. */
  from: 'shared' | 'personal';
  /** With `from: 'personal'`, whether the site is known (typed or remembered). */
  siteKnown?: boolean;
}

/**
 * Every kind once, from the mailbox its sender rule names, plus each branch: shared or personal
 * sender, add or remove, new or existing team, the person or the site asking.
 */
export const goldenCases: readonly GoldenCase[] = [
  ...Object.entries(exampleInputs).map(([kind, input]): GoldenCase => ({ name: kind, kind, input, from: kind === 'missing-shared-access' ? 'personal' : 'shared' })),
  { name: 'leaver--owner-stays', kind: 'leaver', input: { people: [{ fullName: 'Sarah Bell', nhsmailAddress: 'sarah.bell7@nhs.net', wasOwner: true }], anotherOwnerRemains: true }, from: 'shared' },
  { name: 'leaver-self--from-own-account', kind: 'leaver-self', input: { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net', leavingMailbox: 'care.vn6c2@nhs.net' }, from: 'personal' },
  { name: 'leaver-self--site-typed', kind: 'leaver-self', input: { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net', wasOwner: true, anotherOwnerRemains: true }, from: 'personal', siteKnown: true },
  { name: 'owner-change--remove', kind: 'owner-change', input: { action: 'remove', fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net' }, from: 'shared' },
  {
    name: 'disable-account--own-account',
    kind: 'disable-account',
    input: { forWhom: 'self', fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net', mobile: '07700 900123', fromDate: '2026-12-14' },
    from: 'personal',
  },
  { name: 'name-change--own-account', kind: 'name-change', input: { forWhom: 'self', currentName: 'Amira Khan', newName: 'Amira Okafor', nhsmailAddress: 'amira.khan3@nhs.net' }, from: 'personal' },
  { name: 'add-user--site-typed', kind: 'add-user', input: { people: [{ fullName: 'Jane Smith', mobile: '07700 900111', personalEmail: 'jane.smith@example.com', role: 'member' }] }, from: 'personal', siteKnown: true },
  { name: 'missing-shared-access--site-typed', kind: 'missing-shared-access', input: { firstName: 'Amira', lastName: 'Khan', odsCode: 'VN6C2' }, from: 'personal', siteKnown: true },
  { name: 'add-joiner--over-ten-for-the-site', kind: 'add-joiner', input: { ...exampleInputs['add-joiner'], existingAccounts: 10 }, from: 'shared' },
  { name: 'reinstate-account--too-late', kind: 'reinstate-account', input: { ...exampleInputs['reinstate-account'], deletedOn: '2026-10-01' }, from: 'shared' },
  { name: 'disable-account--over-18-months', kind: 'disable-account', input: { ...exampleInputs['disable-account'], returnDate: '2028-09-01' }, from: 'shared' },
  { name: 'teams-request--existing-team', kind: 'teams-request', input: { team: 'existing', ownerName: 'Amira Khan', ownerNhsmailAddress: 'amira.khan3@nhs.net' }, from: 'shared' },
  { name: 'ods-query--dspt-from-own-account', kind: 'ods-query', input: { topic: 'dspt', question: 'Our DSPT is due for renewal. Which level do we need to keep NHSmail?', odsCode: 'VN6C2', yourName: 'Amira Khan' }, from: 'personal' },
  { name: 'escalation--from-own-account', kind: 'escalation', input: { ticketReference: 'INC0123456', summary: 'My account is still locked a week after I called.', yourName: 'Amira Khan' }, from: 'personal' },
];

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
  },
  'add-joiner': { people: [{ fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net', mobile: '07700900789', role: 'member' }] },
  leaver: {
    people: [
      { fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net', wasOwner: true },
      { fullName: 'Sarah Bell', nhsmailAddress: 'sarah.bell7@nhs.net', wasOwner: false },
    ],
    newOwner: { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net' },
  },
  'owner-change': { action: 'add', fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net' },
  'disable-account': { nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07700 900321', fromDate: '2026-12-01', returnDate: '2027-09-01' },
  'enable-account': { nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07700 900321' },
  'reset-new-mobile': { fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net', newMobile: '07700 900654' },
  'reset-owner-vouched': { fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net', mobile: '07700 900987', identityChecked: true },
  'reinstate-account': { nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07700 900321', deletedOn: '2026-11-10' },
  'more-accounts': { count: 3, justification: 'We run three shifts a day and need every senior carer on nights and weekends to be able to read referrals.', existingAccountsInUse: true },
  audit: { note: 'We have a new manager and want to check that former staff no longer have access.' },
  'name-change': { currentName: 'Sarah Bell', newName: 'Sarah Okafor', nhsmailAddress: 'sarah.bell7@nhs.net' },
  'close-acquisition': { newOwnerOrganisation: 'Northern Care Homes Ltd', dataSavedLocally: true, effectiveDate: '2027-01-04' },
  'ods-rename': { newOdsCode: 'vl86q', leavers: [{ fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net' }] },
  'missing-shared-access': { firstName: 'Amira', lastName: 'Khan', odsCode: 'VN6C2' },
  'missing-personal-account': { firstName: 'Amira', lastName: 'Khan', odsCode: 'VN6C2', sharedMailbox: 'Care.VN6C2 (Sunrise House, Durham)' },
  'teams-request': { ownerName: 'Amira Khan', ownerNhsmailAddress: 'amira.khan3@nhs.net' },
  escalation: { ticketReference: 'INC0123456', callDateTime: '2026-11-18T14:30', summary: 'Two new starters were requested on 4 November and neither account has arrived.' },
  'ods-query': { question: 'Our registration moved to a new parent company. Which ODS code should our site use now?' },
};

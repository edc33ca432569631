import { fullName, nhsmailAddress } from '../fields';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import {
  duplicates,
  linkClause,
  linkedMobile,
  linkRole,
  notLinkedErrors,
  overSiteLimitWarning,
  roleLabel,
  siteAccountCount,
  type LinkRole,
} from './common';
import { maxPeoplePerRequest, overTenMessage } from './addUser';

export interface AddJoinerInput {
  people: { fullName: string; nhsmailAddress: string; mobile: string; role: LinkRole }[];
  /** How many accounts the site has now (seed 002: up to 10 per site, not per request). */
  existingAccounts?: number;
}

export const addJoiner = emailKind<AddJoinerInput>({
  id: 'add-joiner',
  title: 'Add staff who already have NHSmail',
  group: 'people',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000', '001', '003'],
  subjectTitle: 'Joiners',
  explanation: {
    when: 'Someone joining your site already has an nhs.net address from another job. They keep the same account; do not register them again.',
    needs:
      'For each person: full name, their NHSmail address, the mobile linked to that account, and owner or member. Their previous organisation must have marked them as a leaver first.',
    next: 'NAS moves the account to your site and links it to your shared mailbox. If the old organisation has not marked them as a leaver yet, NAS will ask for that first.',
  },
  examples: [
    {
      input: {
        people: [{ fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net', mobile: '07700900789', role: 'member' }],
        existingAccounts: 6,
      },
    },
    {
      branch: 'over-ten-for-the-site',
      input: {
        people: [{ fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net', mobile: '07700900789', role: 'member' }],
        existingAccounts: 10,
      },
    },
  ],
  fields: {
    people: {
      type: 'list',
      ui: {
        label: 'Joiners',
        itemLabel: 'Person',
        paste: true,
        overMaxKind: 'more-accounts',
      },
      min: 1,
      max: maxPeoplePerRequest,
      maxMessage: overTenMessage,
      fields: {
        fullName: fullName(),
        nhsmailAddress: nhsmailAddress(),
        mobile: linkedMobile(),
        role: linkRole(),
      },
    },
    existingAccounts: siteAccountCount(),
  },
  rules: (input, ctx) => ({
    errors: [
      ...notLinkedErrors(input.people, ctx),
      ...duplicates(
        input.people,
        (p) => p.nhsmailAddress,
        (i) => `people.${i}.nhsmailAddress`,
        'NHSmail address',
      ),
      ...duplicates(
        input.people,
        (p) => p.mobile,
        (i) => `people.${i}.mobile`,
        'mobile number',
      ),
    ],
    warnings: overSiteLimitWarning(input.existingAccounts, input.people.length),
  }),
  render: (input, ctx) => ({
    ask: `Please add the ${input.people.length === 1 ? 'person' : 'people'} below to our site as ${input.people.length === 1 ? 'a joiner' : 'joiners'}${linkClause(input.people, ctx, 'their existing NHSmail account', 'their existing NHSmail accounts')}.`,
    sections: [
      {
        kind: 'people',
        caption: 'Joiners',
        itemLabel: 'Joiner',
        columns: [
          { key: 'fullName', label: 'Full name' },
          { key: 'nhsmailAddress', label: 'NHSmail address' },
          { key: 'mobile', label: 'Linked mobile' },
          { key: 'role', label: 'Role' },
        ],
        rows: input.people.map((p) => ({
          fullName: p.fullName,
          nhsmailAddress: p.nhsmailAddress,
          mobile: formatMobile(p.mobile),
          role: roleLabel(p.role),
        })),
      },
    ],
    notes: [
      'We understand that each joiner must already be marked as a leaver by their previous organisation. If that has not happened yet, please let us know.',
    ],
  }),
});

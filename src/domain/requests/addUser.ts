import { fullName, mobile, personalEmail } from '../fields';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import {
  duplicates,
  linkClause,
  linkRole,
  notLinkedErrors,
  overSiteLimitWarning,
  roleLabel,
  siteAccountCount,
  type LinkRole,
} from './common';

export interface AddUserInput {
  people: { fullName: string; mobile: string; personalEmail: string; role: LinkRole }[];
  /** How many accounts the site has now (seed 002: up to 10 per site, not per request). */
  existingAccounts?: number;
}

export const maxPeoplePerRequest = 10;
export const overTenMessage =
  "NAS sets up at most 10 accounts for a site, so one request can add at most 10 people. To go over 10, use 'Ask for more than 10 accounts' first.";

export const addUser = emailKind<AddUserInput>({
  id: 'add-user',
  title: "Add new staff who don't have NHSmail",
  group: 'people',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000', '001'],
  subjectTitle: 'New user accounts',
  explanation: {
    when: 'Someone new needs NHSmail and has never had an account. If they already have an nhs.net address, add them as a joiner instead.',
    needs:
      'For each person: full name, their own mobile starting 07, their own (non-NHSmail) email address, and whether they are an owner or a member. Nothing else: no date of birth, no home address.',
    next: 'NAS emails each person their new address and texts a temporary password to their mobile. The owner then helps them sign in for the first time.',
  },
  examples: [
    {
      input: {
        people: [
          { fullName: 'Amira Khan', mobile: '07700 900123', personalEmail: 'amira.khan@example.com', role: 'member' },
          { fullName: "Tom O'Neill", mobile: '+44 7700 900456', personalEmail: 'tom.oneill@example.org', role: 'owner' },
        ],
        existingAccounts: 4,
      },
    },
    {
      branch: 'not-linked',
      input: {
        people: [
          { fullName: 'Amira Khan', mobile: '07700 900123', personalEmail: 'amira.khan@example.com', role: 'member' },
          { fullName: "Tom O'Neill", mobile: '07700 900456', personalEmail: 'tom.oneill@example.org', role: 'not-linked' },
        ],
      },
    },
    {
      branch: 'site-typed',
      input: { people: [{ fullName: 'Jane Smith', mobile: '07700 900111', personalEmail: 'jane.smith@example.com', role: 'member' }] },
      from: 'personal',
      siteKnown: true,
    },
  ],
  fields: {
    people: {
      type: 'list',
      ui: {
        label: 'New staff',
        itemLabel: 'Person',
        paste: true,
        overMaxKind: 'more-accounts',
      },
      min: 1,
      max: maxPeoplePerRequest,
      maxMessage: overTenMessage,
      fields: {
        fullName: fullName(),
        mobile: mobile({ label: 'Personal mobile' }),
        personalEmail: personalEmail(),
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
        (p) => p.mobile,
        (i) => `people.${i}.mobile`,
        'mobile number',
      ),
      ...duplicates(
        input.people,
        (p) => p.personalEmail,
        (i) => `people.${i}.personalEmail`,
        'email address',
      ),
    ],
    warnings: overSiteLimitWarning(input.existingAccounts, input.people.length),
  }),
  render: (input, ctx) => ({
    // One person, one account (issue 13). The subject stays the request's category, like "Leavers"
    // and "Joiners" for one person: the send guard and NAS's filing recognise it.
    ask:
      input.people.length === 1
        ? `Please create an NHSmail account for the new member of staff below${linkClause(input.people, ctx, 'the account', '')}.`
        : `Please create NHSmail accounts for the ${input.people.length} new members of staff below${linkClause(input.people, ctx, '', 'them')}.`,
    sections: [
      {
        kind: 'people',
        caption: 'New staff',
        itemLabel: 'New user',
        columns: [
          { key: 'fullName', label: 'Full name' },
          { key: 'mobile', label: 'Personal mobile' },
          { key: 'personalEmail', label: 'Personal email' },
          { key: 'role', label: 'Role' },
        ],
        rows: input.people.map((p) => ({
          fullName: p.fullName,
          mobile: formatMobile(p.mobile),
          personalEmail: p.personalEmail,
          role: roleLabel(p.role),
        })),
      },
    ],
    notes: [
      input.people.length === 1 ? 'This person does not have an NHSmail account yet.' : 'None of these people has an NHSmail account yet.',
    ],
  }),
});

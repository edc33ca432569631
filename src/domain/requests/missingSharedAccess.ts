// Shared mailbox not received (seeds 000, 001): the person has their own account but no shared
// mailbox, so they write from their own account, with their first and last name and the ODS code,
// and sign it. Its counterpart is missingPersonalAccount.ts.

import { odsCode, singleName } from '../fields';
import { emailKind } from '../requestKind';
import { parentCodeWarning } from './common';

export interface MissingSharedAccessInput {
  firstName: string;
  lastName: string;
  odsCode: string;
}

export const missingSharedAccess = emailKind<MissingSharedAccessInput>({
  id: 'missing-shared-access',
  title: 'I have my own account but no shared mailbox',
  group: 'help',
  sendFrom: 'personal',
  recipient: 'nas',
  sources: ['000', '001'],
  subjectTitle: 'Shared mailbox not received',
  explanation: {
    when: "You have received your own NHSmail account but the site's shared mailbox has not appeared. Ask an owner first if there is one: they can add you themselves. Otherwise write to NAS from your own account.",
    needs: 'Your first and last name and the site ODS code.',
    next: 'NAS checks the set-up and links the shared mailbox, or tells you what is missing.',
  },
  examples: [
    { input: { firstName: 'Amira', lastName: 'Khan', odsCode: 'VN6C2' } },
    { branch: 'site-typed', input: { firstName: 'Amira', lastName: 'Khan', odsCode: 'VN6C2' }, from: 'personal', siteKnown: true },
  ],
  fields: {
    firstName: singleName({ label: 'Your first name' }),
    lastName: singleName({ label: 'Your last name' }),
    odsCode: odsCode(),
  },
  rules: (input) => ({ warnings: parentCodeWarning(input.odsCode) }),
  render: (input) => ({
    ask: "I have received my own NHSmail account but not access to my site's shared mailbox. Please could you look into this.",
    sections: [
      {
        kind: 'facts',
        caption: 'My details',
        facts: [
          ['First name', input.firstName],
          ['Last name', input.lastName],
          ['ODS code', input.odsCode],
        ],
      },
    ],
    subjectOdsCode: input.odsCode,
    signOff: [`${input.firstName} ${input.lastName}`],
  }),
});

// Someone got one half of their set-up but not the other (seed 000, seed 001).
//
// Shared mailbox not received: the person has their own account but no shared mailbox, so they write
// from their own account, with their first and last name and the ODS code, and sign it.
// Own account not received: the shared mailbox can only be opened through a personal account, so the
// person cannot write from it themselves; a colleague who can open it asks NAS for them, giving the
// person's first and last name, the ODS code and the shared mailbox (the site block carries both).

import { odsCode, singleName } from '../fields';
import { emailKind } from '../requestKind';
import { kindIndex } from '../kindIndex';
import { ourMailbox, parentCodeWarning } from './common';

export interface MissingSharedAccessInput {
  firstName: string;
  lastName: string;
  odsCode: string;
}

export interface MissingPersonalAccountInput {
  firstName: string;
  lastName: string;
}

export const missingSharedAccess = emailKind<MissingSharedAccessInput>({
  ...kindIndex['missing-shared-access'],
  recipient: 'nas',
  recipients: ['helpdesk@nhs.net'],
  sources: ['000', '001'],
  subjectTitle: 'Shared mailbox not received',
  explanation: {
    when: "You have received your own NHSmail account but the site's shared mailbox has not appeared. Ask an owner first if there is one: they can add you themselves. Otherwise write to NAS from your own account.",
    needs: 'Your first and last name and the site ODS code.',
    next: 'NAS checks the set-up and links the shared mailbox, or tells you what is missing.',
  },
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

export const missingPersonalAccount = emailKind<MissingPersonalAccountInput>({
  ...kindIndex['missing-personal-account'],
  recipient: 'nas',
  recipients: ['helpdesk@nhs.net'],
  sources: ['000', '001'],
  subjectTitle: 'Personal account not received',
  explanation: {
    when: "A colleague was set up to use the site's shared mailbox but their own NHSmail account never arrived. They cannot open the shared mailbox without it, so someone who can asks NAS for them.",
    needs: "Your colleague's first and last name. The site's ODS code and shared mailbox are added for you.",
    next: 'NAS checks the registration and sends your colleague their account details, or tells you what is missing.',
  },
  fields: {
    firstName: singleName({ label: "Colleague's first name" }),
    lastName: singleName({ label: "Colleague's last name" }),
  },
  render: (input, ctx) => ({
    ask: `The person below was set up to use ${ourMailbox(ctx)}, but has not received their own NHSmail account. Please could you look into this.`,
    sections: [
      {
        kind: 'facts',
        caption: 'Person without an account',
        facts: [
          ['First name', input.firstName],
          ['Last name', input.lastName],
        ],
      },
    ],
  }),
});

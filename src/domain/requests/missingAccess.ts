// Someone got one half of their set-up but not the other (seed 000, seed 001).
import { odsCode, shortText, singleName } from '../fields';
import { emailKind } from '../requestKind';
import { kindIndex } from '../kindIndex';

export interface MissingSharedAccessInput {
  firstName: string;
  lastName: string;
  odsCode: string;
}

export interface MissingPersonalAccountInput extends MissingSharedAccessInput {
  sharedMailbox: string;
}

const nameFields = () => ({
  firstName: singleName({ label: 'First name' }),
  lastName: singleName({ label: 'Last name' }),
  odsCode: odsCode(),
});

const details = (input: MissingSharedAccessInput) => [
  ['First name', input.firstName] as const,
  ['Last name', input.lastName] as const,
  ['ODS code', input.odsCode] as const,
];

export const missingSharedAccess = emailKind<MissingSharedAccessInput>({
  ...kindIndex['missing-shared-access'],
  recipient: 'nas',
  recipients: ['helpdesk@nhs.net'],
  sources: ['000', '001'],
  subjectTitle: 'Shared mailbox not received',
  explanation: {
    when: "You have received your own NHSmail account but the site's shared mailbox has not appeared. Ask the owner first if there is one; otherwise write to NAS from your own account.",
    needs: 'Your first and last name and the site ODS code.',
    next: 'NAS checks the set-up and links the shared mailbox, or tells you what is missing.',
  },
  fields: nameFields(),
  render: (input) => ({
    ask: 'I have received my own NHSmail account but not access to my site\'s shared mailbox. Please could you look into this.',
    sections: [{ kind: 'facts', caption: 'My details', facts: details(input) }],
    subjectOdsCode: input.odsCode,
  }),
});

export const missingPersonalAccount = emailKind<MissingPersonalAccountInput>({
  ...kindIndex['missing-personal-account'],
  recipient: 'nas',
  recipients: ['helpdesk@nhs.net'],
  sources: ['000', '001'],
  subjectTitle: 'Personal account not received',
  explanation: {
    when: 'The site was set up with a shared mailbox, but your own NHSmail account has not arrived.',
    needs: 'Your first and last name, the site ODS code, and the name of the shared mailbox you were set up with.',
    next: 'NAS checks the registration and sends your account details, or tells you what is missing.',
  },
  fields: {
    ...nameFields(),
    sharedMailbox: shortText({ label: 'Shared mailbox name', hint: 'For example Care.VN6C2 (Sunrise House, Durham) or care.vn6c2@nhs.net', max: 150 }),
  },
  render: (input) => ({
    ask: 'Our site has been set up with a shared mailbox, but I have not received my own NHSmail account. Please could you look into this.',
    sections: [{ kind: 'facts', caption: 'My details', facts: [...details(input), ['Shared mailbox', input.sharedMailbox]] }],
    subjectOdsCode: input.odsCode,
  }),
});

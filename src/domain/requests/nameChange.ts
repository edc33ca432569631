import { fullName, nhsmailAddress } from '../fields';
import { emailKind } from '../requestKind';
import { kindIndex } from '../kindIndex';

export interface NameChangeInput {
  currentName: string;
  newName: string;
  nhsmailAddress: string;
}

export const nameChange = emailKind<NameChangeInput>({
  ...kindIndex['name-change'],
  recipient: 'nas',
  recipients: ['helpdesk@nhs.net'],
  sources: ['000', '002'],
  subjectTitle: 'Name change',
  explanation: {
    when: 'Someone has changed their name, for example after marriage. They can ask from their own account or an owner can ask from the shared mailbox.',
    needs: 'The current name, the new name and the NHSmail address.',
    next: 'NAS updates the name and the email address. The old address keeps working, so mail sent to it still arrives.',
  },
  fields: {
    currentName: fullName({ label: 'Current name' }),
    newName: fullName({ label: 'New name' }),
    nhsmailAddress: nhsmailAddress(),
  },
  rules: (input) => ({
    errors: input.currentName.toLowerCase() === input.newName.toLowerCase() ? [{ path: 'newName', message: 'The new name is the same as the current name' }] : [],
  }),
  render: (input) => ({
    ask: 'Please change the name on the NHSmail account below.',
    sections: [
      {
        kind: 'facts',
        caption: 'Name change',
        facts: [
          ['NHSmail address', input.nhsmailAddress],
          ['Current name', input.currentName],
          ['New name', input.newName],
        ],
      },
    ],
    notes: ['We understand the email address will change to match, and the old address will still receive mail.'],
  }),
});

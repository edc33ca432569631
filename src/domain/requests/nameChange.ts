// Seed 000 "What do I do if my name changes?" and seed 002 (NAS edits the name and the address; the old
// address stays associated). The person may ask themselves; the site may ask for a linked user.

import { fullName, nhsmailAddress } from '../fields';
import { emailKind } from '../requestKind';
import { forWhomField, notOwnAccountWarning, siteNeeded, type ForWhom } from './common';

export interface NameChangeInput {
  forWhom: ForWhom;
  currentName: string;
  newName: string;
  nhsmailAddress: string;
}

export const nameChange = emailKind<NameChangeInput>({
  id: 'name-change',
  title: "Update someone's name",
  group: 'accounts',
  sendFrom: 'shared-or-personal',
  recipient: 'nas',
  sources: ['000', '002'],
  subjectTitle: 'Name change',
  explanation: {
    when: 'Someone has changed their name, for example after marriage. They can ask from their own account, or the site can ask from the shared mailbox.',
    needs: 'The current name, the new name and the NHSmail address.',
    next: 'NAS updates the name and the email address. The old address stays linked to the account, so mail sent to it still arrives.',
  },
  examples: [
    { input: { forWhom: 'colleague', currentName: 'Sarah Bell', newName: 'Sarah Okafor', nhsmailAddress: 'sarah.bell7@nhs.net' } },
    {
      branch: 'own-account',
      input: { forWhom: 'self', currentName: 'Amira Khan', newName: 'Amira Okafor', nhsmailAddress: 'amira.khan3@nhs.net' },
      from: 'personal',
    },
  ],
  fields: {
    forWhom: forWhomField(),
    currentName: fullName({ label: 'Current name' }),
    newName: fullName({ label: 'New name' }),
    nhsmailAddress: nhsmailAddress(),
  },
  rules: (input, ctx) => ({
    errors: [
      ...siteNeeded(input.forWhom, ctx),
      ...(input.currentName.toLowerCase() === input.newName.toLowerCase()
        ? [{ path: 'newName', message: 'The new name is the same as the current name' }]
        : []),
    ],
    warnings: input.forWhom === 'self' ? notOwnAccountWarning(input.nhsmailAddress, ctx) : [],
  }),
  render: (input) => {
    const self = input.forWhom === 'self';
    return {
      ask: self ? 'Please change the name on my NHSmail account.' : 'Please change the name on the NHSmail account below.',
      sections: [
        {
          kind: 'facts',
          caption: self ? 'My account' : 'Name change',
          facts: [
            ['NHSmail address', input.nhsmailAddress],
            ['Current name', input.currentName],
            ['New name', input.newName],
          ],
        },
      ],
      notes: [
        self
          ? 'I understand the email address will change to match, and mail sent to the old address will still reach me.'
          : 'We understand the email address will change to match, and the old address will still receive mail.',
      ],
      voice: self ? 'self' : 'site',
      ...(self ? { signOff: [input.currentName] } : {}),
    };
  },
});

// Owner rights on the shared mailbox (seeds 000, 001, 003). "A shared mailbox needs to have at least
// one owner and one member" (seed 002), so removing an owner warns to keep another.

import { choice, fullName, nhsmailAddress } from '../fields';
import { emailKind } from '../requestKind';
import { ourMailbox } from './common';

export interface OwnerChangeInput {
  action: 'add' | 'remove';
  fullName: string;
  nhsmailAddress: string;
}

export const ownerChange = emailKind<OwnerChangeInput>({
  id: 'owner-change',
  title: 'Give or remove owner rights',
  group: 'people',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000', '001', '003'],
  subjectTitle: 'Shared mailbox owner change',
  explanation: {
    when: 'Someone should be able to manage who uses the shared mailbox, or should no longer. Keep at least one owner at all times.',
    needs: "Whether to add or remove owner rights, and the person's full name and NHSmail address.",
    next: 'NAS changes the rights. If nobody on site can open the shared mailbox any more, email will not work: phone the helpdesk instead.',
  },
  examples: [
    { input: { action: 'add', fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net' } },
    { branch: 'remove', input: { action: 'remove', fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net' } },
  ],
  fields: {
    action: choice({
      label: 'What should change?',
      options: [
        { value: 'add', label: 'Make them an owner' },
        { value: 'remove', label: 'Remove their owner rights' },
      ],
      missing: 'Choose whether to add or remove owner rights',
    }),
    fullName: fullName(),
    nhsmailAddress: nhsmailAddress(),
  },
  rules: (input) => ({
    warnings:
      input.action === 'remove'
        ? [
            {
              code: 'keep-an-owner',
              message: 'Make sure at least one other owner stays on the shared mailbox, or nobody will be able to manage it.',
            },
          ]
        : [],
  }),
  render: (input, ctx) => ({
    ask:
      input.action === 'add'
        ? `Please give ${input.fullName} owner rights on ${ourMailbox(ctx)}.`
        : `Please remove owner rights on ${ourMailbox(ctx)} from ${input.fullName}.`,
    sections: [
      {
        kind: 'facts',
        caption: input.action === 'add' ? 'New owner' : 'Owner rights to remove',
        facts: [
          ['Full name', input.fullName],
          ['NHSmail address', input.nhsmailAddress],
        ],
      },
    ],
  }),
});

// A leaver asking for themselves (seed 000, "I have NHSmail and am leaving an organisation": "contact
// NAS via email, asking them to mark your NHSmail account as a leaver and to be removed from your
// site's shared mailbox (providing details of the shared mailbox)"; an owner also asks for their
// owner rights to be removed and names who takes over; seed 001; seed 002 "email helpdesk@nhs.net").

import { checkbox, fullName, nhsmailAddress, shortText } from '../fields';
import { identifyMailbox, siteLabel } from '../mailboxIdentity';
import { emailKind } from '../requestKind';
import { notOwnAccountWarning, type NamedAccount } from './common';

export interface LeaverSelfInput {
  fullName: string;
  nhsmailAddress: string;
  leavingMailbox?: string;
  wasOwner?: boolean;
  anotherOwnerRemains?: boolean;
  newOwner?: NamedAccount;
  joiningElsewhere?: boolean;
}

export const leaverSelf = emailKind<LeaverSelfInput>({
  id: 'leaver-self',
  title: 'I am leaving: mark my own account as a leaver',
  group: 'people',
  sendFrom: 'shared-or-personal',
  recipient: 'nas',
  sources: ['000', '001', '002'],
  subjectTitle: 'Mark my account as a leaver',
  explanation: {
    when: "You are leaving your site and want NAS to mark your own account as a leaver. You can write from your own NHSmail account, or ask your shared mailbox owner to use 'Remove staff who have left' instead.",
    needs:
      'Your full name, your NHSmail address and the shared mailbox you are leaving. If you are an owner, who takes over as owner, unless another owner stays.',
    next: 'NAS marks your account as a leaver and removes you from the shared mailbox. The account is deleted after 30 days unless a new organisation takes you on as a joiner, so save anything the team needs first.',
  },
  examples: [
    {
      input: {
        fullName: 'Peter Lund',
        nhsmailAddress: 'peter.lund@nhs.net',
        wasOwner: true,
        newOwner: { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net' },
        joiningElsewhere: true,
      },
    },
    {
      branch: 'from-own-account',
      input: { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net', leavingMailbox: 'care.vn6c2@nhs.net' },
      from: 'personal',
    },
    {
      branch: 'site-typed',
      input: { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net', wasOwner: true, anotherOwnerRemains: true },
      from: 'personal',
      siteKnown: true,
    },
  ],
  fields: {
    fullName: fullName({ label: 'Your full name' }),
    nhsmailAddress: nhsmailAddress({ label: 'Your NHSmail address' }),
    leavingMailbox: shortText({
      label: 'The shared mailbox you are leaving',
      hint: 'For example care.vn6c2@nhs.net. Not needed when the site is shown above',
      optional: true,
      max: 150,
    }),
    wasOwner: checkbox({ label: 'I am an owner of the shared mailbox' }),
    // Asked only of an owner; who takes over only when no other owner stays.
    anotherOwnerRemains: { ...checkbox({ label: 'Another owner stays on the shared mailbox' }), shownWhen: (v) => v.wasOwner === true },
    newOwner: {
      type: 'group',
      ui: { label: 'Who takes over as owner', hint: 'Needed when you are an owner and no other owner stays' },
      optional: true,
      shownWhen: (v) => v.wasOwner === true && v.anotherOwnerRemains !== true,
      fields: { fullName: fullName(), nhsmailAddress: nhsmailAddress() },
    },
    joiningElsewhere: checkbox({ label: 'I am moving to another organisation that uses NHSmail' }),
  },
  rules: (input, ctx) => {
    const errors = [];
    if (!ctx.site && !input.leavingMailbox)
      errors.push({ path: 'leavingMailbox', message: 'Enter the shared mailbox you are leaving, like care.vn6c2@nhs.net' });
    if (input.wasOwner && !input.anotherOwnerRemains && !input.newOwner) {
      errors.push({
        path: 'newOwner',
        message: "You are an owner. Name who takes over, or tick 'Another owner stays on the shared mailbox'.",
      });
    }
    if (input.newOwner && input.newOwner.nhsmailAddress === input.nhsmailAddress)
      errors.push({ path: 'newOwner.nhsmailAddress', message: 'The new owner cannot be you: you are leaving.' });
    return { errors, warnings: notOwnAccountWarning(input.nhsmailAddress, ctx) };
  },
  render: (input, ctx) => {
    const mailbox = ctx.sharedAddress ?? input.leavingMailbox!;
    const site = ctx.site ? siteLabel(ctx.site) : undefined;
    const typed = ctx.site ? undefined : identifyMailbox(mailbox);
    const notes: string[] = [];
    if (input.wasOwner && input.newOwner)
      notes.push(
        `I am an owner of the shared mailbox. Please remove my owner rights and make ${input.newOwner.fullName} (${input.newOwner.nhsmailAddress}) an owner in my place.`,
      );
    else if (input.wasOwner)
      notes.push('I am an owner of the shared mailbox. Please remove my owner rights; another owner stays on the shared mailbox.');
    if (input.joiningElsewhere)
      notes.push('I am moving to another organisation that uses NHSmail, which will ask you to add me as a joiner.');
    return {
      ask: `I am leaving ${site ?? 'my site'}. Please mark my NHSmail account as a leaver and remove me from the shared mailbox ${mailbox}.`,
      sections: [
        {
          kind: 'facts',
          caption: 'My account',
          facts: [
            ['Full name', input.fullName],
            ['NHSmail address', input.nhsmailAddress],
            ...(ctx.site ? [] : ([['Shared mailbox I am leaving', mailbox]] as const)),
          ],
        },
      ],
      notes,
      subjectOdsCode: typed?.kind === 'shared' ? typed.odsCode : undefined,
      voice: 'self',
      signOff: [input.fullName],
    };
  },
});

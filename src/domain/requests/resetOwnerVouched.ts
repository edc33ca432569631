// Seeds 000 and 001, "What if I forget my password, … and do not have a mobile phone number which can
// be used": the shared mailbox owner contacts NAS to vouch for the person; NAS asks the owner to
// confirm the mobile for the temporary password, and NAS liaises with the owner on the owner's own
// mobile ("I am a shared mailbox owner – what is my mobile phone number used for?"). Any member can
// send as the shared mailbox, so the email names the owner and is signed by them.

import { confirm, fullName, mobile, nhsmailAddress } from '../fields';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import { ourMailbox } from './common';

export interface ResetOwnerVouchedInput {
  fullName: string;
  nhsmailAddress: string;
  mobile: string;
  ownerName: string;
  ownerNhsmailAddress: string;
  identityChecked: true;
}

export const resetOwnerVouched = emailKind<ResetOwnerVouchedInput>({
  id: 'reset-owner-vouched',
  title: 'Vouch for someone who is locked out',
  group: 'accounts',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000', '001', '002'],
  subjectTitle: 'Password reset – owner authentication',
  explanation: {
    when: 'Someone has forgotten their password, has no security questions or account secret set, and has no mobile that can be used. Only a shared mailbox owner can vouch for them.',
    needs:
      "The person's full name and NHSmail address, the mobile the temporary password should go to, your own name and NHSmail address as the owner, and your confirmation that you have checked who they are.",
    next: "NAS confirms the request with you on the mobile registered to your own NHSmail account, then texts a temporary password to the mobile you gave. Checking the person's identity is the owner's responsibility.",
  },
  examples: [
    {
      input: {
        fullName: 'Peter Lund',
        nhsmailAddress: 'peter.lund@nhs.net',
        mobile: '07700 900987',
        ownerName: 'Amira Khan',
        ownerNhsmailAddress: 'amira.khan3@nhs.net',
        identityChecked: true,
      },
    },
  ],
  fields: {
    fullName: fullName({ label: "Locked-out person's full name" }),
    nhsmailAddress: nhsmailAddress({ label: "Locked-out person's NHSmail address" }),
    mobile: mobile({ label: 'Mobile for the temporary password', hint: 'A UK mobile starting 07 that the person has with them' }),
    ownerName: fullName({ label: 'Your full name (the owner)' }),
    ownerNhsmailAddress: nhsmailAddress({
      label: 'Your NHSmail address',
      hint: 'NAS will confirm with you on the mobile registered to this account',
    }),
    identityChecked: confirm({
      label: "I am an owner of the shared mailbox and I have checked this person's identity locally",
      missing: "Confirm that you have checked the person's identity. NAS relies on the owner for this",
    }),
  },
  rules: (input) => ({
    errors:
      input.ownerNhsmailAddress && input.ownerNhsmailAddress === input.nhsmailAddress
        ? [
            {
              path: 'ownerNhsmailAddress',
              message:
                "An owner cannot vouch for their own account. If you are locked out yourself, use 'Forgotten password or locked account'",
            },
          ]
        : [],
  }),
  render: (input, ctx) => ({
    ask: `I am ${input.ownerName}, an owner of ${ourMailbox(ctx)}. ${input.fullName} cannot sign in: they have no security answers or account secret and no mobile that can be used. I can vouch for them and ask you to reset their password.`,
    sections: [
      {
        kind: 'facts',
        caption: 'Account to reset',
        facts: [
          ['Full name', input.fullName],
          ['NHSmail address', input.nhsmailAddress],
          ['Mobile for the temporary password', formatMobile(input.mobile)],
        ],
      },
      {
        kind: 'facts',
        caption: 'Owner vouching for them',
        facts: [
          ['Full name', input.ownerName],
          ['NHSmail address', input.ownerNhsmailAddress],
        ],
      },
    ],
    notes: [
      `I have checked ${input.fullName}'s identity locally.`,
      'Please confirm this request with me on the mobile registered to my NHSmail account, then text the temporary password to the mobile above.',
    ],
    signOff: [input.ownerName, `Owner, ${ctx.sharedAddress ?? 'our shared mailbox'}`],
  }),
});

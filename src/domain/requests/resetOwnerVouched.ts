import { confirm, fullName, mobile, nhsmailAddress } from '../fields';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import { kindIndex } from '../kindIndex';

export interface ResetOwnerVouchedInput {
  fullName: string;
  nhsmailAddress: string;
  mobile: string;
  identityChecked: true;
}

export const resetOwnerVouched = emailKind<ResetOwnerVouchedInput>({
  ...kindIndex['reset-owner-vouched'],
  recipient: 'nas',
  recipients: ['helpdesk@nhs.net'],
  sources: ['000', '001'],
  subjectTitle: 'Password reset – owner authentication',
  explanation: {
    when: 'Someone has forgotten their password, has no security questions or account secret set, and has no mobile that can be used. Only a shared mailbox owner can vouch for them.',
    needs: "The person's full name and NHSmail address, the mobile the temporary password should go to, and your confirmation that you have checked who they are.",
    next: 'NAS may contact you to confirm, then texts a temporary password to the mobile you gave. Checking the person\'s identity is the owner\'s responsibility.',
  },
  fields: {
    fullName: fullName(),
    nhsmailAddress: nhsmailAddress(),
    mobile: mobile({ label: 'Mobile for the temporary password', hint: 'A UK mobile starting 07 that the person has with them' }),
    identityChecked: confirm({
      label: "I am an owner of the shared mailbox and I have checked this person's identity locally",
      missing: "Confirm that you have checked the person's identity. NAS relies on the owner for this",
    }),
  },
  render: (input) => ({
    ask: `As an owner of our shared mailbox, I can vouch for ${input.fullName} and ask you to reset their password.`,
    sections: [
      {
        kind: 'facts',
        caption: 'Account',
        facts: [
          ['Full name', input.fullName],
          ['NHSmail address', input.nhsmailAddress],
          ['Mobile for the temporary password', formatMobile(input.mobile)],
        ],
      },
    ],
    notes: ["We have completed our local identity checks for this person. Please text the temporary password to the mobile above."],
  }),
});

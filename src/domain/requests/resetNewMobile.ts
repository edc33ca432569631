import { fullName, mobile, nhsmailAddress } from '../fields';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import { helpdeskPhone } from '../recipients';

export interface ResetNewMobileInput {
  fullName: string;
  nhsmailAddress: string;
  newMobile: string;
}

export const resetNewMobile = emailKind<ResetNewMobileInput>({
  id: 'reset-new-mobile',
  title: 'Send a password reset to a new mobile',
  group: 'accounts',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000', '001'],
  subjectTitle: 'Password reset to a new mobile – confirmation',
  explanation: {
    when: 'Someone needs a password reset but no longer has the mobile linked to their account. NAS will only text the temporary password to a different number if the shared mailbox confirms it.',
    needs: "The person's full name, their NHSmail address and the new mobile number starting 07.",
    next: `The person phones the helpdesk on ${helpdeskPhone.display}; this email is the confirmation NAS checks before sending the password to the new number.`,
  },
  examples: [{ input: { fullName: 'Grace Adeyemi', nhsmailAddress: 'grace.adeyemi2@nhs.net', newMobile: '07700 900654' } }],
  fields: {
    fullName: fullName(),
    nhsmailAddress: nhsmailAddress(),
    newMobile: mobile({ label: 'New mobile number', hint: 'The 07 number the temporary password should go to' }),
  },
  render: (input) => ({
    ask: `We confirm that the password reset for ${input.fullName} may be sent to the new mobile number below.`,
    sections: [
      {
        kind: 'facts',
        caption: 'Account',
        facts: [
          ['Full name', input.fullName],
          ['NHSmail address', input.nhsmailAddress],
          ['New mobile', formatMobile(input.newMobile)],
        ],
      },
    ],
  }),
});

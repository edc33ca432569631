import { nhsmailAddress } from '../fields';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import { kindIndex } from '../kindIndex';
import { linkedMobile } from './common';

export interface EnableAccountInput {
  nhsmailAddress: string;
  mobile: string;
}

export const enableAccount = emailKind<EnableAccountInput>({
  ...kindIndex['enable-account'],
  recipient: 'nas',
  recipients: ['helpdesk@nhs.net'],
  sources: ['000'],
  subjectTitle: 'Enable account',
  explanation: {
    when: 'Someone whose account was disabled for leave is back at work.',
    needs: 'The NHSmail address and the mobile linked to it. Send from the shared mailbox, or the person can ask from their linked mobile.',
    next: 'NAS enables the account. The person should sign in soon afterwards, and at least every 30 days from then on.',
  },
  fields: { nhsmailAddress: nhsmailAddress(), mobile: linkedMobile() },
  render: (input) => ({
    ask: 'Please enable the NHSmail account below again.',
    sections: [
      {
        kind: 'facts',
        caption: 'Account to enable',
        facts: [
          ['NHSmail address', input.nhsmailAddress],
          ['Linked mobile', formatMobile(input.mobile)],
        ],
      },
    ],
  }),
});

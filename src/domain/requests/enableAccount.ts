// Seed 000, "How do I enable my NHSmail Individual user account again?": contact NAS using the
// registered mobile (a call), or email from the shared mailbox the person is linked to, with the NHS
// address and the registered mobile. The seed names no email from the person's own account, so the
// email is the site's.

import { nhsmailAddress } from '../fields';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import { helpdeskPhone } from '../recipients';
import { linkedMobile } from './common';

export interface EnableAccountInput {
  nhsmailAddress: string;
  mobile: string;
}

export const enableAccount = emailKind<EnableAccountInput>({
  id: 'enable-account',
  title: 'Turn a paused account back on',
  group: 'accounts',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000', '002'],
  subjectTitle: 'Enable account',
  explanation: {
    when: 'Someone whose account was disabled for leave is back at work. The site asks NAS from the shared mailbox the person is linked to.',
    needs: `The NHSmail address and the mobile linked to it. Instead of this email, the person can phone ${helpdeskPhone.display} from the mobile registered to their account.`,
    next: 'NAS enables the account. The person should sign in soon afterwards, and from then on sign in and send an email at least every 30 days.',
  },
  examples: [{ input: { nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07700 900321' } }],
  fields: { nhsmailAddress: nhsmailAddress(), mobile: linkedMobile() },
  render: (input) => ({
    ask: 'Please enable the NHSmail account below again. The account holder is back at work.',
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

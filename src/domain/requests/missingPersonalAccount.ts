// Own account not received (seeds 000, 001): the shared mailbox can only be opened through a
// personal account, so the person cannot write from it themselves; a colleague who can open it asks
// NAS for them, giving the person's first and last name, the ODS code and the shared mailbox (the
// site block carries both). Its counterpart is missingSharedAccess.ts.

import { singleName } from '../fields';
import { emailKind } from '../requestKind';
import { ourMailbox } from './common';

export interface MissingPersonalAccountInput {
  firstName: string;
  lastName: string;
}

export const missingPersonalAccount = emailKind<MissingPersonalAccountInput>({
  id: 'missing-personal-account',
  title: "A colleague's own NHSmail account never arrived",
  group: 'help',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000', '001'],
  subjectTitle: 'Personal account not received',
  explanation: {
    when: "A colleague was set up to use the site's shared mailbox but their own NHSmail account never arrived. They cannot open the shared mailbox without it, so someone who can asks NAS for them.",
    needs: "Your colleague's first and last name. The site's ODS code and shared mailbox are added for you.",
    next: 'NAS checks the registration and sends your colleague their account details, or tells you what is missing.',
  },
  examples: [{ input: { firstName: 'Grace', lastName: 'Adeyemi' } }],
  fields: {
    firstName: singleName({ label: "Colleague's first name" }),
    lastName: singleName({ label: "Colleague's last name" }),
  },
  render: (input, ctx) => ({
    ask: `The person below was set up to use ${ourMailbox(ctx)}, but has not received their own NHSmail account. Please could you look into this.`,
    sections: [
      {
        kind: 'facts',
        caption: 'Person without an account',
        facts: [
          ['First name', input.firstName],
          ['Last name', input.lastName],
        ],
      },
    ],
  }),
});

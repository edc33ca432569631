import { confirm, count, longText } from '../fields';
import { emailKind } from '../requestKind';

export interface MoreAccountsInput {
  count: number;
  justification: string;
  existingAccountsInUse: true;
}

// Follows the structure of the over-ten template in seed 002, with a neutral greeting. The standard
// allowance is 10 accounts per site; social care is the stated exception (seed 000, the newer), and
// an extended-hours pharmacy's extra accounts are approved by its NHS England area team (seed 001).
export const moreAccounts = emailKind<MoreAccountsInput>({
  id: 'more-accounts',
  title: 'Ask for more than 10 accounts',
  group: 'site',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['002', '000', '001'],
  subjectTitle: 'Request for more than 10 user accounts',
  explanation: {
    when: 'Your site already has 10 accounts in active use and needs more, for example to cover nights and weekends. The standard limit is 10; social care sites are the stated exception and can ask with a reason. An extended-hours pharmacy needs its NHS England area team to approve extra accounts.',
    needs:
      'How many extra accounts, why you need them, and confirmation that the existing 10 are in active use. NAS checks activity and will ask you to sign in to any inactive accounts first.',
    next: "NAS gives you a ticket number. If the reason is accepted, NAS sends a spreadsheet for the new people's details and aims to finish within 5 working days of getting it back.",
  },
  examples: [
    {
      input: {
        count: 3,
        justification: 'We run three shifts a day and need every senior carer on nights and weekends to be able to read referrals.',
        existingAccountsInUse: true,
      },
    },
  ],
  fields: {
    count: count({ label: 'Number of extra accounts needed', min: 1 }),
    justification: longText({
      label: 'Why you need them',
      hint: 'For example, to cover night and weekend shifts',
      min: 10,
      max: 2000,
      missing: 'Say why you need the extra accounts',
    }),
    existingAccountsInUse: confirm({
      label: 'Our existing 10 accounts are all in active use',
      missing: 'Confirm that your existing 10 accounts are in active use. NAS checks this first',
    }),
  },
  rules: (_input, ctx) => ({
    warnings:
      ctx.mailbox.kind === 'shared' && ctx.mailbox.orgType !== 'care'
        ? [
            {
              code: 'more-accounts-sector',
              message:
                'The standard limit is 10 accounts per site, and social care sites are the stated exception. An extended-hours pharmacy needs its NHS England area team to approve extra accounts.',
            },
          ]
        : [],
  }),
  render: (input) => ({
    ask: `We need new user accounts for our shared mailbox. The new users will take our shared mailbox total to over ten users.`,
    sections: [
      { kind: 'paragraph', caption: 'Why we need them', text: input.justification },
      { kind: 'facts', caption: 'Request', facts: [['Number of new users required', String(input.count)]] },
    ],
    notes: [
      'We confirm that our existing 10 accounts are all in active use.',
      "Please send us the spreadsheet for the new users' details.",
    ],
  }),
});

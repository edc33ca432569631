import { date, nhsmailAddress } from '../fields';
import { daysBetween, formatLongDate, isValidIsoDate, ukToday } from '../dates';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import { linkedMobile } from './common';
import { helpdeskPhone } from '../recipients';

export interface ReinstateAccountInput {
  nhsmailAddress: string;
  mobile: string;
  deletedOn?: string;
}

/**
 * Deleted mailboxes can be restored for 30 days only (seed 001, seed 002). Seed 001: the site
 * authorises the restore by email from the shared mailbox; seed 002 (newer): call the helpdesk, which
 * confirms whether it can be restored. Both: the email authorises, the call confirms.
 */
export const restoreWindowDays = 30;

export const reinstateAccount = emailKind<ReinstateAccountInput>({
  id: 'reinstate-account',
  title: 'Restore a deleted account',
  group: 'accounts',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['001', '002'],
  subjectTitle: 'Reinstate deleted account',
  explanation: {
    when: `An account was deleted, for example after 60 days without use or 30 days after being marked as a leaver. It can be restored within ${restoreWindowDays} days of deletion.`,
    needs: "The account's email address and the person's mobile number. The date it was deleted helps if you know it.",
    next: `After sending this, call the helpdesk on ${helpdeskPhone.display}: it confirms whether the account can still be restored (within ${restoreWindowDays} days of deletion). If it cannot, ask for a new account ('Add new staff who don't have NHSmail').`,
  },
  examples: [
    { input: { nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07700 900321', deletedOn: '2026-11-10' } },
    { branch: 'too-late', input: { nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07700 900321', deletedOn: '2026-10-01' } },
  ],
  fields: {
    nhsmailAddress: nhsmailAddress({ label: 'Email address of the deleted account', hint: 'The address ending @nhs.net that was deleted' }),
    mobile: linkedMobile("The person's mobile number"),
    deletedOn: date({ label: 'Date it was deleted', hint: 'Optional, if you know it', optional: true, notFuture: true }),
  },
  rules: (input, ctx) => ({
    warnings:
      // Stryker disable next-line ConditionalExpression: without the first test an absent date reaches isValidIsoDate, which matches the text 'undefined' against YYYY-MM-DD and says false
      input.deletedOn && isValidIsoDate(input.deletedOn) && daysBetween(input.deletedOn, ukToday(ctx.now)) > restoreWindowDays
        ? [
            {
              code: 'reinstate-too-late',
              message: `This account was deleted more than ${restoreWindowDays} days ago, so it probably cannot be restored. Ask for a new account instead ('Add new staff who don't have NHSmail').`,
            },
          ]
        : [],
  }),
  render: (input) => ({
    ask: 'Please reinstate the deleted NHSmail account below. We authorise this from our shared mailbox.',
    notes: [`We will also call the helpdesk on ${helpdeskPhone.display} to confirm whether the account can still be restored.`],
    sections: [
      {
        kind: 'facts',
        caption: 'Deleted account',
        facts: [
          ['Email address', input.nhsmailAddress],
          ['Mobile number', formatMobile(input.mobile)],
          ...(input.deletedOn ? ([['Deleted on', formatLongDate(input.deletedOn)]] as const) : []),
        ],
      },
    ],
  }),
});

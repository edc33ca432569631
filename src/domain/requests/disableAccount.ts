// Seed 000, "How do I temporarily disable my NHSmail Individual user account?": from the person's own
// NHS address or from the shared mailbox, with the NHS address, the registered mobile and when; the
// owner can ask on a linked user's behalf. Up to 18 months, "after which it will become eligible for
// deletion" (seeds 000, 002): a longer absence is a warning, not a refusal.

import { date, fullName, nhsmailAddress } from '../fields';
import { addMonths, formatLongDate, isValidIsoDate } from '../dates';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import { forWhomField, linkedMobile, notOwnAccountWarning, siteNeeded, type ForWhom } from './common';

export interface DisableAccountInput {
  forWhom: ForWhom;
  fullName: string;
  nhsmailAddress: string;
  mobile: string;
  fromDate: string;
  returnDate?: string;
}

/** A disabled account is kept for up to 18 months, then may be deleted (seed 000, seed 002). */
export const maxDisabledMonths = 18;

export const disableAccount = emailKind<DisableAccountInput>({
  id: 'disable-account',
  title: 'Pause an account during long leave',
  group: 'accounts',
  sendFrom: 'shared-or-personal',
  recipient: 'nas',
  sources: ['000', '002'],
  subjectTitle: 'Disable account',
  explanation: {
    when: 'Someone will be away for a long time (for example maternity leave or long-term sickness) and their account would otherwise go inactive and be deleted. The person can ask from their own account, or the site can ask from the shared mailbox.',
    needs: 'The name, the NHSmail address, the mobile linked to it, and the date to disable it from. A return date helps but is optional.',
    next: `NAS disables the account. It is kept for up to ${maxDisabledMonths} months with no need to sign in; after that it becomes eligible for deletion. Ask for it to be enabled when the person is back.`,
  },
  examples: [
    {
      input: {
        forWhom: 'colleague',
        fullName: 'Sarah Bell',
        nhsmailAddress: 'sarah.bell7@nhs.net',
        mobile: '07700 900321',
        fromDate: '2026-12-01',
        returnDate: '2027-09-01',
      },
    },
    {
      branch: 'own-account',
      input: {
        forWhom: 'self',
        fullName: 'Amira Khan',
        nhsmailAddress: 'amira.khan3@nhs.net',
        mobile: '07700 900123',
        fromDate: '2026-12-14',
      },
      from: 'personal',
    },
    {
      branch: 'over-18-months',
      input: {
        forWhom: 'colleague',
        fullName: 'Sarah Bell',
        nhsmailAddress: 'sarah.bell7@nhs.net',
        mobile: '07700 900321',
        fromDate: '2026-12-01',
        returnDate: '2028-09-01',
      },
    },
  ],
  fields: {
    forWhom: forWhomField(),
    fullName: fullName({ label: "Account holder's full name" }),
    nhsmailAddress: nhsmailAddress(),
    mobile: linkedMobile(),
    fromDate: date({ label: 'Date to disable from', notPast: true }),
    returnDate: date({
      label: 'Expected return date',
      hint: `Optional. An account can stay disabled for up to ${maxDisabledMonths} months`,
      optional: true,
    }),
  },
  rules: (input, ctx) => {
    const errors = siteNeeded(input.forWhom, ctx);
    const warnings = input.forWhom === 'self' ? notOwnAccountWarning(input.nhsmailAddress, ctx) : [];
    // Rules also run beside field errors: compare dates only when both are dates.
    if (input.returnDate && isValidIsoDate(input.fromDate) && isValidIsoDate(input.returnDate)) {
      const latest = addMonths(input.fromDate, maxDisabledMonths);
      if (input.returnDate <= input.fromDate)
        errors.push({ path: 'returnDate', message: 'The return date must be after the date the account is disabled' });
      else if (input.returnDate > latest)
        warnings.push({
          code: 'disabled-over-18-months',
          message: `An account stays disabled for up to ${maxDisabledMonths} months; after ${formatLongDate(latest)} it becomes eligible for deletion. Ask for it to be enabled before then, or expect to need a new account.`,
        });
    }
    return { errors, warnings };
  },
  render: (input) => {
    const self = input.forWhom === 'self';
    return {
      ask: self
        ? `Please disable my NHSmail account from ${formatLongDate(input.fromDate)} while I am away from work.`
        : `Please disable the NHSmail account below from ${formatLongDate(input.fromDate)}.`,
      sections: [
        {
          kind: 'facts',
          caption: self ? 'My account' : 'Account to disable',
          facts: [
            ['Full name', input.fullName],
            ['NHSmail address', input.nhsmailAddress],
            ['Linked mobile', formatMobile(input.mobile)],
            ['Disable from', formatLongDate(input.fromDate)],
            ...(input.returnDate ? ([['Expected return', formatLongDate(input.returnDate)]] as const) : []),
          ],
        },
      ],
      notes: input.returnDate
        ? [
            self
              ? 'I will ask for the account to be enabled again when I return.'
              : 'We will ask for the account to be enabled again when they return.',
          ]
        : [],
      voice: self ? 'self' : 'site',
      ...(self ? { signOff: [input.fullName] } : {}),
    };
  },
});

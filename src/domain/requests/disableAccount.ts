import { date, nhsmailAddress } from '../fields';
import { addMonths, formatLongDate } from '../dates';
import { formatMobile } from '../mobile';
import { emailKind } from '../requestKind';
import { kindIndex } from '../kindIndex';
import { linkedMobile } from './common';

export interface DisableAccountInput {
  nhsmailAddress: string;
  mobile: string;
  fromDate: string;
  returnDate?: string;
}

/** A disabled account is kept for up to 18 months, then may be deleted (seed 000, seed 002). */
export const maxDisabledMonths = 18;

export const disableAccount = emailKind<DisableAccountInput>({
  ...kindIndex['disable-account'],
  recipient: 'nas',
  recipients: ['helpdesk@nhs.net'],
  sources: ['000', '002'],
  subjectTitle: 'Disable account',
  explanation: {
    when: 'Someone will be away for a long time (for example maternity leave or long-term sickness) and their account would otherwise go inactive and be deleted. The person can ask from their own account, or an owner can ask from the shared mailbox.',
    needs: 'The NHSmail address, the mobile linked to it, and the date to disable it from. A return date helps but is optional.',
    next: `NAS disables the account. It is kept for up to ${maxDisabledMonths} months with no need to sign in; after that it may be deleted. Ask for it to be enabled when the person is back.`,
  },
  fields: {
    nhsmailAddress: nhsmailAddress(),
    mobile: linkedMobile(),
    fromDate: date({ label: 'Date to disable from', notPast: true }),
    returnDate: date({ label: 'Expected return date', hint: `Optional. Within ${maxDisabledMonths} months of the start`, optional: true }),
  },
  rules: (input) => {
    const errors = [];
    if (input.returnDate) {
      const latest = addMonths(input.fromDate, maxDisabledMonths);
      if (input.returnDate <= input.fromDate) errors.push({ path: 'returnDate', message: 'The return date must be after the date the account is disabled' });
      else if (input.returnDate > latest)
        errors.push({ path: 'returnDate', message: `An account can be disabled for up to ${maxDisabledMonths} months. Choose a return date on or before ${formatLongDate(latest)}` });
    }
    return { errors };
  },
  render: (input) => ({
    ask: `Please disable the NHSmail account below from ${formatLongDate(input.fromDate)}.`,
    sections: [
      {
        kind: 'facts',
        caption: 'Account to disable',
        facts: [
          ['NHSmail address', input.nhsmailAddress],
          ['Linked mobile', formatMobile(input.mobile)],
          ['Disable from', formatLongDate(input.fromDate)],
          ...(input.returnDate ? ([['Expected return', formatLongDate(input.returnDate)]] as const) : []),
        ],
      },
    ],
    notes: input.returnDate ? ['We will ask for the account to be enabled again when they return.'] : [],
  }),
});

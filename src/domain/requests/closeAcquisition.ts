// Change of ownership (seed 000, "What if my site changes its ODS code?"): the existing site closes its
// shared mailbox "by emailing from said mailbox … requesting that it is closed due to acquisition",
// after saving its data. The seed asks nothing about the buyer, so naming them is optional.

import { confirm, date, shortText } from '../fields';
import { formatLongDate } from '../dates';
import { emailKind } from '../requestKind';
import { ourMailbox } from './common';

export interface CloseAcquisitionInput {
  newOwnerOrganisation?: string;
  dataSavedLocally: true;
  effectiveDate?: string;
}

export const closeAcquisition = emailKind<CloseAcquisitionInput>({
  id: 'close-acquisition',
  title: 'Close the mailbox after the site is bought',
  group: 'site',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['000'],
  subjectTitle: 'Close shared mailbox – acquisition',
  explanation: {
    when: 'The site has been acquired by a new parent company and will get a new ODS code. The current owner must close the old shared mailbox from that mailbox.',
    needs:
      'Confirmation that everything you need from the mailbox has been saved locally. Who acquired the site and a closing date are optional.',
    next: 'NAS closes the mailbox. The site registers again for a new shared mailbox under its new ODS code, which can take up to a month to reach NHSmail.',
  },
  examples: [
    { input: { newOwnerOrganisation: 'Northern Care Homes Ltd', dataSavedLocally: true, effectiveDate: '2027-01-04' } },
    { branch: 'buyer-not-named', input: { dataSavedLocally: true } },
  ],
  fields: {
    newOwnerOrganisation: shortText({
      label: 'New owner organisation',
      hint: 'Optional. The company that has acquired the site',
      max: 120,
      optional: true,
    }),
    effectiveDate: date({ label: 'Date to close', hint: 'Optional', optional: true }),
    dataSavedLocally: confirm({
      label: 'We have saved the data we need from the shared mailbox locally',
      missing: 'Confirm that the data you need has been saved locally. It cannot be recovered after closure',
    }),
  },
  render: (input, ctx) => ({
    ask: `Please close ${ourMailbox(ctx)}${input.effectiveDate ? `, on ${formatLongDate(input.effectiveDate)}` : ''}, due to acquisition.`,
    sections:
      input.newOwnerOrganisation || input.effectiveDate
        ? [
            {
              kind: 'facts',
              caption: 'Acquisition',
              facts: [
                ...(input.newOwnerOrganisation ? ([['Acquired by', input.newOwnerOrganisation]] as const) : []),
                ...(input.effectiveDate ? ([['Close from', formatLongDate(input.effectiveDate)]] as const) : []),
              ],
            },
          ]
        : [],
    notes: ['We have saved the data we need from the shared mailbox locally. The site will register again under its new ODS code.'],
  }),
});

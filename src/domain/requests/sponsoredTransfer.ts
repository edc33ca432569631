// Seed 001, "What do I need to do if my organisation already has a shared mailbox sponsored by another
// organisation?": the sponsoring organisation's local administrator marks the shared mailbox as a
// leaver, then the site asks NAS to join it to its own organisation, within 30 days (a leaver is
// deleted after 30 days if not joined). The display name changes; the old name stays as an alias.

import { confirm, date, shortText } from '../fields';
import { daysBetween, formatLongDate, isValidIsoDate, ukToday } from '../dates';
import { emailKind } from '../requestKind';
import { ourMailbox } from './common';

/** Seed 001: "accounts marked as a 'leaver' are deleted after 30 days if not joined to an organisation". */
export const sponsoredTransferWindowDays = 30;

export interface SponsoredTransferInput {
  sponsoringOrganisation: string;
  markedAsLeaver: true;
  markedAsLeaverOn?: string;
}

export const sponsoredTransfer = emailKind<SponsoredTransferInput>({
  id: 'sponsored-transfer',
  title: 'Move a shared mailbox another organisation sponsored',
  group: 'site',
  sendFrom: 'shared',
  recipient: 'nas',
  sources: ['001'],
  subjectTitle: 'Sponsored shared mailbox transfer',
  explanation: {
    when: "Your site's shared mailbox was set up (sponsored) by another organisation, and you want it joined to your own. First ask that organisation's local administrator to mark the shared mailbox as a leaver.",
    needs:
      'The organisation that sponsored the mailbox, and confirmation that its local administrator has marked the mailbox as a leaver. The date that happened is optional.',
    next: `NAS joins the shared mailbox to your organisation. This must happen within ${sponsoredTransferWindowDays} days of it being marked as a leaver, or it is deleted. Its display name changes; the old name stays linked as an alias.`,
  },
  examples: [{ input: { sponsoringOrganisation: 'NHS Northtown Trust', markedAsLeaver: true, markedAsLeaverOn: '2026-11-16' } }],
  fields: {
    sponsoringOrganisation: shortText({
      label: 'Organisation that sponsored the mailbox',
      hint: 'The organisation whose local administrator set it up',
      max: 120,
    }),
    markedAsLeaver: confirm({
      label: 'Their local administrator has marked the shared mailbox as a leaver',
      missing:
        "Confirm that the shared mailbox has been marked as a leaver. Ask the sponsoring organisation's local administrator to do this first",
    }),
    markedAsLeaverOn: date({ label: 'Date it was marked as a leaver', hint: 'Optional, if you know it', optional: true, notFuture: true }),
  },
  rules: (input, ctx) => ({
    warnings:
      input.markedAsLeaverOn &&
      isValidIsoDate(input.markedAsLeaverOn) &&
      daysBetween(input.markedAsLeaverOn, ukToday(ctx.now)) > sponsoredTransferWindowDays
        ? [
            {
              code: 'sponsored-transfer-late',
              message: `The shared mailbox was marked as a leaver more than ${sponsoredTransferWindowDays} days ago, so it may already have been deleted. Send this today and call the helpdesk to check.`,
            },
          ]
        : [],
  }),
  render: (input, ctx) => ({
    ask: `Please join ${ourMailbox(ctx)}${ctx.sharedAddress ? ',' : ''} to our organisation. It was sponsored by another organisation, whose local administrator has marked it as a leaver.`,
    sections: [
      {
        kind: 'facts',
        caption: 'Transfer',
        facts: [
          ['Sponsored by', input.sponsoringOrganisation],
          ...(input.markedAsLeaverOn ? ([['Marked as a leaver on', formatLongDate(input.markedAsLeaverOn)]] as const) : []),
        ],
      },
    ],
    notes: [
      `We understand this must be done within ${sponsoredTransferWindowDays} days of the mailbox being marked as a leaver, and that its display name will change, with the old name kept as an alias.`,
    ],
  }),
});

import { dateTime, fullName, longText, normaliseTicketReference, shortText } from '../fields';
import { siteLabel } from '../mailboxIdentity';
import { formatDateTime } from '../dates';
import { emailKind } from '../requestKind';
import { helpdeskPhone } from '../recipients';

export interface EscalationInput {
  ticketReference?: string;
  callDateTime?: string;
  summary: string;
  yourName?: string;
}

export const escalation = emailKind<EscalationInput>({
  id: 'escalation',
  title: 'Chase a request that has not been sorted',
  group: 'help',
  sendFrom: 'shared-or-personal',
  recipient: 'escalation',
  sources: ['000'],
  subjectTitle: 'Escalation of unresolved ticket',
  explanation: {
    when: `You contacted NAS and the problem is still not sorted. Escalations go by email to feedback@nhs.net. If you are on a call to ${helpdeskPhone.display} and it is not getting resolved, you can also ask to speak to a Subject Matter Expert.`,
    needs: 'The ticket reference, or the date and time you called, or both; and a short summary of what is still wrong.',
    next: 'The NHSmail team looks into the ticket. Having the reference speeds this up.',
  },
  examples: [
    {
      input: {
        ticketReference: 'INC0123456',
        callDateTime: '2026-11-18T14:30',
        summary: 'Two new starters were requested on 4 November and neither account has arrived.',
      },
    },
    {
      branch: 'from-own-account',
      input: { ticketReference: 'INC0123456', summary: 'My account is still locked a week after I called.', yourName: 'Amira Khan' },
      from: 'personal',
    },
  ],
  fields: {
    ticketReference: shortText({
      label: 'Ticket reference',
      hint: 'For example INC0123456',
      optional: true,
      max: 20,
      pattern: /^[A-Za-z0-9-]{4,20}$/,
      patternMessage: 'A ticket reference is letters and numbers, like INC0123456',
      normalise: normaliseTicketReference,
    }),
    callDateTime: dateTime({ label: 'Date and time of your call', hint: 'If you phoned', optional: true }),
    summary: longText({ label: 'What is still wrong', max: 2000, missing: 'Say what is still wrong' }),
    yourName: fullName({ label: 'Your name', hint: 'Optional. For the sign-off', optional: true }),
  },
  rules: (input) => ({
    errors:
      !input.ticketReference && !input.callDateTime
        ? [{ path: 'ticketReference', message: 'Give the ticket reference, or the date and time of your call, so the team can find it' }]
        : [],
  }),
  render: (input, ctx) => ({
    ...(input.yourName ? { signOff: [input.yourName, ...(ctx.site ? [siteLabel(ctx.site) ?? ctx.site.address] : [])] } : {}),
    ask: 'Please escalate the helpdesk request below, which has not yet been resolved.',
    sections: [
      {
        kind: 'facts',
        caption: 'Request',
        facts: [
          ...(input.ticketReference ? ([['Ticket reference', input.ticketReference.toUpperCase()]] as const) : []),
          ...(input.callDateTime ? ([['Date and time of call', formatDateTime(input.callDateTime)]] as const) : []),
        ],
      },
      { kind: 'paragraph', caption: 'What is still wrong', text: input.summary },
    ],
  }),
});

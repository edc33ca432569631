// Recognisers: what the selected email is, and the one or two requests that answer it. Each is
// data (an id, what it looks for, what it suggests) with a pure test; the first that matches wins,
// most specific first. Values they fill in come only from validated places (the sender, a ticket
// reference pattern, the received date) and the form checks them again like anything typed.

import { addDays, daysBetween, formatLongDate, ukToday } from '../dates';
import { kindIndex, type KindId } from '../kindIndex';
import { bankHolidays } from '../bankHolidays';
import { helpdeskPhone } from '../recipients';
import { addWorkingDays, workingDaysBetween } from '../workingDays';
import { kindFromText } from './kindHints';
import type { ReceivedMessage } from './message';
import { isNasSender, senderAsPerson } from './senders';
import { findTicketReference } from './ticket';

/** Starting values for a form, in the kind's own input shape (field names from the catalogue). */
export type Prefill = Record<string, unknown>;

export interface Suggestion {
  label: string;
  kindId: KindId;
  values?: Prefill;
}

export type RecogniserId =
  'nas-asks-for-details' | 'nas-ticket' | 'account-deleted' | 'account-inactive' | 'colleague-leaving' | 'colleague-joining';

export interface Recognition {
  recogniser: RecogniserId;
  /** What the email is, in a few words. */
  title: string;
  /** What to know or do, one sentence each. */
  lines: string[];
  /** One or two, the first the likeliest. */
  suggestions: Suggestion[];
}

export interface RecogniseContext {
  now: Date;
  holidays?: readonly string[];
}

export interface Recogniser {
  id: RecogniserId;
  /** For the docs and tests: what it looks for. */
  looksFor: string;
  recognise(message: ReceivedMessage, ctx: RecogniseContext): Recognition | undefined;
}

/** Seed 002: once NAS has the full data set for more than 10 accounts it aims to finish in 5 working days. */
export const moreAccountsTargetWorkingDays = 5;
/** Seeds 000 and 002: log in at least every 30 days; a deleted account can be restored for 30 days. */
export const loginWithinDays = 30;
export const restoreWithinDays = 30;

// Every pattern and helper below is built when called, never once at load: code that runs only when
// the module loads is out of reach of mutation testing (docs/testing.md, "Static mutants").
function text(m: ReceivedMessage): string {
  return `${m.subject}\n${m.body}`;
}
function plain(s: string): string {
  return s.replace(/[’‘]/g, "'").toLowerCase();
}

/** The sender's own words: the body up to the first quoted earlier message. */
export function ownWords(body: string): string {
  const cut = body.search(/^\s*(?:-{2,}\s*original message|from:\s|on .{4,80} wrote:|_{5,}|sent from my )/im);
  return (cut >= 0 ? body.slice(0, cut) : body).slice(0, 3000);
}

function receivedDay(m: ReceivedMessage): string | undefined {
  return m.received ? ukToday(new Date(m.received)) : undefined;
}

function kindTitle(id: KindId): string {
  return kindIndex[id].title;
}

// ---------- NAS asking for more details ----------

function askPatterns() {
  return {
    asks: /\b(?:please (?:could you )?(?:provide|send|supply|confirm|reply with|let us have)|(?:could|can|would) you (?:please )?(?:provide|send|supply|confirm)|(?:we|nas) (?:will )?(?:need|require)s? (?:the following|some|more|further|additional|a few|the missing)|(?:more|further|additional|missing) (?:information|details) (?:is|are) (?:needed|required)|minimum data set|(?:unable|not able) to (?:progress|proceed|action)|awaiting (?:your|a) (?:response|reply))\b/,
    nothingNeeded: /\bno (?:further|more|additional) (?:information|details|action) (?:is |are )?(?:needed|required)\b/,
    /** "Please confirm the issue is resolved" closes a ticket; it does not ask for details. */
    aboutClosing: /\b(?:resolved|fixed|closed|completed)\b/,
  };
}
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/);
}

export const nasAsksForDetails: Recogniser = {
  id: 'nas-asks-for-details',
  looksFor: 'A message from a NAS address asking for more information or missing details.',
  recognise(m) {
    if (!isNasSender(m.from.address)) return undefined;
    const words = plain(`${m.subject}\n${ownWords(m.body)}`);
    const { asks, nothingNeeded, aboutClosing } = askPatterns();
    if (nothingNeeded.test(words) || !sentences(words).some((s) => asks.test(s) && !aboutClosing.test(s))) return undefined;
    const ticket = findTicketReference(m.subject, m.body);
    const kind = kindFromText(plain(m.subject), plain(ownWords(m.body)));
    const lines = ['NAS is waiting for details from you before it can go on. Send them from the shared mailbox.'];
    if (ticket) lines.push(`Quote the ticket reference ${ticket} so NAS can match your answer.`);
    if (kind) lines.push(`This is about: ${kindTitle(kind)}.`);
    else lines.push('Reply to this email with what they ask for.');
    return {
      recogniser: 'nas-asks-for-details',
      title: 'NAS needs more details',
      lines,
      suggestions: kind ? [{ label: 'Reply with the details', kindId: kind }] : [],
    };
  },
};

// ---------- a NAS reply with a ticket reference ----------

export const nasTicket: Recogniser = {
  id: 'nas-ticket',
  looksFor: 'A message from a NAS address carrying a ticket reference (INC, RITM or REQ followed by 7 to 10 digits).',
  recognise(m, ctx) {
    if (!isNasSender(m.from.address)) return undefined;
    const ticket = findTicketReference(m.subject, m.body);
    if (!ticket) return undefined;
    const holidays = ctx.holidays ?? bankHolidays.dates;
    const day = receivedDay(m);
    const today = ukToday(ctx.now);
    const lines: string[] = [];
    if (day && day <= today) {
      const ago = workingDaysBetween(day, today, holidays);
      lines.push(
        `It arrived on ${formatLongDate(day)}, ${ago === 0 ? 'today' : ago === 1 ? '1 working day ago' : `${ago} working days ago`}.`,
      );
    }
    if (kindFromText(plain(m.subject), plain(m.body)) === 'more-accounts') {
      const due = day ? addWorkingDays(day, moreAccountsTargetWorkingDays, holidays) : undefined;
      lines.push(
        `NAS aims to finish a request for more than 10 accounts within ${moreAccountsTargetWorkingDays} working days of having all the details${due ? `: by ${formatLongDate(due)}` : ''}.`,
      );
    } else {
      lines.push(
        'NHSmail publishes no target time for this kind of request. If it is still not sorted, chase it with the ticket reference.',
      );
    }
    const summary = day
      ? `NAS wrote to us about this ticket on ${formatLongDate(day)} and the request has still not been sorted.`
      : 'NAS wrote to us about this ticket and the request has still not been sorted.';
    return {
      recogniser: 'nas-ticket',
      title: `A NAS reply about ticket ${ticket}`,
      lines,
      suggestions: [{ label: 'Chase this request', kindId: 'escalation', values: { ticketReference: ticket, summary } }],
    };
  },
};

// ---------- NHSmail account notices ----------

function noticePatterns() {
  const aboutNhsmail = /\bnhs ?mail\b|\bnhs\.net\b/;
  // "account" up to the verb in the same sentence; a dot inside an address does not end it.
  const sameSentence = '(?:[^.\\n]|\\.(?=\\S)){0,80}';
  const accountWord = '\\b(?:accounts?|mailbox(?:es)?)\\b';
  const deleted = new RegExp(
    `${accountWord}${sameSentence}\\b(?:(?:has|have) (?:now )?been (?:permanently )?deleted|was deleted|were deleted)\\b`,
  );
  const inactive = new RegExp(
    [
      `${accountWord}${sameSentence}\\b(?:is|has been|was|will be|has become|will become|is now|now|marked as|been marked as|be marked as) inactive\\b`,
      `${accountWord}${sameSentence}\\b(?:will|is due to|is scheduled to|may) be (?:permanently )?deleted\\b`,
      '\\beligible for deletion\\b|\\baccount inactivity\\b|\\binactive account\\b',
    ].join('|'),
  );
  return { aboutNhsmail, deleted, inactive };
}

export const accountDeleted: Recogniser = {
  id: 'account-deleted',
  looksFor: 'A notice that an NHSmail account has been deleted.',
  recognise(m, ctx) {
    const words = plain(`${m.subject}\n${ownWords(m.body)}`);
    const { aboutNhsmail, deleted } = noticePatterns();
    if (!aboutNhsmail.test(plain(text(m))) || !deleted.test(words)) return undefined;
    const day = receivedDay(m);
    const today = ukToday(ctx.now);
    const lines = [
      `A deleted NHSmail account can be restored within ${restoreWithinDays} days of being deleted. After that the person needs a new account.`,
      `Call the helpdesk on ${helpdeskPhone.display} to check it can still be restored, and authorise the restore by email from the shared mailbox.`,
    ];
    let tooLate = false;
    if (day && day <= today) {
      const by = addDays(day, restoreWithinDays);
      tooLate = by < today;
      lines.push(
        tooLate
          ? `This notice arrived on ${formatLongDate(day)}, ${daysBetween(day, today)} days ago, so it is probably too late to restore the account. Ask for a new account instead.`
          : `This notice arrived on ${formatLongDate(day)}: ask NAS to restore the account by ${formatLongDate(by)}.`,
      );
    }
    const restore: Suggestion = {
      label: kindTitle('reinstate-account'),
      kindId: 'reinstate-account',
      ...(day && day <= today ? { values: { deletedOn: day } } : {}),
    };
    const fresh: Suggestion = { label: kindTitle('add-user'), kindId: 'add-user' };
    return {
      recogniser: 'account-deleted',
      title: 'An NHSmail account has been deleted',
      lines,
      suggestions: tooLate ? [fresh, restore] : [restore, fresh],
    };
  },
};

export const accountInactive: Recogniser = {
  id: 'account-inactive',
  looksFor: 'A notice that an NHSmail account is inactive or will be deleted for inactivity.',
  recognise(m, ctx) {
    const words = plain(`${m.subject}\n${ownWords(m.body)}`);
    const { aboutNhsmail, inactive } = noticePatterns();
    if (!aboutNhsmail.test(plain(text(m))) || !inactive.test(words)) return undefined;
    const day = receivedDay(m);
    const lines = [
      `The person should log in to their NHSmail account, update their profile or send an email within ${loginWithinDays} days: that keeps the account. An account left inactive is deleted after a further ${loginWithinDays} days.`,
    ];
    if (day && day <= ukToday(ctx.now))
      lines.push(`This notice arrived on ${formatLongDate(day)}: log in before ${formatLongDate(addDays(day, loginWithinDays))}.`);
    lines.push('If they cannot log in, they can reset the password; if they have left, ask NAS to remove them.');
    return {
      recogniser: 'account-inactive',
      title: 'An NHSmail account is inactive',
      lines,
      suggestions: [
        { label: kindTitle('self-service-reset'), kindId: 'self-service-reset' },
        { label: kindTitle('leaver'), kindId: 'leaver' },
      ],
    };
  },
};

// ---------- a colleague leaving or joining ----------

function colleaguePatterns() {
  const iAm = "(?:i am|i'm|im|i will be|i'll be)";
  const leaving = new RegExp(
    [
      `\\b${iAm} leaving (?:the |this |our |your )?(?:company|organisation|organization|home|care home|team|practice|pharmacy|service|job|role|post|position)\\b`,
      `\\b${iAm} leaving (?:at the end of (?:the |this |next )?(?:week|month)|in (?:\\d+|one|two|three|four|a few) (?:weeks?|months?)|next month)\\b`,
      '\\bmy last (?:working )?(?:day|shift) (?:will be|is|here|at)\\b',
      '\\b(?:handed|handing|hand|given|giving|serving|working) (?:in )?my notice\\b',
      "\\b(?:i have|i've) resigned\\b|\\bmy resignation\\b|\\b(?:i am|i'm) resigning\\b",
    ].join('|'),
  );
  const workplace = '(?:team|home|care home|company|organisation|organization|practice|pharmacy|staff|service)';
  const joining = new RegExp(
    [
      `\\b(?:i have|i've) (?:just |recently )?joined (?:the |your |this |our )?${workplace}\\b`,
      "\\b(?:i have|i've) (?:just |recently )?started (?:working )?(?:here|with you|at)\\b",
      `\\b(?:i am|i'm) (?:the |a )?new (?:starter|member of (?:staff|the team)|team member|carer|care assistant|nurse|senior carer|manager|deputy manager|pharmacist|dental nurse|receptionist|optometrist)\\b`,
      '\\bmy first (?:day|shift|week) (?:is|was|will be|here|at|with)\\b',
      `\\b${iAm} (?:joining|starting) (?:the |your |this |our )?(?:${workplace}|as)\\b`,
      '\\bplease add me to (?:the |this |our )?shared mailbox\\b',
    ].join('|'),
  );
  return { leaving, joining };
}

function personMatch(m: ReceivedMessage, pattern: RegExp) {
  const person = senderAsPerson(m.from);
  if (!person) return undefined;
  const words = plain(`${m.subject}\n${ownWords(m.body)}`);
  return pattern.test(words) ? person : undefined;
}

/** Only the sender's name and address: never anything from the body. */
function personValues(person: NonNullable<ReturnType<typeof senderAsPerson>>, addressField: 'nhsmailAddress' | 'personalEmail'): Prefill {
  return { people: [{ ...(person.fullName ? { fullName: person.fullName } : {}), [addressField]: person.address }] };
}

export const colleagueLeaving: Recogniser = {
  id: 'colleague-leaving',
  looksFor:
    'A person (not NAS, not a shared mailbox) writing that they are leaving: "I am leaving the home", "my last day is", "handed in my notice", "I have resigned".',
  recognise(m) {
    const person = personMatch(m, colleaguePatterns().leaving);
    if (!person) return undefined;
    const who = person.fullName ?? person.address;
    return {
      recogniser: 'colleague-leaving',
      title: `${who} says they are leaving`,
      lines: [
        'Once they have gone, ask NAS to remove them from the shared mailbox: anyone still linked can read it. If they are an owner, name who takes over.',
        person.hasNhsmail
          ? 'Their name and NHSmail address are filled in from the sender of this email.'
          : 'They wrote from an address that is not NHSmail: enter their NHSmail address yourself.',
      ],
      suggestions: [{ label: kindTitle('leaver'), kindId: 'leaver', ...leaverValues(person) }],
    };
  },
};

/** A sender outside NHSmail gives their name only: their other address is not the account NAS removes. */
function leaverValues(person: NonNullable<ReturnType<typeof senderAsPerson>>): { values?: Prefill } {
  if (person.hasNhsmail) return { values: personValues(person, 'nhsmailAddress') };
  return person.fullName ? { values: { people: [{ fullName: person.fullName }] } } : {};
}

export const colleagueJoining: Recogniser = {
  id: 'colleague-joining',
  looksFor:
    'A person (not NAS, not a shared mailbox) writing that they are joining or have just started: "I have joined the team", "my first day is", "please add me to the shared mailbox".',
  recognise(m) {
    const person = personMatch(m, colleaguePatterns().joining);
    if (!person) return undefined;
    const who = person.fullName ?? person.address;
    if (person.hasNhsmail) {
      return {
        recogniser: 'colleague-joining',
        title: `${who} is joining`,
        lines: [
          'They already have NHSmail, so ask NAS to add them as a joiner; do not register them again. Their previous organisation must mark them as a leaver first.',
          'Their name and NHSmail address are filled in from the sender of this email.',
        ],
        suggestions: [{ label: kindTitle('add-joiner'), kindId: 'add-joiner', values: personValues(person, 'nhsmailAddress') }],
      };
    }
    return {
      recogniser: 'colleague-joining',
      title: `${who} is joining`,
      lines: [
        'They wrote from an address that is not NHSmail, so they may need a new account. If they already have NHSmail from another job, add them as a joiner instead.',
      ],
      suggestions: [
        { label: kindTitle('add-user'), kindId: 'add-user', values: personValues(person, 'personalEmail') },
        {
          label: kindTitle('add-joiner'),
          kindId: 'add-joiner',
          values: person.fullName ? { people: [{ fullName: person.fullName }] } : undefined,
        },
      ],
    };
  },
};

/** Most specific first: a NAS question beats a plain NAS reply; a deletion beats an inactivity warning. */
export function recognisers(): readonly Recogniser[] {
  return [nasAsksForDetails, nasTicket, accountDeleted, accountInactive, colleagueLeaving, colleagueJoining];
}

/** What the selected email is, or undefined when no recogniser knows it. Never throws. */
export function recogniseEmail(message: ReceivedMessage | undefined, ctx: RecogniseContext): Recognition | undefined {
  if (!message) return undefined;
  for (const r of recognisers()) {
    try {
      const found = r.recognise(message, ctx);
      if (found) return { ...found, suggestions: found.suggestions.slice(0, 2) };
    } catch {
      /* a recogniser that fails is one that did not match */
    }
  }
  return undefined;
}

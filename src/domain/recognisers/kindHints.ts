// Which request a NAS message is about, from the words it uses. NAS replies keep the subject of
// the request they answer ("RE: Joiners – VN6C2 – Sunrise House"), so the subject is read first and
// the body only when the subject says nothing. Checked in order: the first match wins, so the more
// specific wording comes before the general ("more than 10 accounts" before "new accounts").

import type { KindId } from '../kindIndex';

// Built on each call, never once at load, so mutation testing reaches the patterns and their order
// (docs/testing.md, "Static mutants").
export function kindHints(): readonly { kind: KindId; pattern: RegExp }[] {
  return [
    { kind: 'more-accounts', pattern: /\b(?:more than|over) (?:10|ten)\b|\b(?:additional|extra) (?:user )?accounts\b/ },
    { kind: 'sponsored-transfer', pattern: /\bsponsored shared mailbox\b|\bshared mailbox transfer\b/ },
    { kind: 'close-acquisition', pattern: /\bacquisition\b|\bclos(?:e|ing) (?:the |our )?shared mailbox\b/ },
    { kind: 'ods-rename', pattern: /\bods code change\b|\brename (?:the |our )?shared mailbox\b|\bchange of registration\b/ },
    { kind: 'ods-query', pattern: /\bods code query\b|\bdspt\b/ },
    { kind: 'reset-owner-vouched', pattern: /\bowner authentication\b|\bvouch/ },
    { kind: 'reset-new-mobile', pattern: /\bpassword reset\b|\bnew mobile\b/ },
    { kind: 'reinstate-account', pattern: /\breinstat|\brestor(?:e|ing|ation)\b.{0,40}\bdeleted\b|\bdeleted account\b/ },
    { kind: 'owner-change', pattern: /\bowner (?:change|rights)\b|\bnew owner\b/ },
    { kind: 'audit', pattern: /\baudit\b/ },
    { kind: 'teams-request', pattern: /\bmicrosoft teams\b|\bteams team\b/ },
    { kind: 'name-change', pattern: /\bname change\b|\bchange of name\b/ },
    { kind: 'disable-account', pattern: /\bdisabl(?:e|ed|ing) (?:the |an |this |their )?account\b/ },
    { kind: 'enable-account', pattern: /\b(?:re-?)?enabl(?:e|ed|ing) (?:the |an |this |their )?account\b/ },
    { kind: 'missing-shared-access', pattern: /\bshared mailbox not received\b/ },
    { kind: 'missing-personal-account', pattern: /\bpersonal account not received\b/ },
    { kind: 'add-joiner', pattern: /\bjoiners?\b/ },
    { kind: 'leaver-self', pattern: /\bmark my (?:own )?account as a leaver\b/ },
    { kind: 'leaver', pattern: /\bleavers?\b/ },
    { kind: 'add-user', pattern: /\bnew (?:user )?accounts?\b|\bnew users?\b/ },
    { kind: 'escalation', pattern: /\bescalat/ },
  ];
}

function firstHint(text: string): KindId | undefined {
  const lower = text.toLowerCase();
  return kindHints().find((h) => h.pattern.test(lower))?.kind;
}

/** The request kind the message is about, when its words make that clear. */
export function kindFromText(subject: string, body: string): KindId | undefined {
  return firstHint(subject) ?? firstHint(body);
}

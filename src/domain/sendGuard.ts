// The send-time guard's decision, kept pure so the task pane and the OnMessageSend handler share it.
// It BLOCKS only one thing: a request that NAS acts on only from the shared mailbox (the kind's
// `sendFrom` is 'shared'), recognised from the catalogue's subject titles, sent from a personal
// From. Every other email to NAS from a personal account sends (seeds 000, 002: several requests
// may come from the person's own account). Personal data NAS never needs is a prompt, not a block.
//
// This module runs inside the event handler (src/events), loaded by classic Outlook's JavaScript-only
// runtime: no catalogue import (the handler gets `SendGuardData` built from it at build time), and
// only ES2016 built-ins in the parts that decide a block (the personal-data scan may fail; the
// handler then allows the send).

import { identifyMailbox } from './mailboxIdentity';
import { scanPersonalData, type PersonalDataFinding } from './personalData';
import type { SendFrom } from './requestKind';

/** One request kind, as the guard sees it. */
export interface SendRule {
  kindId: string;
  /** The request part of the composed subject (the kind's `subjectTitle`). */
  subjectTitle: string;
  sendFrom: SendFrom;
}

/** What the guard knows from the catalogue: made once by `sendGuardData`, at build time for the handler. */
export interface SendGuardData {
  nasAddresses: readonly string[];
  rules: readonly SendRule[];
}

export interface SendCheck {
  from: string | undefined;
  recipients: readonly string[];
  /** The subject now. */
  subject?: string;
  /** The subject the pane wrote when it filled this email (item session data), if it did. */
  composedSubject?: string;
  bodyText: string;
  now: Date;
  /** The site's shared mailbox when known (confirmed in the pane), to name it in the message. */
  knownShared?: string;
  data: SendGuardData;
}

export type SendDecision =
  | { action: 'allow' }
  | { action: 'block'; message: string; rule: SendRule; from: string; target: string; knownShared?: string }
  | { action: 'prompt'; message: string; findings: PersonalDataFinding[]; severity: 'error' | 'warning' };

/** Smart Alerts cuts messages at 500 characters. */
export const maxAlertLength = 500;

const labels: Record<PersonalDataFinding['kind'], string> = {
  'date-of-birth': 'a date of birth',
  'nhs-number': 'an NHS number',
  'ni-number': 'a National Insurance number',
  postcode: 'a postcode',
};

/** The guard's data from the catalogue's email kinds and the NAS addresses. */
export function sendGuardData(
  kinds: readonly { id: string; route: string; sendFrom: SendFrom; subjectTitle?: string }[],
  nasAddresses: readonly string[],
): SendGuardData {
  const rules: SendRule[] = [];
  for (const kind of kinds) {
    if (kind.route === 'email' && kind.subjectTitle)
      rules.push({ kindId: kind.id, subjectTitle: kind.subjectTitle, sendFrom: kind.sendFrom });
  }
  return { nasAddresses: nasAddresses.map((a) => a.toLowerCase()), rules };
}

export function isNasRecipient(address: string, data: SendGuardData): boolean {
  return data.nasAddresses.indexOf(String(address).trim().toLowerCase()) !== -1;
}

const separator = ' – ';

/**
 * The rule for a subject the pane composed: `<title>` or `<title> – <ODS code> – <site>`. The longest
 * matching title wins; when kinds share that title but not the sender rule, the subject cannot tell
 * them apart and the permissive rule stands (never a block on a guess).
 */
export function ruleForSubject(subject: string | undefined, rules: readonly SendRule[]): SendRule | undefined {
  const s = String(subject ?? '')
    .trim()
    .toLowerCase();
  if (!s) return undefined;
  let best: SendRule | undefined;
  for (const rule of rules) {
    const title = rule.subjectTitle.toLowerCase();
    const matches = s === title || s.indexOf(title + separator) === 0;
    if (!matches) continue;
    if (!best || title.length > best.subjectTitle.length) best = rule;
    else if (title.length === best.subjectTitle.length && rule.sendFrom !== 'shared') best = rule;
  }
  return best;
}

/** What the guard blocks: a shared-only request from a personal From. Shared with the compose-time notice. */
export function sharedOnlyMismatch(
  check: Pick<SendCheck, 'from' | 'recipients' | 'subject' | 'composedSubject' | 'knownShared' | 'data'>,
): { rule: SendRule; from: string; target: string } | undefined {
  const data = check.data;
  if (!check.recipients.some((r) => isNasRecipient(r, data))) return undefined;
  const from = check.from ? identifyMailbox(check.from) : undefined;
  const rule = ruleForSubject(check.subject, data.rules) ?? ruleForSubject(check.composedSubject, data.rules);
  if (!(from && from.kind !== 'shared' && rule && rule.sendFrom === 'shared')) return undefined;
  return { rule, from: from.address, target: check.knownShared || sharedTargetWords };
}

/** How the guard names the shared mailbox when the pane has not confirmed one. */
export const sharedTargetWords = "your site's shared mailbox (care., pharmacy., dental. or optometry. followed by your ODS code)";

export function decideSend(check: SendCheck): SendDecision {
  const data = check.data;
  if (!check.recipients.some((r) => isNasRecipient(r, data))) return { action: 'allow' };
  const mismatch = sharedOnlyMismatch(check);
  if (mismatch) {
    const { rule, from, target } = mismatch;
    return clip({
      action: 'block' as const,
      rule,
      from,
      target,
      knownShared: check.knownShared || undefined,
      message: `NAS only acts on "${rule.subjectTitle}" requests sent from the shared mailbox. This email is from ${from}. Select From and choose ${target}, then send again.`,
    });
  }
  const findings = scanPersonalData(check.bodyText, check.now);
  if (findings.length > 0) {
    const seen: string[] = [];
    for (const f of findings) {
      const label = `${labels[f.kind]} (${f.match})`;
      if (seen.indexOf(label) === -1) seen.push(label);
    }
    return clip({
      action: 'prompt' as const,
      message: `This request to NAS contains ${seen.join(', ')}. NAS never needs dates of birth, NHS or National Insurance numbers, or home addresses. Remove them, or send anyway if this is a site address.`,
      findings,
      severity: findings.some((f) => f.severity === 'error') ? ('error' as const) : ('warning' as const),
    });
  }
  return { action: 'allow' };
}

function clip<T extends { message: string }>(decision: T): T {
  return decision.message.length <= maxAlertLength
    ? decision
    : { ...decision, message: `${decision.message.slice(0, maxAlertLength - 1)}…` };
}

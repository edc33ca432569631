// The send-time guard's decision, kept pure so the task pane and the OnMessageSend handler share it.
// A NAS request must come from the shared mailbox and must not carry personal data NAS never needs.

import { identifyMailbox } from './mailboxIdentity';
import { nasAddresses } from './recipients';
import { scanPersonalData, type PersonalDataFinding } from './personalData';

export interface SendCheck {
  from: string | undefined;
  recipients: readonly string[];
  bodyText: string;
  now: Date;
  /** The site's shared mailbox when known (remembered by the pane), to name it in the message. */
  knownShared?: string;
}

export type SendDecision =
  | { action: 'allow' }
  | { action: 'block'; message: string }
  | { action: 'prompt'; message: string; findings: PersonalDataFinding[] };

/** Smart Alerts cuts messages at 500 characters. */
export const maxAlertLength = 500;

const labels: Record<PersonalDataFinding['kind'], string> = {
  'date-of-birth': 'a date of birth',
  'nhs-number': 'an NHS number',
  'ni-number': 'a National Insurance number',
  postcode: 'a postcode',
};

export function isNasRecipient(address: string): boolean {
  return nasAddresses.includes(address.trim().toLowerCase());
}

export function decideSend(check: SendCheck): SendDecision {
  if (!check.recipients.some(isNasRecipient)) return { action: 'allow' };
  const from = check.from ? identifyMailbox(check.from) : undefined;
  if (from && from.kind !== 'shared') {
    const target = check.knownShared ?? "your site's shared mailbox (care., pharmacy., dental. or optometry. followed by your ODS code)";
    return clip({
      action: 'block' as const,
      message: `NAS only acts on requests sent from the shared mailbox. This email is from ${from.address}. Select From and choose ${target}, then send again.`,
    });
  }
  const findings = scanPersonalData(check.bodyText, check.now);
  if (findings.length > 0) {
    const found = [...new Set(findings.map((f) => `${labels[f.kind]} (${f.match})`))].join(', ');
    return clip({
      action: 'prompt' as const,
      message: `This request to NAS contains ${found}. NAS never needs dates of birth, NHS or National Insurance numbers, or home addresses. Remove them, or send anyway if this is a site address.`,
      findings,
    });
  }
  return { action: 'allow' };
}

function clip<T extends { message: string }>(decision: T): T {
  return decision.message.length <= maxAlertLength ? decision : { ...decision, message: `${decision.message.slice(0, maxAlertLength - 1)}…` };
}

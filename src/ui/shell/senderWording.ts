// What the pane says about From, decided here and only shown by the components (FromBar,
// SenderNote, CopyFallback, ComposeOutcome): one set of words per judgement, tested branch by
// branch (senderWording.test.ts), so the bar, the form and the result never disagree.

import type { SenderCheck } from './senderCheck';

const sharedFallback = "your site's shared mailbox";
const personalFallback = 'your own address';
const unknownFrom = 'Outlook did not say who this email is from.';

export interface FromWarningWords {
  title: string;
  lead: string;
  /** The address to pick in From (the how-to names it). */
  pick: string;
}

/** Compose mode: the From warning's words, or nothing when From fits (or there is no rule, or no site to name yet). */
export function fromWarning(check: SenderCheck): FromWarningWords | undefined {
  if (check.mode !== 'compose' || !check.rule) return undefined;
  const j = check.judgement;
  // After "Fill this email" the request is already in the email: the lead says so first.
  const lead = (verb: string) => (check.filled ? `The request is in this email. Before you send it, ${verb}` : capital(verb));
  if (j.kind === 'pick-shared') {
    // Without a site there is nothing to name yet: the site step (or the banner) asks for it first.
    if (!j.site) return undefined;
    return {
      title: `This email would be sent from ${j.from}`,
      lead: `${lead('pick')} ${j.site} in From. NAS acts on requests about your site only when they come from its shared mailbox.`,
      pick: j.site,
    };
  }
  if (j.kind === 'pick-personal') {
    const own = j.personal ?? personalFallback;
    return {
      title: `This email would be sent from the shared mailbox ${j.from}`,
      lead: `${lead('pick')} ${own} in From: this request comes from your own NHSmail account.`,
      pick: own,
    };
  }
  if (j.kind === 'unknown') {
    const target = j.rule === 'shared' ? (j.site ?? sharedFallback) : (j.personal ?? personalFallback);
    return {
      title: 'Check the From line',
      lead: `${check.fromProblem ?? unknownFrom} ${lead('make')} sure From shows ${target}.`,
      pick: target,
    };
  }
  return undefined;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export type SenderNoteWords = { kind: 'shared'; site: string } | { kind: 'personal'; own: string; from: string } | undefined;

/**
 * Read mode: whether the form warns who must send the email. A shared-mailbox request warns
 * unless the mailbox in use is known to be right; a personal-only one only when the mailbox in
 * use is known to be the shared one. Compose mode has the From bar instead.
 */
export function senderNote(check: SenderCheck | undefined): SenderNoteWords {
  if (!check || check.mode === 'compose' || !check.rule) return undefined;
  const j = check.judgement;
  if (check.rule === 'shared' && j.kind !== 'ok' && j.kind !== 'either') return { kind: 'shared', site: check.site ?? sharedFallback };
  // Only the personal rule judges "pick your own account" (judgeSender), so the judgement says it all.
  if (j.kind === 'pick-personal') return { kind: 'personal', own: j.personal ?? personalFallback, from: j.from };
  return undefined;
}

/** Copying instead: which account the new email goes from ("your own NHSmail account", the site's mailbox), or nothing when either will do. */
export function copySender(check: Pick<SenderCheck, 'rule' | 'site'> | undefined): string | undefined {
  if (check?.rule === 'personal') return 'your own NHSmail account';
  if (check?.rule === 'shared') return check.site ?? sharedFallback;
  return undefined;
}

/** The done screen in read mode: what From must show in the new email, or nothing when either mailbox will do (or there is no email). */
export function outcomeFromCheck(
  check: Pick<SenderCheck, 'mode' | 'rule' | 'site' | 'personal'>,
): { kind: 'shared'; site: string } | { kind: 'personal'; personal?: string } | undefined {
  if (check.mode === 'compose') return undefined;
  if (check.rule === 'shared') return { kind: 'shared', site: check.site ?? sharedFallback };
  if (check.rule === 'personal') return { kind: 'personal', personal: check.personal };
  return undefined;
}

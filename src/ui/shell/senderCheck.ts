// The sender check, computed once in App and shared with the request screens: which rule applies
// (the open kind's `sendFrom`), what From says in compose mode, and whether the email has just been
// filled in (so the From bar and the result never show two contradicting messages).

import { createContext, useContext } from 'react';
import type { Detection } from '../../domain/detectMailbox';
import { identifyMailbox } from '../../domain/mailboxIdentity';
import type { SendFrom } from '../../domain/requestKind';
import { judgeDetection, judgeSender, type SenderJudgement } from '../../domain/senderAdvice';
import type { HostSnapshot } from '../../office/host';

export interface SenderCheck {
  mode: HostSnapshot['mode'];
  /** The open request's rule; undefined for phone and self-service steps (no email to send). */
  rule?: SendFrom;
  /** Compose mode: the From judged against the rule. Read mode: the selected item's mailbox. */
  judgement: SenderJudgement;
  /** Compose mode: From as Outlook reports it, or why it could not. */
  from?: string;
  fromProblem?: string;
  site?: string;
  personal?: string;
  /** True while the result of "Fill this email" is on screen. */
  filled: boolean;
  setFilled: (filled: boolean) => void;
  /** Settle the site from inside a request (the engine refused one at path `site`). */
  chooseSite?: (address: string) => void;
  remembered?: string[];
  /** Which Outlook this is, where the host can tell (FromHowTo shows its steps first). */
  client?: HostSnapshot['client'];
}

export function senderCheck(
  snapshot: HostSnapshot,
  detection: Detection,
  rule: SendFrom | undefined,
  filled = false,
  setFilled: (f: boolean) => void = () => undefined,
): SenderCheck {
  const personal = snapshot.user.address || undefined;
  const site = detection.site?.address;
  const base = { mode: snapshot.mode, rule, site, personal, filled, setFilled, client: snapshot.client };
  if (snapshot.mode === 'compose') {
    const from = snapshot.signals.find((s) => s.source === 'from')?.address;
    const fromProblem = from
      ? undefined
      : (snapshot.refused.find((r) => r.source === 'from')?.reason ?? 'Outlook did not say who this email is from.');
    const judgement = rule ? judgeSender(rule, from ? identifyMailbox(from) : undefined, site, personal) : ({ kind: 'either' } as const);
    return { ...base, judgement, from, fromProblem };
  }
  return { ...base, judgement: rule ? judgeDetection(rule, detection, personal) : { kind: 'either' } };
}

export const SenderCheckContext = createContext<SenderCheck | undefined>(undefined);

export function useSenderCheck(): SenderCheck | undefined {
  return useContext(SenderCheckContext);
}

// Compose mode: From is checked as soon as the pane opens, before anything is typed. When it does
// not fit the request's sender rule, a warning at the top of the pane says what to pick; it goes
// away by itself once From is right (the host reports From changes and the pane re-reads them).

import { makeStyles, tokens } from '@fluentui/react-components';
import { LazyNotice } from './LazyNotice';
import { FromHowTo } from './FromHowTo';
import { useSenderCheck, type SenderCheck } from './senderCheck';

const useStyles = makeStyles({
  bar: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  text: { margin: `${tokens.spacingVerticalXS} 0` },
});

/** The warning's words, or nothing when From fits (also used by the result screen when no bar is shown). */
export function fromWarning(check: SenderCheck): { title: string; lead: string; pick: string } | undefined {
  if (check.mode !== 'compose' || !check.rule) return undefined;
  const j = check.judgement;
  const filledLead = 'The request is in this email. Before you send it, ';
  if (j.kind === 'pick-shared') {
    // Without a site there is nothing to name yet: the site step (or the banner) asks for it first.
    if (!j.site) return undefined;
    return {
      title: `This email would be sent from ${j.from}`,
      lead: `${check.filled ? filledLead : ''}${check.filled ? 'pick' : 'Pick'} ${j.site} in From. NAS acts on requests about your site only when they come from its shared mailbox.`,
      pick: j.site,
    };
  }
  if (j.kind === 'pick-personal') {
    const own = j.personal ?? 'your own address';
    return {
      title: `This email would be sent from the shared mailbox ${j.from}`,
      lead: `${check.filled ? filledLead : ''}${check.filled ? 'pick' : 'Pick'} ${own} in From: this request comes from your own NHSmail account.`,
      pick: own,
    };
  }
  if (j.kind === 'unknown') {
    const target = j.rule === 'shared' ? (j.site ?? "your site's shared mailbox") : (j.personal ?? 'your own address');
    return {
      title: 'Check the From line',
      lead: `${check.fromProblem ?? 'Outlook did not say who this email is from.'} ${check.filled ? filledLead + 'make' : 'Make'} sure From shows ${target}.`,
      pick: target,
    };
  }
  return undefined;
}

export function FromWarning({ check }: { check: SenderCheck }) {
  const styles = useStyles();
  const words = fromWarning(check);
  if (!words) return null;
  return (
    <LazyNotice intent="warning" title={words.title}>
      <p className={styles.text}>{words.lead}</p>
      <FromHowTo address={words.pick} />
    </LazyNotice>
  );
}

export function FromBar() {
  const styles = useStyles();
  const check = useSenderCheck();
  if (!check || !fromWarning(check)) return null;
  return (
    <section className={styles.bar} aria-label="From check">
      <FromWarning check={check} />
    </section>
  );
}

// How to pick an address in From. Office.js cannot set From (office-js #1235), so the pane can only
// say where it is. A care manager rarely knows which Outlook she has: where the host can tell (Office's
// diagnostics, see office/host.ts outlookClient), her Outlook's steps come first and the others wait
// behind a disclosure; where it cannot, every set is shown.

import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { OutlookClient } from '../../office/host';
import { useSenderCheck } from './senderCheck';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  others: { marginTop: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink },
});

type Steps = { client: OutlookClient; name: string; steps: (address: ReactNode) => ReactNode };

const allSteps: Steps[] = [
  {
    client: 'classic',
    name: 'Classic Outlook for Windows',
    steps: (a) => (
      <>
        select <b>From</b> and choose {a}. No From? <i>Options</i>, then <i>From</i>. Not listed? <i>Other email address</i>, then type it.
      </>
    ),
  },
  {
    client: 'new',
    name: 'New Outlook',
    steps: (a) => (
      <>
        select <b>From</b> and choose {a}. No From? <i>Options</i>, then <i>Show From</i>. Not listed? <i>Other email address</i>, then type
        it.
      </>
    ),
  },
  {
    client: 'web',
    name: 'Outlook on the web',
    steps: () => (
      <>
        as in new Outlook; in older versions <i>Show From</i> is under the three dots (…).
      </>
    ),
  },
];

/** The steps for one client spelt out whole (the web's refer to new Outlook's otherwise). */
const own: Partial<Record<OutlookClient, (a: ReactNode) => ReactNode>> = {
  web: (a) => (
    <>
      select <b>From</b> and choose {a}. No From? <i>Options</i>, then <i>Show From</i> (in older versions, under the three dots …). Not
      listed? <i>Other email address</i>, then type it.
    </>
  ),
};

export function FromHowTo(props: { address: string; client?: OutlookClient }) {
  const styles = useStyles();
  const check = useSenderCheck();
  const client = props.client ?? check?.client;
  const a = <b>{props.address}</b>;
  const mine = allSteps.find((s) => s.client === client);
  const item = (s: Steps, steps = s.steps) => (
    <li key={s.client}>
      <b>{s.name}:</b> {steps(a)}
    </li>
  );
  if (!mine) {
    return (
      <ul className={styles.list} aria-label="How to pick it in From">
        {allSteps.map((s) => item(s))}
      </ul>
    );
  }
  return (
    <div>
      <ul className={styles.list} aria-label="How to pick it in From" data-client={mine.client}>
        {item(mine, own[mine.client] ?? mine.steps)}
      </ul>
      <details className={styles.others}>
        <summary className={styles.summary}>Steps for other versions of Outlook</summary>
        <ul className={styles.list} aria-label="Other versions of Outlook">
          {allSteps.filter((s) => s !== mine).map((s) => item(s))}
        </ul>
      </details>
    </div>
  );
}

// How to pick an address in From, for each Outlook a site may use. Office.js cannot set From
// (office-js #1235), so the pane can only say where it is.

import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
});

export function FromHowTo(props: { address: string }) {
  const styles = useStyles();
  const a = <b>{props.address}</b>;
  return (
    <ul className={styles.list} aria-label="How to pick it in From">
      <li>
        <b>Classic Outlook for Windows:</b> select <b>From</b> and choose {a}. No From? <i>Options</i>, then <i>From</i>. Not listed?{' '}
        <i>Other email address</i>, then type it.
      </li>
      <li>
        <b>New Outlook:</b> select <b>From</b> and choose {a}. No From? <i>Options</i>, then <i>Show From</i>. Not listed?{' '}
        <i>Other email address</i>, then type it.
      </li>
      <li>
        <b>Outlook on the web:</b> as in new Outlook; in older versions <i>Show From</i> is under the three dots (…).
      </li>
    </ul>
  );
}

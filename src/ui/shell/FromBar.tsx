// Compose mode: From is checked as soon as the pane opens, before anything is typed. When it does
// not fit the request's sender rule, a warning at the top of the pane says what to pick; it goes
// away by itself once From is right (the host reports From changes and the pane re-reads them).

import { makeStyles, tokens } from '@fluentui/react-components';
import { LazyNotice } from './LazyNotice';
import { FromWarning } from './FromWarning';
import { useSenderCheck } from './senderCheck';
import { fromWarning } from './senderWording';

const useStyles = makeStyles({
  bar: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
});

export function FromBar() {
  const styles = useStyles();
  const check = useSenderCheck();
  if (!check || !fromWarning(check)) return null;
  return (
    <section className={styles.bar} aria-label="From check">
      <FromWarning check={check} Notice={LazyNotice} />
    </section>
  );
}

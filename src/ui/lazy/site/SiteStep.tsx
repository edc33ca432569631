// The site is settled before the form. A request that must come from the site's shared mailbox
// cannot be written without knowing which site (the engine refuses it at path `site`), so when
// no signal names the site, the request opens on this question instead of a form that would fail.

import { makeStyles, tokens } from '@fluentui/react-components';
import type { KindSummary } from '../../../domain/kindIndex';
import MailboxPicker from './MailboxPicker';
import { ScreenTop } from '../ScreenTop';
import { screenLayout } from '../screenStyles';

const useStyles = makeStyles({
  screen: screenLayout,
  question: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { margin: 0 },
});

export default function SiteStep(props: {
  kind: KindSummary;
  remembered: string[];
  onChoose: (address: string) => void;
  onBack: () => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.screen}>
      <ScreenTop title={props.kind.title} onBack={props.onBack} />
      <h3 className={styles.question}>Which site is this for?</h3>
      <p className={styles.text}>
        This request must be sent from your site&apos;s shared mailbox: that is how NAS knows it comes from the site. Enter the shared
        mailbox address or just the ODS code; the form comes next.
      </p>
      <MailboxPicker
        name="Which site is this for?"
        remembered={props.remembered}
        onChoose={props.onChoose}
        onCancel={props.onBack}
        submitLabel="Continue"
        cancelLabel="Back"
      />
    </div>
  );
}

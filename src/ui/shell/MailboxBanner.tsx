import { useEffect, useRef, useState } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { LazyNotice } from './LazyNotice';
import { detectMailbox, knownPersonal, sameAddress, sourceLabels, type Detection } from '../../domain/detectMailbox';
import { siteLabel } from '../../domain/mailboxIdentity';
import type { HostSnapshot } from '../../office/host';
import { useLazyScreens } from './useLazyScreens';
import { unknownMailboxWords } from './mailboxWording';

const useStyles = makeStyles({
  banner: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  site: { ...typographyStyles.subtitle2, margin: 0, overflowWrap: 'anywhere' },
  line: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  caption: { ...typographyStyles.caption1 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export function MailboxBanner(props: {
  detection: Detection;
  snapshot: HostSnapshot;
  remembered: string[];
  onChoose: (address: string) => void;
  asking?: boolean;
}) {
  const { detection, snapshot } = props;
  const styles = useStyles();
  const site = detection.site;
  // Outlook did not say which mailbox is in use, and nothing names a site: say so, and ask.
  const unknown = !site && !detection.inUseSource;
  const [picked, setPicking] = useState<boolean>();
  const picking = picked ?? (unknown && Boolean(props.asking));
  const where = detection.source ? sourceLabels[detection.source] : undefined;
  // Focus goes back to the button that opened the box when it closes (Escape, Cancel, a choice).
  const opener = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!picking && returnFocus) {
      opener.current?.focus();
      setReturnFocus(false);
    }
  }, [picking, returnFocus]);
  const close = () => {
    setPicking(false);
    setReturnFocus(true);
  };
  // After choosing another mailbox, the one the host detected is one click away.
  const detected = detection.source === 'typed' ? detectMailbox(snapshot.signals, snapshot.displayNames).site : undefined;
  const backToDetected = detected && !sameAddress(detected.address, site?.address) ? detected.address : undefined;
  const notSaid = unknownMailboxWords(snapshot);
  return (
    <section className={styles.banner} aria-label="Mailbox">
      {site ? (
        <>
          <h1 className={styles.site}>{siteLabel(site) ?? 'Shared mailbox'}</h1>
          <p className={styles.line}>
            {/* The pane's first use of ODS: its expansion is there for screen readers and on hover. */}
            {site.address} · <abbr title="Organisation Data Service code">ODS</abbr> {site.odsCode}
          </p>
          <div className={styles.row}>
            <span className={styles.caption}>Found from {where}.</span>
            {!detection.inUseSource && notSaid.caption && <span className={styles.caption}>{notSaid.caption}</span>}
            <Button ref={opener} appearance="transparent" size="small" onClick={() => setPicking(!picking)} aria-expanded={picking}>
              Not this mailbox?
            </Button>
            {backToDetected && (
              <Button
                appearance="transparent"
                size="small"
                onClick={() => {
                  props.onChoose(backToDetected);
                  setReturnFocus(true);
                }}
              >
                Use the detected mailbox ({backToDetected})
              </Button>
            )}
          </div>
          {site.warnings.map((w) => (
            <LazyNotice key={w} intent="warning">
              {w}
            </LazyNotice>
          ))}
        </>
      ) : unknown ? (
        <>
          <h1 className={styles.site}>{notSaid.heading}</h1>
          {props.asking && (
            <p className={styles.line}>
              Which site are you working for? Enter its shared mailbox address or ODS code, so requests name the right site.
            </p>
          )}
          {!picking && (
            <div className={styles.row}>
              <Button ref={opener} appearance="transparent" size="small" onClick={() => setPicking(true)} aria-expanded={false}>
                Enter your shared mailbox
              </Button>
            </div>
          )}
        </>
      ) : (
        <>
          <h1 className={styles.site}>{knownPersonal(detection) ? 'Your own mailbox' : 'Mailbox not recognised'}</h1>
          <p className={styles.line}>{detection.inUse.address}</p>
          <div className={styles.row}>
            <Button ref={opener} appearance="transparent" size="small" onClick={() => setPicking(!picking)} aria-expanded={picking}>
              Enter your shared mailbox
            </Button>
          </div>
        </>
      )}
      {snapshot.refused.length > 0 && (
        <details>
          <summary>
            <span className={styles.caption}>How was this found?</span>
          </summary>
          <ul>
            {snapshot.refused.map((r) => (
              <li key={r.source}>
                <span className={styles.caption}>
                  {sourceLabels[r.source]}: {r.reason}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {picking && (
        <Picker
          remembered={props.remembered}
          focusOnOpen={picked === true}
          onChoose={(address) => {
            props.onChoose(address);
            close();
          }}
          onCancel={close}
        />
      )}
    </section>
  );
}

/** "Not this mailbox?" form: loaded only when someone says the detected mailbox is wrong. */
function Picker(props: { remembered: string[]; focusOnOpen: boolean; onChoose: (address: string) => void; onCancel: () => void }) {
  const screens = useLazyScreens();
  return screens ? <screens.MailboxPicker {...props} /> : <p role="status">Loading…</p>;
}

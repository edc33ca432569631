// After composing: confirm, say when NAS will read it, and make sure the email goes from the right
// mailbox for this request. Office.js cannot set From, so the pane checks it and says what to pick.
// One outcome message, never a stack of them: success when the email is ready (or filled in with
// the right From), or, in compose mode with the wrong From, the From warning (at the top of the
// pane, with a line here that points to it). What to check in From and NAS's hours follow as plain
// information. Focus moves to the outcome, since the button pressed has gone.

import { useEffect, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import type { ComposedMessage } from '../../../domain/compose';
import type { Detection } from '../../../domain/detectMailbox';
import { nasAvailability, nasHoursApplyTo, type NasAvailability } from '../../../domain/nasHours';
import type { Host, HostSnapshot } from '../../../office/host';
import { FromHowTo } from '../../shell/FromHowTo';
import { FromWarning } from '../../shell/FromWarning';
import Notice from '../Notice';
import { fromWarning, outcomeFromCheck } from '../../shell/senderWording';
import { senderCheck, useSenderCheck } from '../../shell/senderCheck';
import { useFocusOnMount } from '../useFocusOnMount';
import { focusRing } from '../screenStyles';
import { spellOutFirst } from '../../../domain/abbreviations';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  outcome: { ...focusRing },
  text: { margin: 0 },
  heading: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  info: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  infoIcon: { flexShrink: 0, fontSize: '16px', marginTop: '2px', color: tokens.colorNeutralForeground3 },
});

export function ComposeOutcome(props: {
  host: Host;
  snapshot: HostSnapshot;
  detection: Detection;
  message: ComposedMessage;
  now: Date;
  onAnother: () => void;
  /** What happens after sending (the request's "What happens next"): the step that matters may be the user's own. */
  next?: string;
}) {
  const styles = useStyles();
  const { snapshot } = props;
  const shared = useSenderCheck();
  // Outside App (no From bar above): judge here, and show the warning here.
  const check = shared ?? senderCheck(snapshot, props.detection, 'shared');
  const setFilled = check.setFilled;
  const compose = snapshot.mode === 'compose';
  const outcome = useFocusOnMount<HTMLDivElement>();

  useEffect(() => {
    if (!compose) return;
    setFilled(true);
    return () => setFilled(false);
  }, [compose, setFilled]);

  const goesTo = `Check it, then press Send in Outlook. It goes to ${props.message.to.join(', ')}.`;
  const warning = compose ? fromWarning({ ...check, filled: true }) : undefined;
  const j = check.judgement;
  const fromCheck = outcomeFromCheck(check);

  return (
    <section className={styles.box} aria-label="Result">
      <div ref={outcome} tabIndex={-1} className={styles.outcome}>
        {warning ? (
          shared ? (
            // The warning itself is at the top of the pane (the From bar): one message, pointed to.
            <p role="status" className={styles.text}>
              The request is in this email. Before you send it, change From: see the warning at the top of the pane.
            </p>
          ) : (
            <FromWarning check={{ ...check, filled: true }} Notice={Notice} />
          )
        ) : (
          <MessageBar intent="success" layout="multiline" role="status">
            <MessageBarBody>
              <MessageBarTitle>{compose ? 'This email is filled in' : 'Your email is ready'}</MessageBarTitle>
              <div>
                {compose && j.kind === 'ok' && <span>From is {j.address}: the right mailbox.</span>} {goesTo}
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {props.next && (
        <section className={styles.section} aria-labelledby="outcome-next">
          <h3 id="outcome-next" className={styles.heading}>
            What happens next
          </h3>
          <p className={styles.text}>{props.next}</p>
        </section>
      )}
      {fromCheck?.kind === 'shared' && (
        <FromLineCheck>
          <p className={styles.text}>
            In the new email, make sure From shows <b>{fromCheck.site}</b>. If it shows your own address, change it:
          </p>
          <FromHowTo address={fromCheck.site} />
        </FromLineCheck>
      )}
      {fromCheck?.kind === 'personal' && (
        <FromLineCheck>
          <p className={styles.text}>
            In the new email, make sure From shows your own address
            {fromCheck.personal ? (
              <>
                {' '}
                (<b>{fromCheck.personal}</b>)
              </>
            ) : null}
            , not the shared mailbox.
          </p>
        </FromLineCheck>
      )}
      {nasHoursApplyTo(props.message.to) && <HoursNote hours={nasAvailability(props.now)} />}
      <div>
        <Button onClick={props.onAnother}>Back to all requests</Button>
      </div>
    </section>
  );
}

/** The done screen's "Check the From line" section, around what From must show. */
function FromLineCheck(props: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="outcome-from">
      <h3 id="outcome-from" className={styles.heading}>
        Check the From line
      </h3>
      {props.children}
    </section>
  );
}

/** NAS's hours, open or closed: information about when the email will be read, never a warning. */
export function HoursNote(props: { hours: NasAvailability }) {
  const styles = useStyles();
  return (
    <p className={styles.info} data-hours={props.hours.open ? 'open' : 'closed'}>
      <InfoRegular className={styles.infoIcon} aria-hidden />
      {/* The done screen's first mention of NAS, so it is spelled out. */}
      <span>{spellOutFirst([props.hours.message])[0]}</span>
    </p>
  );
}

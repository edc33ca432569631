// After composing: confirm, say when NAS will read it, and make sure the email goes from the right
// mailbox for this request. Office.js cannot set From, so the pane checks it and says what to pick.
// In compose mode there is one message about the email: success when From fits the request, or the
// From warning (at the top of the pane) when it does not; never both.

import { useEffect } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ComposedMessage } from '../domain/compose';
import type { Detection } from '../domain/detectMailbox';
import { nasAvailability, nasHoursApplyTo } from '../domain/nasHours';
import type { Host, HostSnapshot } from '../office/host';
import { FromHowTo } from './FromHowTo';
import { FromWarning, fromWarning } from './FromBar';
import { senderCheck, useSenderCheck } from './senderCheck';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Read out, not shown: the visible message is the From warning at the top of the pane.
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export function ComposeOutcome(props: {
  host: Host;
  snapshot: HostSnapshot;
  detection: Detection;
  message: ComposedMessage;
  now: Date;
  onAnother: () => void;
}) {
  const styles = useStyles();
  const { snapshot } = props;
  const shared = useSenderCheck();
  // Outside App (no From bar above): judge here, and show the warning here.
  const check = shared ?? senderCheck(snapshot, props.detection, 'shared');
  const hours = nasAvailability(props.now);
  const setFilled = check.setFilled;
  const compose = snapshot.mode === 'compose';

  useEffect(() => {
    if (!compose) return;
    setFilled(true);
    return () => setFilled(false);
  }, [compose, setFilled]);

  const goesTo = `Check it, then press Send in Outlook. It goes to ${props.message.to.join(', ')}.`;
  const warning = compose ? fromWarning({ ...check, filled: true }) : undefined;
  const j = check.judgement;

  return (
    <section className={styles.box} aria-label="Result">
      {compose && warning && !shared && <FromWarning check={{ ...check, filled: true }} />}
      {compose && warning && shared && (
        <div role="status" className={styles.hidden}>
          The request is in this email. Before you send it, change From: see the warning at the top of the pane.
        </div>
      )}
      {compose && !warning && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>This email is filled in</MessageBarTitle>
            <div>
              {j.kind === 'ok' && <span>From is {j.address}: the right mailbox.</span>} {goesTo}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {!compose && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>Your email is ready</MessageBarTitle>
            <div>{goesTo}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {!compose && check.rule === 'shared' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Check the From line</MessageBarTitle>
            <div>
              In the new email, make sure From shows <b>{check.site ?? "your site's shared mailbox"}</b>. If it shows your own address,
              change it:
            </div>
            <FromHowTo address={check.site ?? "your site's shared mailbox"} />
          </MessageBarBody>
        </MessageBar>
      )}
      {!compose && check.rule === 'personal' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Check the From line</MessageBarTitle>
            <div>
              In the new email, make sure From shows your own address
              {check.personal ? (
                <>
                  {' '}
                  (<b>{check.personal}</b>)
                </>
              ) : null}
              , not the shared mailbox.
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {nasHoursApplyTo(props.message.to) && (
        <MessageBar intent={hours.open ? 'info' : 'warning'} layout="multiline">
          <MessageBarBody>{hours.message}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button onClick={props.onAnother}>Back to all requests</Button>
      </div>
    </section>
  );
}

// After composing: confirm, say when NAS will read it, and make sure the email goes from the
// shared mailbox. Office.js cannot set From, so the pane checks it and says what to pick.

import { useCallback, useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ComposedMessage } from '../domain/compose';
import { sameAddress, type Detection } from '../domain/detectMailbox';
import { nasAvailability, nasHoursApplyTo } from '../domain/nasHours';
import type { Host, HostSnapshot } from '../office/host';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type FromState = { kind: 'checking' } | { kind: 'ok'; from: string } | { kind: 'wrong'; from: string } | { kind: 'unknown'; reason: string };

export function ComposeOutcome(props: { host: Host; snapshot: HostSnapshot; detection: Detection; message: ComposedMessage; now: Date; onAnother: () => void }) {
  const styles = useStyles();
  const { host, snapshot, detection } = props;
  const shared = detection.site?.address;
  const [from, setFrom] = useState<FromState>({ kind: 'checking' });
  const hours = nasAvailability(props.now);

  const check = useCallback(() => {
    if (snapshot.mode !== 'compose' || !shared) return;
    host.getFrom().then(
      (address) => setFrom(!address ? { kind: 'unknown', reason: 'Outlook did not say which address this email is from.' } : sameAddress(address, shared) ? { kind: 'ok', from: address } : { kind: 'wrong', from: address }),
      (error: unknown) => setFrom({ kind: 'unknown', reason: error instanceof Error ? error.message : 'Outlook could not read the From address.' }),
    );
  }, [host, shared, snapshot.mode]);

  useEffect(() => {
    check();
    const stop = host.subscribe((change) => change === 'from' && check());
    window.addEventListener('focus', check);
    return () => {
      stop();
      window.removeEventListener('focus', check);
    };
  }, [host, check]);

  return (
    <section className={styles.box} aria-label="Result">
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{snapshot.mode === 'compose' ? 'This email is filled in' : 'Your email is ready'}</MessageBarTitle>
          Check it, then press Send in Outlook. It goes to {props.message.to.join(', ')}.
        </MessageBarBody>
      </MessageBar>
      {shared && snapshot.mode === 'compose' && <FromMessage state={from} shared={shared} />}
      {shared && snapshot.mode !== 'compose' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Check the From line</MessageBarTitle>
            In the new email, make sure From shows <b>{shared}</b>. If it shows your own address, select From and choose {shared}.
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

function FromMessage({ state, shared }: { state: FromState; shared: string }) {
  if (state.kind === 'checking') return null;
  if (state.kind === 'ok') {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>From is {state.from}: the right mailbox.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{state.kind === 'wrong' ? `This email would be sent from ${state.from}` : 'Check the From line'}</MessageBarTitle>
        {state.kind === 'unknown' && `${state.reason} `}
        NAS needs it from the shared mailbox. Select <b>From</b> at the top of the email and choose <b>{shared}</b>. If you cannot see From: in Outlook for Windows choose
        Options, then From; in Outlook on the web or new Outlook choose the three dots (…), then Show From.
      </MessageBarBody>
    </MessageBar>
  );
}

// Diagnostics for a pilot: what this Outlook is and says, each mailbox signal read or refused, and
// whether the send guard can run here, with Copy diagnostics for the IT contact.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Host, HostDiagnostics, HostSnapshot } from '../../office/host';
import { diagnosticsRows, diagnosticsText } from './diagnosticsReport';
import { draftStoreFor } from '../lazy/drafts/draftStore';

const draftReport = (host: Host) => {
  const store = draftStoreFor(host.storage);
  return { ...store.diagnostics, trouble: store.trouble };
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  // Label above value: the pane can be 320 px wide.
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0 },
  group: { display: 'flex', flexDirection: 'column' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export default function Diagnostics(props: {
  host: Host;
  snapshot?: HostSnapshot;
  onClose: () => void;
  now?: () => Date;
  clipboard?: Pick<Clipboard, 'writeText'>;
}) {
  const styles = useStyles();
  const [info, setInfo] = useState<{ value?: HostDiagnostics; error?: string; done: boolean }>({ done: false });
  const [snapshot, setSnapshot] = useState<{ value?: HostSnapshot; error?: string }>({ value: props.snapshot });
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on what just opened.
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    const host = props.host;
    (host.diagnostics ? host.diagnostics() : Promise.reject(new Error('this host cannot say')))
      .then((value) => live && setInfo({ value, done: true }))
      .catch((e: unknown) => live && setInfo({ error: e instanceof Error ? e.message : 'no answer', done: true }));
    // A fresh reading, so the signals are the ones Outlook gives now.
    host
      .snapshot()
      .then((value) => live && setSnapshot({ value }))
      .catch((e: unknown) => live && setSnapshot((s) => ({ value: s.value, error: e instanceof Error ? e.message : 'no answer' })));
    return () => {
      live = false;
    };
  }, [props.host]);
  const rows = useMemo(
    () =>
      diagnosticsRows({
        hostName: props.host.name,
        info: info.value,
        infoError: info.error,
        snapshot: snapshot.value,
        snapshotError: snapshot.error,
        now: (props.now ?? (() => new Date()))(),
        drafts: draftReport(props.host),
      }),
    [props.host.name, info, snapshot, props.now],
  );
  const text = diagnosticsText(rows);
  const onCopy = async () => {
    try {
      const clipboard = props.clipboard ?? globalThis.navigator?.clipboard;
      if (!clipboard?.writeText) throw new Error('no clipboard');
      await clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section className={styles.root} aria-labelledby="nas-diagnostics-title">
      <h2 id="nas-diagnostics-title" ref={heading} tabIndex={-1}>
        Diagnostics
      </h2>
      <p>For your IT contact during the pilot. It shows mailbox addresses but no names or email content.</p>
      {!info.done && <p role="status">Asking Outlook…</p>}
      <dl className={styles.list}>
        {rows.map((r, i) => (
          <div key={`${r.label}-${i}`} className={styles.group}>
            <dt className={styles.term}>{r.label}</dt>
            <dd className={styles.value}>{r.value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void onCopy()}>
          Copy diagnostics
        </Button>
        <Button onClick={props.onClose}>Close diagnostics</Button>
      </div>
      <p role="status">
        {copy === 'copied'
          ? 'Diagnostics copied.'
          : copy === 'failed'
            ? 'Copying did not work here. Select the text below and copy it.'
            : ''}
      </p>
      {copy === 'failed' && <pre className={styles.text}>{text}</pre>}
    </section>
  );
}

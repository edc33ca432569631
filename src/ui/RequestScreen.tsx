// One request from start to finish: explanation, form, preview, compose, and what happens next.
// Loaded lazily: the action list does not need any of this to appear.

import { useEffect, useMemo, useRef, useState } from 'react';
import { useFocusOnMount } from './useFocusOnMount';
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { composeRequest, findKind, type ComposedMessage } from '../domain/compose';
import type { Detection } from '../domain/detectMailbox';
import type { EmailKind } from '../domain/requestKind';
import type { Host, HostSnapshot } from '../office/host';
import type { DeploymentOptions } from '../domain/recipients';
import { clearDraft, loadDraft, saveDraft } from '../office/localState';
import { emptyValues, type FormValues } from './formValues';
import { FormFields } from './RequestForm';
import { GuidedSteps } from './GuidedSteps';
import { ComposeOutcome } from './ComposeOutcome';
import { CopyFallback } from './CopyFallback';
import { SenderNote } from './SenderNote';
import { SiteNeeded } from './SiteNeeded';
import { OpenInOutlook } from './OpenInOutlook';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  // Focused when the screen opens (for screen readers); not interactive, so no focus ring.
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, ':focus': { outline: 'none' } },
  about: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  preview: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyBase, margin: 0 },
});

export interface RequestScreenProps {
  kindId: string;
  host: Host;
  snapshot: HostSnapshot;
  detection: Detection;
  onBack: () => void;
  onOpenKind: (id: string) => void;
  onComposed: () => void;
  now?: () => Date;
  deployment?: DeploymentOptions;
}

export default function RequestScreen(props: RequestScreenProps) {
  const styles = useStyles();
  const kind = findKind(props.kindId);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  if (!kind) return null;
  return (
    <div className={styles.screen}>
      <div className={styles.actions}>
        <Button appearance="subtle" onClick={props.onBack}>
          ← All requests
        </Button>
      </div>
      <h2 className={styles.title} ref={heading} tabIndex={-1}>
        {kind.title}
      </h2>
      <dl className={styles.about}>
        <dt className={styles.term}>When to use it</dt>
        <dd className={styles.detail}>{kind.explanation.when}</dd>
        <dt className={styles.term}>What NAS needs</dt>
        <dd className={styles.detail}>{kind.explanation.needs}</dd>
        <dt className={styles.term}>What happens next</dt>
        <dd className={styles.detail}>{kind.explanation.next}</dd>
      </dl>
      {kind.route === 'email' ? <EmailRequest {...props} kind={kind} /> : <GuidedSteps kind={kind} orgType={props.detection.site?.orgType} />}
    </div>
  );
}

type Stage = { name: 'form' } | { name: 'preview'; message: ComposedMessage; warnings: { code: string; message: string }[] } | { name: 'done'; message: ComposedMessage };

function EmailRequest(props: Omit<RequestScreenProps, 'kindId'> & { kind: EmailKind }) {
  const styles = useStyles();
  const { kind, host, detection, snapshot } = props;
  const now = props.now ?? (() => new Date());
  const restored = useMemo(() => loadDraft(host.storage, kind.id), [host, kind.id]);
  const prefill = useMemo((): Record<string, string> => (detection.site && 'odsCode' in kind.fields ? { odsCode: detection.site.odsCode } : {}), [detection.site, kind.fields]);
  const [values, setValues] = useState<FormValues>(() => (restored?.values as FormValues) ?? emptyValues(kind.fields, prefill));
  const [showRestored, setShowRestored] = useState(Boolean(restored));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(0);
  const [stage, setStage] = useState<Stage>({ name: 'form' });
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);

  const result = useMemo(
    () => composeRequest(kind.id, values, { mailbox: detection.mailbox, sharedMailbox: detection.site, now: now(), deployment: props.deployment }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [kind.id, values, detection],
  );
  const allErrors = useMemo(() => Object.fromEntries(result.ok ? [] : result.errors.map((e) => [e.path, e.message])), [result]);
  const shown = useMemo(() => Object.fromEntries(Object.entries(allErrors).filter(([path]) => submitted > 0 || touched.has(path) || path === '')), [allErrors, submitted, touched]);

  // Save as the user types; a short delay keeps typing smooth, and whatever is still waiting is
  // written at once when the pane closes or this screen goes, so the last keystrokes are kept too.
  const unsaved = useRef<FormValues | undefined>(undefined);
  const composed = useRef(false);
  useEffect(() => {
    unsaved.current = values;
    const timer = setTimeout(() => {
      saveDraft(host.storage, kind.id, values);
      unsaved.current = undefined;
    }, 250);
    return () => clearTimeout(timer);
  }, [host, kind.id, values]);
  useEffect(() => {
    const flush = () => {
      if (unsaved.current && !composed.current) saveDraft(host.storage, kind.id, unsaved.current);
      unsaved.current = undefined;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [host, kind.id]);

  // After a failed submit, move focus to the first field with an error.
  useEffect(() => {
    if (submitted === 0) return;
    // Only elements that can take focus: a radio group marks its wrapper invalid, so take its first option.
    const first = formRef.current?.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"], [aria-invalid="true"] input');
    first?.focus();
  }, [submitted]);

  const check = () => {
    setSubmitted((n) => n + 1);
    if (result.ok) setStage({ name: 'preview', message: result.message, warnings: result.warnings });
  };

  const send = async (message: ComposedMessage) => {
    setProblem(undefined);
    setBusy(snapshot.mode === 'compose' ? 'Filling in the email…' : 'Opening a new email…');
    try {
      if (snapshot.mode === 'compose') await host.fillCurrent(message);
      else await host.composeNew(message);
      composed.current = true;
      unsaved.current = undefined;
      clearDraft(host.storage, kind.id);
      props.onComposed();
      setStage({ name: 'done', message });
    } catch (error) {
      setProblem(`${error instanceof Error ? error.message : 'Outlook could not create the email.'} Your answers are kept. You can copy the request and paste it into a new email instead.`);
    } finally {
      setBusy(undefined);
    }
  };

  if (stage.name === 'done') {
    return <ComposeOutcome host={host} snapshot={snapshot} detection={detection} message={stage.message} now={now()} onAnother={props.onBack} />;
  }

  if (stage.name === 'preview') {
    const { message, warnings } = stage;
    return (
      <section aria-label="Preview" className={styles.about}>
        {warnings.map((w) => (
          <MessageBar key={w.code + w.message} intent="warning" layout="multiline">
            <MessageBarBody>{w.message}</MessageBarBody>
          </MessageBar>
        ))}
        <div className={styles.preview} tabIndex={0} aria-label="Email preview">
          <Caption1>To: {message.to.join('; ')}</Caption1>
          <Text weight="semibold">Subject: {message.subject}</Text>
          <pre className={styles.body}>{message.text}</pre>
        </div>
        {/* A tab (no mailbox item): Open in Outlook where TeamsJS cannot open the email, and the From guidance. */}
        {snapshot.mode === 'none' && <OpenInOutlook message={message} shared={detection.site?.address} canCompose={snapshot.capabilities.composeNew} />}
        {problem && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>The email was not created</MessageBarTitle>
              {problem}
            </MessageBarBody>
          </MessageBar>
        )}
        {busy && <Spinner size="small" label={busy} />}
        <SenderNote placement="actions" />
        {/* While Outlook is busy (or slow to answer), copying and changing answers stay available. */}
        <div className={styles.actions}>
          {snapshot.mode === 'compose' ? (
            <Button appearance="primary" onClick={() => send(message)} disabled={Boolean(busy) || !snapshot.capabilities.fillCurrent}>
              Fill this email
            </Button>
          ) : snapshot.mode === 'none' && !snapshot.capabilities.composeNew ? null : (
            <Button appearance="primary" onClick={() => send(message)} disabled={Boolean(busy) || !snapshot.capabilities.composeNew}>
              Create email
            </Button>
          )}
          <Button appearance="subtle" onClick={() => setStage({ name: 'form' })}>
            Change answers
          </Button>
        </div>
        <CopyFallback message={message} />
      </section>
    );
  }

  const formError = shown[''];
  const errorCount = Object.keys(allErrors).length;
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={kind.title}
      onSubmit={(event) => {
        event.preventDefault();
        check();
      }}
      className={styles.about}
    >
      {showRestored && (
        <MessageBar intent="info">
          <MessageBarBody>Your earlier answers were restored.</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => {
                clearDraft(host.storage, kind.id);
                setValues(emptyValues(kind.fields, prefill));
                setTouched(new Set());
                setSubmitted(0);
                setShowRestored(false);
              }}
            >
              Start again
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <SenderNote placement="form" />
      <SiteNeeded message={shown.site} />
      {formError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{formError}</MessageBarBody>
        </MessageBar>
      )}
      <FormFields
        fields={kind.fields}
        values={values}
        errors={shown}
        onChange={setValues}
        onBlur={(path) => setTouched((t) => new Set(t).add(path))}
        onTouch={(paths) => setTouched((t) => new Set([...t, ...paths]))}
        onOpenKind={props.onOpenKind}
      />
      {submitted > 0 && errorCount > 0 && (
        <div role="alert">
          <Caption1>
            {errorCount === 1 ? 'There is 1 problem to fix' : `There are ${errorCount} problems to fix`} before the email can be prepared.
          </Caption1>
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          Check and preview
        </Button>
      </div>
    </form>
  );
}

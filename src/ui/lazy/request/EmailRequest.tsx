// An email request from answers to outcome: form → preview → outcome. Draft saving is useDraft's.

import { useMemo, useState, type ReactNode } from 'react';
import { composeRequest, type ComposedMessage } from '../../../domain/compose';
import type { EmailKind } from '../../../domain/requestKind';
import { emptyValues } from './formValues';
import { ComposeOutcome } from './ComposeOutcome';
import { useDraft } from '../drafts/useDraft';
import { draftIdentity } from '../drafts/draftIdentity';
import { useKnownSite, withSite } from '../site/siteNames';
import type { RequestScreenProps } from './requestScreenProps';
import { FormStage } from './FormStage';
import { PreviewStage } from './PreviewStage';
import { DraftNotices } from './DraftNotices';
import { SiteNameField } from '../site/SiteNameField';
import { PrefilledNotice } from './prefilled';
import { usePrefilled } from './usePrefilled';

type Stage =
  | { name: 'form' }
  | { name: 'preview'; message: ComposedMessage; warnings: { code: string; message: string }[] }
  | { name: 'done'; message: ComposedMessage };

export function EmailRequest(props: Omit<RequestScreenProps, 'kindId'> & { kind: EmailKind; guidance?: ReactNode }) {
  const { kind, host, snapshot } = props;
  // A site name the user typed stands in where the display name could not be trusted.
  const knownSite = useKnownSite(host.storage, props.detection.site);
  const detection = useMemo(() => withSite(props.detection, knownSite), [props.detection, knownSite]);
  const now = props.now ?? (() => new Date());
  const prefill = useMemo(
    (): Record<string, string> => (detection.site && 'odsCode' in kind.fields ? { odsCode: detection.site.odsCode } : {}),
    [detection.site, kind.fields],
  );
  const blank = () => emptyValues(kind.fields, prefill);
  const start = usePrefilled(kind.fields, blank, props.initialValues, detection.mailbox, now);
  const draft = useDraft({ storage: host.storage, key: draftIdentity(kind.id, detection), fields: kind.fields, blank, start });
  const [generation, setGeneration] = useState(0);
  const [stage, setStage] = useState<Stage>({ name: 'form' });
  // Bumped when the form should take focus at its first field: back from the preview (*Change
  // answers*), after *Start again*, after choosing which saved answers to keep.
  const [focusForm, setFocusForm] = useState(0);
  const refocus = () => setFocusForm((n) => n + 1);
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const result = useMemo(
    () =>
      composeRequest(kind.id, draft.values, {
        mailbox: detection.mailbox,
        sharedMailbox: detection.site,
        now: now(),
        deployment: props.deployment,
      }),
    // The clock is read when the answers change, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [kind.id, draft.values, detection],
  );
  const errors = useMemo(() => Object.fromEntries(result.ok ? [] : result.errors.map((e) => [e.path, e.message])), [result]);

  const send = async (message: ComposedMessage) => {
    setProblem(undefined);
    setBusy(snapshot.mode === 'compose' ? 'Filling in the email…' : 'Opening a new email…');
    try {
      if (snapshot.mode === 'compose') await host.fillCurrent(message);
      else await host.composeNew(message);
      draft.composed();
      props.onComposed();
      setStage({ name: 'done', message });
    } catch (error) {
      setProblem(
        `${error instanceof Error ? error.message : 'Outlook could not create the email.'} Your answers are kept. You can copy the request and paste it into a new email instead.`,
      );
    } finally {
      setBusy(undefined);
    }
  };

  if (stage.name === 'done') {
    return (
      <ComposeOutcome
        host={host}
        snapshot={snapshot}
        detection={detection}
        message={stage.message}
        now={now()}
        onAnother={props.onBack}
        next={kind.explanation.next}
      />
    );
  }
  if (stage.name === 'preview') {
    const { message } = stage;
    return (
      <PreviewStage
        message={message}
        warnings={stage.warnings}
        snapshot={snapshot}
        shared={detection.site?.address}
        busy={busy}
        problem={problem}
        onSend={() => void send(message)}
        onChange={() => {
          refocus();
          setStage({ name: 'form' });
        }}
      />
    );
  }
  const notices = (
    <>
      {props.guidance}
      {/* The display name was not trusted: the site's name can be typed once for this mailbox. */}
      {props.detection.site && <SiteNameField storage={host.storage} site={props.detection.site} />}
      {start && <PrefilledNotice />}
      <DraftNotices
        draft={draft}
        onStartAgain={() => {
          draft.startAgain();
          setGeneration((g) => g + 1);
          refocus();
        }}
        onSettled={refocus}
      />
    </>
  );
  return (
    <FormStage
      kind={kind}
      values={draft.values}
      onChange={draft.setValues}
      errors={errors}
      notices={notices}
      generation={generation}
      focusFirst={focusForm}
      onOpenKind={props.onOpenKind}
      onValid={() => result.ok && setStage({ name: 'preview', message: result.message, warnings: result.warnings })}
    />
  );
}

// The preview stage: exactly what will be sent, then create (or fill) the email, copy, or go back.

import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import type { ComposedMessage } from '../../../domain/compose';
import type { HostSnapshot } from '../../../office/host';
import { useRequestStyles } from './useRequestStyles';
import { CopyFallback } from './CopyFallback';
import { SenderNote } from './SenderNote';
import { OpenInOutlook } from './OpenInOutlook';
import { useFocusOnMount } from '../useFocusOnMount';

export interface PreviewStageProps {
  message: ComposedMessage;
  warnings: { code: string; message: string }[];
  snapshot: HostSnapshot;
  /** The site's shared mailbox address, for the From guidance in a tab. */
  shared?: string;
  busy?: string;
  problem?: string;
  onSend: () => void;
  onChange: () => void;
}

export function PreviewStage(props: PreviewStageProps) {
  const styles = useRequestStyles();
  const { message, warnings, snapshot } = props;
  // After *Check and preview* the button pressed has gone: focus goes to this heading.
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="preview-heading" className={styles.stack}>
      <h3 id="preview-heading" ref={heading} tabIndex={-1} className={styles.stageTitle}>
        Preview
      </h3>
      {warnings.map((w) => (
        <MessageBar key={w.code + w.message} intent="warning" layout="multiline">
          <MessageBarBody>{w.message}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.preview} tabIndex={0} role="region" aria-label="Email preview">
        <Caption1>To: {message.to.join('; ')}</Caption1>
        <Text weight="semibold">Subject: {message.subject}</Text>
        <pre className={styles.body}>{message.text}</pre>
      </div>
      {/* A tab (no mailbox item): Open in Outlook where TeamsJS cannot open the email, and the From guidance. */}
      {snapshot.mode === 'none' && <OpenInOutlook message={message} shared={props.shared} canCompose={snapshot.capabilities.composeNew} />}
      {props.problem && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The email was not created</MessageBarTitle>
            {props.problem}
          </MessageBarBody>
        </MessageBar>
      )}
      {props.busy && <Spinner size="small" label={props.busy} />}
      <SenderNote placement="actions" />
      {/* While Outlook is busy (or slow to answer), copying and changing answers stay available. */}
      <div className={styles.actions}>
        {snapshot.mode === 'compose' ? (
          <Button appearance="primary" onClick={props.onSend} disabled={Boolean(props.busy) || !snapshot.capabilities.fillCurrent}>
            Fill this email
          </Button>
        ) : snapshot.mode === 'none' && !snapshot.capabilities.composeNew ? null : (
          <Button appearance="primary" onClick={props.onSend} disabled={Boolean(props.busy) || !snapshot.capabilities.composeNew}>
            Create email
          </Button>
        )}
        <Button appearance="subtle" onClick={props.onChange}>
          Change answers
        </Button>
      </div>
      <CopyFallback message={message} />
    </section>
  );
}

// When Outlook cannot create or fill the email (or the person prefers to): copy each part on its
// own, and say where each one goes. Available at all times, including while a host call is pending.

import { useState } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { ComposedMessage } from '../../../domain/compose';
import { copyContent, copyParts, type CopyPart } from '../clipboard';
import { useSenderCheck } from '../../shell/senderCheck';
import { copySender } from '../../shell/senderWording';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const labels: Record<CopyPart, string> = { address: 'Copy address', subject: 'Copy subject', message: 'Copy message' };
const done: Record<CopyPart, string> = {
  address: 'Address copied: paste it into To.',
  subject: 'Subject copied: paste it into Subject.',
  message: 'Message copied: paste it into the body of the email.',
};

export function CopyFallback(props: { message: ComposedMessage }) {
  const styles = useStyles();
  const check = useSenderCheck();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const sender = copySender(check);
  const copy = async (part: CopyPart) => {
    try {
      await copyContent(copyParts[part](props.message));
      setStatus({ ok: true, text: done[part] });
    } catch {
      setStatus({ ok: false, text: 'Copying was blocked by the browser. Select the text in the preview and copy it with Ctrl+C.' });
    }
  };
  return (
    <section className={styles.box} aria-label="Copy instead">
      <Caption1 block>
        Or copy it into a new email
        {sender ? (
          <>
            {' '}
            from <b>{sender}</b>
          </>
        ) : null}
        : the address goes in To, the subject in Subject, the message in the body.
      </Caption1>
      <div className={styles.buttons}>
        {(Object.keys(labels) as CopyPart[]).map((part) => (
          <Button key={part} size="small" onClick={() => void copy(part)}>
            {labels[part]}
          </Button>
        ))}
      </div>
      <div role="status">
        {status && (
          <MessageBar intent={status.ok ? 'success' : 'error'} layout="multiline">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}

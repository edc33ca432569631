// The tab's way to the email. Where TeamsJS can open an Outlook email (the tab inside Outlook) the
// request screen's Create email does it; elsewhere (Teams, the Microsoft 365 app) "Open in Outlook"
// is a mailto: link when the request fits in one, and otherwise the copy buttons below
// (CopyFallback) are the way. Either way, the From guidance: the email must go from the shared mailbox.
import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ComposedMessage } from '../../../domain/compose';
import { safeMailtoUrl } from '../../../domain/mailto';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function OpenInOutlook(props: { message: ComposedMessage; shared?: string; canCompose: boolean }) {
  const styles = useStyles();
  const url = props.canCompose ? undefined : safeMailtoUrl(props.message);
  return (
    <section className={styles.box} aria-label="Send it from Outlook">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Send it from the shared mailbox</MessageBarTitle>
          {props.shared ? (
            <>
              In Outlook, make sure From shows <b>{props.shared}</b>. If it shows your own address, select From and choose {props.shared}.
            </>
          ) : (
            <>In Outlook, make sure From shows your site&apos;s shared mailbox, not your own address.</>
          )}{' '}
          If you cannot see From: in Outlook for Windows choose Options, then From; in Outlook on the web or new Outlook choose the three
          dots (…), then Show From.
        </MessageBarBody>
      </MessageBar>
      {!props.canCompose &&
        (url ? (
          <div className={styles.row}>
            <Button as="a" appearance="primary" href={url} target="_blank" rel="noreferrer">
              Open in Outlook
            </Button>
          </div>
        ) : (
          <Caption1 block>
            This request is too long to open in Outlook as a link: copy the address, subject and message below into a new email instead.
          </Caption1>
        ))}
    </section>
  );
}

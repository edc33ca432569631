// Read mode: *Create email* opens a new email whose From Outlook chooses (often the person's own
// address). When the mailbox in use is not known to be the right one for this request, the form
// says so at the top, and again next to *Create email*, with how to pick the right From.
// Compose mode has the From bar instead (it reads the real From). Which note, if any: senderWording.ts.

import { Caption1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { FromHowTo } from '../../shell/FromHowTo';
import { useSenderCheck } from '../../shell/senderCheck';
import { senderNote } from '../../shell/senderWording';

export function SenderNote(props: { placement: 'form' | 'actions' }) {
  const note = senderNote(useSenderCheck());
  if (note?.kind === 'shared') {
    const { site } = note;
    if (props.placement === 'actions') {
      return (
        <Caption1 block>
          Send it from <b>{site}</b>: in the new email, choose it in From before you press Send.
        </Caption1>
      );
    }
    return (
      <section aria-label="Who sends this">
        <MessageBar intent="warning" layout="multiline" data-intent="warning">
          <MessageBarBody>
            <MessageBarTitle>This email must be sent from {site}</MessageBarTitle>
            <div>
              NAS acts on it only when it comes from the site&apos;s shared mailbox. <i>Create email</i> opens a new email that may start
              with your own address in From: choose {site} there.
            </div>
            <FromHowTo address={site} />
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  if (note?.kind === 'personal') {
    const { own } = note;
    if (props.placement === 'actions') {
      return (
        <Caption1 block>
          Send it from <b>{own}</b>, not the shared mailbox: choose it in From in the new email.
        </Caption1>
      );
    }
    return (
      <section aria-label="Who sends this">
        <MessageBar intent="warning" layout="multiline" data-intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Send this from your own account</MessageBarTitle>
            <div>
              This request comes from your own NHSmail account ({own}), not the shared mailbox {note.from}.
            </div>
            <FromHowTo address={own} />
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  return null;
}

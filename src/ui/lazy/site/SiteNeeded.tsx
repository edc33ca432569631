// The engine refuses a request that needs the site when none is known (error at path `site`, e.g.
// a branch of a request that speaks for the site). The form then asks for the site in place.

import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import MailboxPicker from './MailboxPicker';
import { useSenderCheck } from '../../shell/senderCheck';

export function SiteNeeded(props: { message?: string }) {
  const check = useSenderCheck();
  if (!props.message) return null;
  return (
    <section aria-label="Which site is this for?">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Which site is this for?</MessageBarTitle>
          {props.message}
        </MessageBarBody>
      </MessageBar>
      {check?.chooseSite && (
        <MailboxPicker
          name="Which site is this for?"
          remembered={check.remembered ?? []}
          onChoose={check.chooseSite}
          submitLabel="Use this site"
        />
      )}
    </section>
  );
}

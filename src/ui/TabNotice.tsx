// The tab (Teams, Outlook's app bar, the Microsoft 365 app) has no mailbox item: it prepares the
// request, and the email is sent from Outlook, from the site's shared mailbox.
import { LazyNotice } from './LazyNotice';

export function TabNotice(props: { site?: string }) {
  return (
    <LazyNotice intent="info" title="Send requests from Outlook">
      This tab prepares NAS requests, but each email must be sent from Outlook, from the site&apos;s shared mailbox
      {props.site ? (
        <>
          {' '}
          (<b>{props.site}</b>)
        </>
      ) : (
        ' (care., pharmacy., dental. or optometry. followed by your ODS code)'
      )}
      : that is how NAS knows the request comes from the site. A tab cannot see which mailbox is open in Outlook, so{' '}
      {props.site ? 'check that the shared mailbox above is right.' : 'enter your shared mailbox above.'}
    </LazyNotice>
  );
}

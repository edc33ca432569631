// The pane has no mailbox item. In the tab (Teams, Outlook's app bar, the Microsoft 365 app) there
// never is one: it prepares the request, and the email is sent from Outlook, from the site's shared
// mailbox. In Outlook, Office.context.mailbox.item is null when no email is selected (a pinned pane)
// and in mailboxes Outlook does not open add-ins in (NHSmail local administrators can hide a shared
// mailbox from the address book): the words say so, not the tab's.
import { LazyNotice } from './LazyNotice';
import type { Host } from '../../office/host';

const siteWords = (site: string | undefined) =>
  site ? (
    <>
      {' '}
      (<b>{site}</b>)
    </>
  ) : (
    ' (care., pharmacy., dental. or optometry. followed by your ODS code)'
  );

export function TabNotice(props: { site?: string; host?: Host['name'] }) {
  if (props.host && props.host !== 'teams')
    return (
      <LazyNotice intent="info" title="No email selected">
        Outlook has not given NAS Assistant an email to look at: none is selected, or this mailbox is one Outlook does not open add-ins in
        (for example a shared mailbox hidden from the address book). You can still prepare a request here; send it from the site&apos;s
        shared mailbox{siteWords(props.site)}. To have the site found for you, select an email in that shared mailbox, or start a new email
        from it, and open NAS Assistant there.
      </LazyNotice>
    );
  return (
    <LazyNotice intent="info" title="Send requests from Outlook">
      This tab prepares NAS requests, but each email must be sent from Outlook, from the site&apos;s shared mailbox
      {siteWords(props.site)}: that is how NAS knows the request comes from the site. A tab cannot see which mailbox is open in Outlook, so{' '}
      {props.site ? 'check that the shared mailbox above is right.' : 'enter your shared mailbox above.'}
    </LazyNotice>
  );
}

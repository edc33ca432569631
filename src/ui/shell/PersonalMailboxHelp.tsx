import { LazyNotice } from './LazyNotice';

/** Shown when no shared mailbox is known: which requests need it, and how to open it. */
/** `address` only when Outlook said the mailbox in use is the person's own. */
export function PersonalMailboxHelp(props: { address?: string }) {
  return (
    <LazyNotice
      intent="info"
      title={props.address ? `You are in your own mailbox (${props.address})` : 'Requests about your site come from its shared mailbox'}
    >
      Most requests must be sent from your site&apos;s shared mailbox (care., pharmacy., dental. or optometry. followed by your ODS code):
      that is how NAS knows the request comes from the site. Each request&apos;s form says which mailbox to send it from.
      <ul>
        <li>
          <b>Outlook for Windows or Mac:</b> the shared mailbox usually appears in the folder list below your own. Select a message in it,
          then open NAS Assistant again.
        </li>
        <li>
          <b>Outlook on the web or new Outlook:</b> right-click <i>Folders</i> and choose <i>Add shared folder or mailbox</i>, then select a
          message in it.
        </li>
      </ul>
      If it is not there at all, ask your shared mailbox owner to add you.
    </LazyNotice>
  );
}

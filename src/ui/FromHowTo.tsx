// How to pick an address in From, for each Outlook a site may use. Office.js cannot set From
// (office-js #1235), so the pane can only say where it is.

export function FromHowTo(props: { address: string }) {
  const a = <b>{props.address}</b>;
  return (
    <ul aria-label="How to pick it in From">
      <li>
        <b>Classic Outlook for Windows:</b> in the email, select <b>From</b> and choose {a}. No From button? Choose <i>Options</i>, then <i>From</i>. Not in the list?
        Choose <i>Other email address</i> and type it.
      </li>
      <li>
        <b>New Outlook:</b> select <b>From</b> at the top of the email and choose {a}. No From? Choose <i>Options</i>, then <i>Show From</i>. Not in the list? Choose{' '}
        <i>Other email address</i> and type it.
      </li>
      <li>
        <b>Outlook on the web:</b> the same as new Outlook; in older versions <i>Show From</i> is under the three dots (…).
      </li>
    </ul>
  );
}

/** The error composeRequest gives, at path `site`, when a request the site must send names no site. */
export const siteMissingMessage =
  "Which site is this for? Enter the site's shared mailbox address or ODS code. This request must be sent from that shared mailbox.";

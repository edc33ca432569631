// NHSmail tickets are ServiceNow records: an incident (INC), a requested item (RITM) or a request
// (REQ), followed by seven or more digits, such as INC0123456.

const ticketPattern = /(?<![A-Za-z0-9])(INC|RITM|REQ)(\d{7,10})(?![A-Za-z0-9])/i;

/** The first ticket reference in the subject, else in the body; upper case. */
export function findTicketReference(subject: string, body: string): string | undefined {
  const m = ticketPattern.exec(subject) ?? ticketPattern.exec(body);
  return m ? `${m[1]!.toUpperCase()}${m[2]}` : undefined;
}

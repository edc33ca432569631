// NHSmail tickets are ServiceNow records: an incident (INC), a requested item (RITM) or a request
// (REQ), followed by seven or more digits, such as INC0123456.

// Built on each call, never once at load, so mutation testing reaches it (docs/testing.md, "Static mutants").
function ticketPattern(): RegExp {
  return /(?<![A-Za-z0-9])(INC|RITM|REQ)(\d{7,10})(?![A-Za-z0-9])/i;
}

/** The first ticket reference in the subject, else in the body; upper case. */
export function findTicketReference(subject: string, body: string): string | undefined {
  const m = ticketPattern().exec(subject) ?? ticketPattern().exec(body);
  return m ? `${m[1]!.toUpperCase()}${m[2]}` : undefined;
}

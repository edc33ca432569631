// "Open in Outlook" from a tab where TeamsJS cannot open an email: a mailto: link (RFC 6068) with
// To, Cc, subject and the text body. There is no standard limit, but Chromium-based browsers (the
// Teams and new Outlook webviews among them) stop opening mailto: links at about 2,000 characters
// and Internet Explorer-era components at 2,083, so a link longer than 2,000 characters is not
// offered at all: the user copies the request instead. A cut-short request is worse than none.

export const mailtoMaxLength = 2000;

export interface MailtoMessage {
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  text: string;
}

/** Percent-encodes everything but unreserved characters; line breaks become CRLF (%0D%0A) as RFC 6068 asks. */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/\r\n|\r|\n/g, '\r\n'));
}

/** Addresses keep their @ (RFC 6068 allows it unencoded); anything else unusual is encoded. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address.trim()).replace(/%40/g, '@');
}

/** The whole link, however long. */
export function mailtoUrl(message: MailtoMessage): string {
  const query = [
    ...(message.cc.length ? [`cc=${message.cc.map(encodeAddress).join(',')}`] : []),
    `subject=${encode(message.subject)}`,
    `body=${encode(message.text)}`,
  ];
  return `mailto:${message.to.map(encodeAddress).join(',')}?${query.join('&')}`;
}

/** The link if it is short enough to open safely everywhere, otherwise undefined (copy instead). */
export function safeMailtoUrl(message: MailtoMessage, maxLength = mailtoMaxLength): string | undefined {
  const url = mailtoUrl(message);
  return url.length <= maxLength ? url : undefined;
}

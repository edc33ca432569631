import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { mailtoMaxLength, mailtoUrl, safeMailtoUrl } from './mailto';
import { composeRequest } from './compose';
import { exampleInputs, exampleMailbox, exampleNow } from './examples';
import { identifyMailbox } from './mailboxIdentity';

const message = { to: ['helpdesk@nhs.net'], cc: [], subject: 'New user accounts – VN6C2 – Sunrise House', text: 'Line one\nLine & two?' };

describe('mailto: links for Open in Outlook', () => {
  test('To, subject and text body, percent-encoded, line breaks as CRLF', () => {
    expect(mailtoUrl(message)).toBe(
      'mailto:helpdesk@nhs.net?subject=New%20user%20accounts%20%E2%80%93%20VN6C2%20%E2%80%93%20Sunrise%20House&body=Line%20one%0D%0ALine%20%26%20two%3F',
    );
  });
  test('Cc when there is one', () => {
    expect(mailtoUrl({ ...message, to: ['feedback@nhs.net'], cc: ['helpdesk@nhs.net'] })).toMatch(
      /^mailto:feedback@nhs\.net\?cc=helpdesk@nhs\.net&subject=/,
    );
  });
  test('the limit is 2,000 characters for the whole link: at 2,000 it is offered, at 2,001 it is not', () => {
    expect(mailtoMaxLength).toBe(2000);
    const base = mailtoUrl({ ...message, text: '' }).length;
    expect(safeMailtoUrl({ ...message, text: 'a'.repeat(2000 - base) })).toHaveLength(2000);
    expect(safeMailtoUrl({ ...message, text: 'a'.repeat(2001 - base) })).toBeUndefined();
  });
  test('the link decodes back to exactly the subject and body (any text)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, text) => {
        const url = new URL(mailtoUrl({ ...message, subject, text }));
        const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
        expect(params.get('subject')).toBe(subject.replace(/\r\n|\r|\n/g, '\r\n'));
        expect(params.get('body')).toBe(text.replace(/\r\n|\r|\n/g, '\r\n'));
      }),
    );
  });
  test('a typical request fits; a long add-user list does not and falls back to copying', () => {
    const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
    const leaver = composeRequest('leaver', exampleInputs.leaver, { mailbox, now: exampleNow });
    expect(leaver.ok).toBe(true);
    expect(leaver.ok && safeMailtoUrl(leaver.message)).toMatch(/^mailto:helpdesk@nhs\.net\?/);
    expect(safeMailtoUrl({ ...message, text: 'Name: Somebody Long, mobile 07700 900123\n'.repeat(60) })).toBeUndefined();
  });
});

describe('mailtoUrl addresses', () => {
  test('several To and Cc addresses are joined with commas, each trimmed', () => {
    expect(
      mailtoUrl({ to: [' helpdesk@nhs.net ', 'optomadmin@nhs.net'], cc: ['care.vn6c2@nhs.net', ' a.b@nhs.net'], subject: 'S', text: 'T' }),
    ).toBe('mailto:helpdesk@nhs.net,optomadmin@nhs.net?cc=care.vn6c2@nhs.net,a.b@nhs.net&subject=S&body=T');
  });
});

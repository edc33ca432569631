// The banner says what is known when Outlook names no mailbox ("Outlook did not
// say which mailbox this is" appeared for a plain personal mailbox and in the Teams tab).
import { describe, expect, test } from 'vitest';
import { unknownMailboxWords } from './mailboxWording';

const user = (address: string) => [{ source: 'user-profile' as const, address }];

describe('unknownMailboxWords', () => {
  test('the tab (Teams, the app bar) has no mailbox: it says so, and claims nothing about Outlook', () => {
    const words = unknownMailboxWords({ mode: 'none', signals: user('amira.khan3@nhs.net') });
    expect(words).toEqual({ heading: 'This tab cannot see a mailbox' });
    expect(JSON.stringify(words)).not.toContain('Outlook');
  });
  test('a personal account signed in: that account, and that Outlook named no shared mailbox for the item', () => {
    expect(unknownMailboxWords({ mode: 'read', signals: user('Amira.Khan3@nhs.net ') })).toEqual({
      heading: 'Signed in as amira.khan3@nhs.net',
      caption: 'Outlook named no shared mailbox for this message.',
    });
    expect(unknownMailboxWords({ mode: 'compose', signals: user('amira.khan3@nhs.net') }).caption).toBe(
      'Outlook named no shared mailbox for this email.',
    );
  });
  test('nobody known, or a signed-in account that is not a person’s: Outlook did not say', () => {
    const notSaid = { heading: 'Outlook did not say which mailbox this is', caption: 'Outlook did not say which mailbox this is.' };
    expect(unknownMailboxWords({ mode: 'read', signals: user('') })).toEqual(notSaid);
    expect(unknownMailboxWords({ mode: 'compose', signals: user('  ') })).toEqual(notSaid);
    expect(unknownMailboxWords({ mode: 'read', signals: user('someone@example.com') })).toEqual(notSaid);
    // Outlook refused the signed-in account: no user-profile signal (other signals do not count).
    expect(unknownMailboxWords({ mode: 'read', signals: [] })).toEqual(notSaid);
    expect(unknownMailboxWords({ mode: 'compose', signals: [{ source: 'from', address: 'amira.khan3@nhs.net' }] })).toEqual(notSaid);
  });
});

// Checks the pieces the email kinds share: how the mailbox is named,
// duplicates skipping blank answers, the not-own-account and parent-code warnings, and the
// accounts-per-site warning's wording for one account.
import { describe, expect, test } from 'vitest';
import { identifyMailbox } from '../mailboxIdentity';
import { duplicates, notOwnAccountWarning, ourMailbox, overSiteLimitWarning, parentCodeWarning } from './common';

const now = new Date('2026-11-20T10:00:00Z');
const personal = identifyMailbox('amira.khan3@nhs.net');

describe('ourMailbox', () => {
  test('named with its address when known', () => {
    expect(ourMailbox({ mailbox: personal, now, sharedAddress: 'care.vn6c2@nhs.net' })).toBe('our shared mailbox, care.vn6c2@nhs.net');
    expect(ourMailbox({ mailbox: personal, now })).toBe("our site's shared mailbox");
  });
});

describe('duplicates', () => {
  test('blank answers are not duplicates of each other', () => {
    const items = [{ k: '' }, { k: undefined }, { k: '' }, { k: 'a' }, { k: 'a' }];
    expect(
      duplicates(
        items,
        (x) => x.k,
        (i) => `p.${i}`,
        'mobile number',
      ),
    ).toEqual([{ path: 'p.4', message: 'This mobile number is also given for person 4. Each person needs their own mobile number.' }]);
  });
});

describe('notOwnAccountWarning', () => {
  test("from a personal account about someone else's address, naming both", () => {
    expect(notOwnAccountWarning('Sarah.Bell7@nhs.net', { now, mailbox: personal })).toEqual([
      {
        code: 'not-own-account',
        message:
          'This asks about Sarah.Bell7@nhs.net but is written from amira.khan3@nhs.net. From your own account NAS acts only on requests about your own account; for anyone else, send it from the shared mailbox.',
      },
    ]);
    expect(notOwnAccountWarning('Amira.Khan3@nhs.net', { now, mailbox: personal })).toEqual([]);
    expect(notOwnAccountWarning('sarah.bell7@nhs.net', { now, mailbox: identifyMailbox('care.vn6c2@nhs.net') })).toEqual([]);
  });
});

describe('parentCodeWarning', () => {
  const parent = (code: string) => [
    {
      code: 'ods-parent-code',
      message: `${code} looks like a parent organisation's code (they usually begin with A). NAS needs the site's own code, usually the one in the shared mailbox address.`,
    },
  ];
  test('exactly A and three letters or digits', () => {
    expect(parentCodeWarning('A1B2')).toEqual(parent('A1B2'));
    expect(parentCodeWarning('AXY')).toEqual([]);
    expect(parentCodeWarning('A1B23')).toEqual([]);
    expect(parentCodeWarning('VA1B2')).toEqual([]);
    expect(parentCodeWarning('VN6C2')).toEqual([]);
    expect(parentCodeWarning(undefined)).toEqual([]);
    expect(parentCodeWarning('')).toEqual([]);
  });
});

describe('overSiteLimitWarning', () => {
  test('"1 account" in the singular, more in the plural; exactly 10 in all is fine', () => {
    expect(overSiteLimitWarning(1, 10)).toEqual([
      {
        code: 'over-ten-per-site',
        message:
          "The site has 1 account now; with 10 more it would have 11. NAS sets up at most 10 accounts for a site, so ask for the extra accounts first with 'Ask for more than 10 accounts'.",
      },
    ]);
    expect(overSiteLimitWarning(9, 2)[0]!.message.startsWith('The site has 9 accounts now; with 2 more it would have 11.')).toBe(true);
    expect(overSiteLimitWarning(8, 2)).toEqual([]);
    expect(overSiteLimitWarning(undefined, 12)).toEqual([]);
  });
});

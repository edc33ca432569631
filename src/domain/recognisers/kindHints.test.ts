import { describe, expect, test } from 'vitest';
import type { KindId } from '../kindIndex';
import { kindFromText, kindHints } from './kindHints';

// Which request a NAS message is about, from its words: every hint, each of its wordings (with and
// without the optional words), and the order that settles a message matching two hints.
const wordings: [string, KindId][] = [
  ['Request for more than 10 accounts', 'more-accounts'],
  ['Over ten new starters', 'more-accounts'],
  ['Additional accounts for the home', 'more-accounts'],
  ['Extra user accounts', 'more-accounts'],
  ['Sponsored shared mailbox', 'sponsored-transfer'],
  ['Shared mailbox transfer', 'sponsored-transfer'],
  ['Acquisition of the home', 'close-acquisition'],
  ['Closing shared mailbox', 'close-acquisition'],
  ['Close our shared mailbox', 'close-acquisition'],
  ['ODS code change', 'ods-rename'],
  ['Rename shared mailbox', 'ods-rename'],
  ['Rename the shared mailbox', 'ods-rename'],
  ['Change of registration', 'ods-rename'],
  ['ODS code query', 'ods-query'],
  ['DSPT', 'ods-query'],
  ['Owner authentication', 'reset-owner-vouched'],
  ['Vouching for a colleague', 'reset-owner-vouched'],
  ['Password reset', 'reset-new-mobile'],
  ['New mobile number', 'reset-new-mobile'],
  ['Reinstate account', 'reinstate-account'],
  ['Restore the account that was deleted', 'reinstate-account'],
  ['Restoration of the account, since deleted', 'reinstate-account'],
  ['Deleted account', 'reinstate-account'],
  ['Owner change', 'owner-change'],
  ['Owner rights', 'owner-change'],
  ['New owner', 'owner-change'],
  ['Audit', 'audit'],
  ['Microsoft Teams', 'teams-request'],
  ['Teams team', 'teams-request'],
  ['Name change', 'name-change'],
  ['Change of name', 'name-change'],
  ['Disable account', 'disable-account'],
  ['Disabling their account', 'disable-account'],
  ['Enable account', 'enable-account'],
  ['Reenable the account', 'enable-account'],
  ['Re-enabled this account', 'enable-account'],
  ['Shared mailbox not received', 'missing-shared-access'],
  ['Personal account not received', 'missing-personal-account'],
  ['Joiner', 'add-joiner'],
  ['Joiners', 'add-joiner'],
  ['Mark my account as a leaver', 'leaver-self'],
  ['Mark my own account as a leaver', 'leaver-self'],
  ['Leaver', 'leaver'],
  ['Leavers', 'leaver'],
  ['New account', 'add-user'],
  ['New user accounts', 'add-user'],
  ['New user', 'add-user'],
  ['New users', 'add-user'],
  ['Escalation', 'escalation'],
];

describe('kindFromText: the request a NAS message is about', () => {
  test.each(wordings)('"%s" is about %s', (subject, kind) => {
    expect(kindFromText(subject, '')).toBe(kind);
    expect(kindFromText('', subject)).toBe(kind);
  });

  test('every hint has a wording above, and every kind is hinted once', () => {
    const hinted = kindHints().map((h) => h.kind);
    expect(new Set(wordings.map(([, kind]) => kind))).toEqual(new Set(hinted));
    expect(new Set(hinted).size).toBe(hinted.length);
  });

  test('words that name no request give no kind', () => {
    expect(kindFromText('Thank you', 'We have received your email.')).toBeUndefined();
    expect(kindFromText('', '')).toBeUndefined();
    // Near misses: the words the hints look for, not merely their letters.
    expect(kindFromText('Restore the account', 'It was never removed.')).toBeUndefined();
    expect(kindFromText('Restore the shared mailbox settings for the site we run at the weekend, not deleted', '')).toBeUndefined();
    expect(kindFromText('Enabled', 'Disabled')).toBeUndefined();
  });

  test('the more specific wording wins when a message matches two hints', () => {
    expect(kindFromText('More than 10 new accounts', '')).toBe('more-accounts');
    expect(kindFromText('Mark my account as a leaver', '')).toBe('leaver-self');
    expect(kindFromText('New owner for the new users', '')).toBe('owner-change');
    expect(kindFromText('Joiners and leavers', '')).toBe('add-joiner');
    expect(kindFromText('Escalation: password reset', '')).toBe('reset-new-mobile');
  });

  test('the subject is read first, and the body only when the subject says nothing', () => {
    expect(kindFromText('Leaver', 'We also have a new joiner')).toBe('leaver');
    expect(kindFromText('RE: your email', 'We also have a new joiner')).toBe('add-joiner');
  });

  test('capitals make no difference', () => {
    expect(kindFromText('PASSWORD RESET', '')).toBe('reset-new-mobile');
    expect(kindFromText('', 'MICROSOFT TEAMS')).toBe('teams-request');
  });
});

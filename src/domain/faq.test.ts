import { describe, expect, test } from 'vitest';
import { faq, searchFaq } from './faq';
import { requestKinds } from './catalogue';

describe('FAQ', () => {
  test('every answer links only to actions that exist, and ids are unique', () => {
    const ids = new Set(requestKinds.map((k) => k.id));
    for (const entry of faq) for (const action of entry.actions) expect(ids.has(action), `${entry.id} → ${action}`).toBe(true);
    expect(new Set(faq.map((f) => f.id)).size).toBe(faq.length);
  });

  test('every email and phone action is reachable from at least one answer', () => {
    const linked = new Set(faq.flatMap((f) => f.actions));
    for (const kind of requestKinds) expect(linked.has(kind.id), kind.id).toBe(true);
  });

  test('each seed document is answered', () => {
    for (const seed of ['000', '001', '002', '003', '004'] as const)
      expect(faq.filter((f) => f.sources.includes(seed)).length, seed).toBeGreaterThan(3);
  });

  // One search per question in the seed documents (000–004), by its topic: each must find its answer.
  test.each([
    ['mobile phone number needed', 'why-mobile'],
    ['temporary password', 'activate'],
    ['take my mobile to work', 'no-mobile-at-work'],
    ['disable', 'disable'],
    ['enable', 'enable'],
    ['forgotten my password', 'no-password-no-mobile'],
    ['unlock', 'reset'],
    ['how many people', 'who-access'],
    ['add new staff', 'add-users'],
    ['owner', 'what-is-owner'],
    ['send as', 'permissions'],
    ["can't send from the shared mailbox", 'cannot-send'],
    ['change it', 'naming'],
    ["owner's mobile", 'owner-mobile'],
    ['more than 10 accounts', 'more-than-ten'],
    ['already have an NHSmail account', 'already-have-account'],
    ['every 30 days', 'how-often'],
    ['quota', 'quota'],
    ['Outlook desktop', 'outlook-desktop'],
    ['attachments', 'attachments'],
    ['name changes', 'name-change'],
    ['Data Security and Protection Toolkit', 'dspt'],
    ['joining an organisation', 'joining'],
    ["I'm leaving", 'leaving'],
    ['CQC Location ID', 'cqc-ids'],
    ['find my ODS code', 'find-ods'],
    ['ODS code changes', 'ods-change'],
    ['NHS Directory', 'directory'],
    ['how quickly', 'hours'],
    ["hasn't been sorted", 'escalate'],
    ['deleted account', 'reinstate'],
    ['deactivated', 'deactivated'],
    ['hide my mobile', 'hide-mobile'],
    ['multi-factor', 'mfa'],
    ['wrong person', 'stay-safe'],
    ['extended-hours', 'extended-hours'],
    ['sponsored', 'sponsored-transfer'],
    ['nobody watches', 'unmonitored'],
    ['audit', 'audit-site'],
    ['Microsoft Teams', 'teams'],
    ['ODS helpdesk', 'ods-helpdesk'],
    ['AUP', 'glossary'],
    ['before phoning', 'before-call'],
    ['new manager', 'new-manager'],
    ['moved here from another provider', 'transferred-manager'],
    ['secure email', 'secure-email'],
    ['not registered with the CQC', 'not-cqc'],
    ['local administrator', 'self-managed'],
  ])('searching "%s" finds the answer %s', (query, id) => {
    expect(searchFaq(query).map((f) => f.id)).toContain(id);
  });

  test('search matches every word, in questions and answers, ignoring case', () => {
    expect(searchFaq('LEAVER 30 days').map((f) => f.id)).toContain('leaving');
    expect(searchFaq('more than 10').map((f) => f.id)).toContain('more-than-ten');
    expect(searchFaq('zzzz')).toEqual([]);
    expect(searchFaq('  ')).toHaveLength(faq.length);
    expect(searchFaq('what is the')).toHaveLength(faq.length);
  });

  test('filler words and simple endings do not get in the way; near misses still find answers', () => {
    expect(searchFaq('How do I enable my account?').map((f) => f.id)).toContain('enable');
    expect(searchFaq('accounts deleted').map((f) => f.id)).toContain('reinstate');
    // Two of three words match: better than nothing.
    expect(searchFaq('restore deleted qwerty').map((f) => f.id)).toContain('reinstate');
    // One of three: too weak to show.
    expect(searchFaq('restore qwerty asdfgh')).toEqual([]);
  });
});

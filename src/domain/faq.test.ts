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
    for (const seed of ['000', '001', '002', '003', '004'] as const) expect(faq.filter((f) => f.sources.includes(seed)).length, seed).toBeGreaterThan(3);
  });

  test('search matches every word, in questions and answers, ignoring case', () => {
    expect(searchFaq('LEAVER 30 days').map((f) => f.id)).toContain('leaving');
    expect(searchFaq('more than 10').map((f) => f.id)).toContain('more-than-ten');
    expect(searchFaq('zzzz')).toEqual([]);
    expect(searchFaq('  ')).toHaveLength(faq.length);
  });
});

// The sender rule per request route, and when a request starts by asking for the site.
import { describe, expect, test } from 'vitest';
import { kindIndex, kindList } from '../../domain/kindIndex';
import { needsSiteStep, senderRuleFor } from './senderRule';
import { fromWarning } from './senderWording';

const site = { site: { address: 'care.vn6c2@nhs.net' } } as never;

describe('senderRuleFor', () => {
  test('an email request: its own rule', () => {
    expect(senderRuleFor(kindIndex['add-user'])).toBe('shared');
    expect(senderRuleFor(kindIndex['missing-shared-access'])).toBe('personal');
    expect(senderRuleFor(kindIndex['disable-account'])).toBe('shared-or-personal');
  });
  test('a guided or phone request has no rule, so never shows a From warning, whatever its sendFrom says', () => {
    const guided = kindList.filter((k) => k.route !== 'email');
    expect(guided.length).toBeGreaterThan(2);
    for (const kind of guided) {
      expect(senderRuleFor(kind), kind.id).toBeUndefined();
      expect(senderRuleFor({ ...kind, sendFrom: 'shared' }), kind.id).toBeUndefined();
      const wrongFrom = { kind: 'pick-shared', site: 'care.vn6c2@nhs.net', from: 'amira.khan3@nhs.net' } as const;
      expect(
        fromWarning({ mode: 'compose', rule: senderRuleFor(kind), judgement: wrongFrom, filled: false, setFilled: () => undefined }),
      ).toBeUndefined();
    }
  });
  test('no request open (the list, the questions): the rule most requests follow', () => {
    expect(senderRuleFor(undefined)).toBe('shared');
  });
});

describe('needsSiteStep', () => {
  test('a shared-mailbox email request with no site known asks for the site first', () => {
    expect(needsSiteStep(kindIndex['add-user'], {})).toBe(true);
    expect(needsSiteStep(kindIndex['add-user'], site)).toBe(false);
  });
  test('personal-only, either-mailbox and phone requests never ask; nor does the list, nor a pane still loading', () => {
    expect(needsSiteStep(kindIndex['missing-shared-access'], {})).toBe(false);
    expect(needsSiteStep(kindIndex['disable-account'], {})).toBe(false);
    expect(needsSiteStep({ route: 'phone', sendFrom: 'shared' }, {})).toBe(false);
    expect(needsSiteStep(undefined, {})).toBe(false);
    expect(needsSiteStep(kindIndex['add-user'], undefined)).toBe(false);
  });
});

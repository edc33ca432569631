import { describe, expect, test } from 'vitest';
import { detectMailbox } from './detectMailbox';
import { identifyMailbox } from './mailboxIdentity';
import { judgeDetection, judgeSender } from './senderAdvice';
import { requestKinds } from './catalogue';

const site = 'care.vn6c2@nhs.net';
const person = 'amira.khan3@nhs.net';

describe('judgeSender: the sender rule judged on the mailbox in use', () => {
  test('shared-only: the site in use is right; a personal From must pick the site', () => {
    expect(judgeSender('shared', identifyMailbox(site), site)).toEqual({ kind: 'ok', address: site });
    expect(judgeSender('shared', identifyMailbox(person), site)).toEqual({ kind: 'pick-shared', site, from: person });
    // Another site's shared mailbox is not this site's.
    expect(judgeSender('shared', identifyMailbox('care.vl86q@nhs.net'), site)).toEqual({
      kind: 'pick-shared',
      site,
      from: 'care.vl86q@nhs.net',
    });
  });

  test('personal-only: a personal mailbox is right; the shared one must pick the own account', () => {
    expect(judgeSender('personal', identifyMailbox(person), site, person)).toEqual({ kind: 'ok', address: person });
    expect(judgeSender('personal', identifyMailbox(site), site, person)).toEqual({ kind: 'pick-personal', personal: person, from: site });
  });

  test('either: no advice to switch, whatever is in use', () => {
    expect(judgeSender('shared-or-personal', identifyMailbox(person), site)).toEqual({ kind: 'either' });
    expect(judgeSender('shared-or-personal', identifyMailbox(site), site)).toEqual({ kind: 'either' });
  });

  test('Outlook did not say: the rule, and no claim about the mailbox', () => {
    expect(judgeSender('shared', undefined, site, person)).toEqual({ kind: 'unknown', rule: 'shared', site, personal: person });
  });

  test('no circle: a personal-only kind from a personal mailbox with a typed site is never told to switch to the site', () => {
    const d = detectMailbox([
      { source: 'from', address: person },
      { source: 'typed', address: site },
    ]);
    for (const kind of requestKinds) {
      const j = judgeDetection(kind.sendFrom, d, person);
      if (kind.sendFrom === 'personal') expect(j.kind).toBe('ok');
      if (kind.sendFrom === 'shared') expect(j).toEqual({ kind: 'pick-shared', site, from: person });
      if (kind.sendFrom === 'shared-or-personal') expect(j.kind).toBe('either');
    }
  });

  test('read mode in the shared mailbox: personal-only kinds say to use the own account', () => {
    const d = detectMailbox([
      { source: 'user-profile', address: person },
      { source: 'shared-properties', address: site },
    ]);
    expect(judgeDetection('personal', d, person)).toEqual({ kind: 'pick-personal', personal: person, from: site });
    expect(judgeDetection('shared', d, person)).toEqual({ kind: 'ok', address: site });
  });
});

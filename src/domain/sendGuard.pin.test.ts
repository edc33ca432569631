// Pins the send guard's decision literally (mutation testing, issue 11): each sender rule, the
// longest-title and tie rules, the exact prompt sentence, and the 500-character clip.
import { describe, expect, test } from 'vitest';
import { decideSend, isNasRecipient, maxAlertLength, ruleForSubject, sendGuardData, type SendRule } from './sendGuard';

const data = sendGuardData(
  [
    { id: 'add-user', route: 'email', sendFrom: 'shared', subjectTitle: 'New user accounts' },
    { id: 'name-change', route: 'email', sendFrom: 'shared-or-personal', subjectTitle: 'Name change' },
    { id: 'own-access', route: 'email', sendFrom: 'personal', subjectTitle: 'Shared mailbox access' },
    { id: 'portal-only', route: 'portal', sendFrom: 'shared', subjectTitle: 'Portal thing' },
    { id: 'untitled', route: 'email', sendFrom: 'shared' },
  ],
  ['HelpDesk@nhs.net', 'careadmin@nhs.net'],
);
const now = new Date('2026-11-20T10:00:00Z');
const base = { recipients: ['helpdesk@nhs.net'], bodyText: 'Please add Jane Smith.', now, data };
const rule = (subjectTitle: string, sendFrom: SendRule['sendFrom'], kindId = subjectTitle): SendRule => ({
  kindId,
  subjectTitle,
  sendFrom,
});

describe('send guard data (pinned)', () => {
  test('email kinds with a subject title only; addresses in lower case', () => {
    expect(data).toEqual({
      nasAddresses: ['helpdesk@nhs.net', 'careadmin@nhs.net'],
      rules: [
        rule('New user accounts', 'shared', 'add-user'),
        rule('Name change', 'shared-or-personal', 'name-change'),
        rule('Shared mailbox access', 'personal', 'own-access'),
      ],
    });
  });

  test('a NAS recipient is matched trimmed and in any case; others are not', () => {
    expect(isNasRecipient('  HELPDESK@nhs.net ', data)).toBe(true);
    expect(isNasRecipient('careadmin@nhs.net', data)).toBe(true);
    expect(isNasRecipient('helpdesk@nhs.net.evil', data)).toBe(false);
    expect(isNasRecipient('ward7@nhs.net', data)).toBe(false);
  });
});

describe('ruleForSubject (pinned)', () => {
  const shared = rule('Leaver', 'shared');
  const longer = rule('Leaver – self', 'shared-or-personal');

  test('the title alone, or the title then " – ", in any case and trimmed', () => {
    expect(ruleForSubject('  leaver  ', [shared])).toBe(shared);
    expect(ruleForSubject('LEAVER – VN6C2 – Sunrise House', [shared])).toBe(shared);
    expect(ruleForSubject('Leavers – VN6C2', [shared])).toBeUndefined();
    expect(ruleForSubject('Re: Leaver – VN6C2', [shared])).toBeUndefined();
    expect(ruleForSubject(undefined, [shared])).toBeUndefined();
  });

  test('an empty subject matches nothing, not even an empty title', () => {
    expect(ruleForSubject('   ', [rule('', 'shared')])).toBeUndefined();
    expect(ruleForSubject('', [rule('', 'shared')])).toBeUndefined();
  });

  test('the longest matching title wins, whichever comes first', () => {
    expect(ruleForSubject('Leaver – self – VN6C2', [shared, longer])).toBe(longer);
    expect(ruleForSubject('Leaver – self – VN6C2', [longer, shared])).toBe(longer);
    const personal = rule('Leaver', 'personal');
    expect(ruleForSubject('Leaver – self – VN6C2', [longer, personal])).toBe(longer);
  });

  test('the same title with different sender rules: the permissive one, whichever comes first', () => {
    const either = rule('Leaver', 'shared-or-personal', 'leaver-self');
    expect(ruleForSubject('Leaver – VN6C2', [either, shared])).toBe(either);
    expect(ruleForSubject('Leaver – VN6C2', [shared, either])).toBe(either);
    const second = rule('Leaver', 'shared', 'leaver-2');
    expect(ruleForSubject('Leaver – VN6C2', [shared, second])).toBe(shared);
  });
});

describe('decideSend (pinned)', () => {
  const from = 'amira.khan3@nhs.net';

  test('each sender rule from a personal From: only "shared" blocks', () => {
    expect(decideSend({ ...base, from, subject: 'New user accounts – VN6C2' }).action).toBe('block');
    expect(decideSend({ ...base, from, subject: 'Name change – VN6C2' })).toEqual({ action: 'allow' });
    expect(decideSend({ ...base, from, subject: 'Shared mailbox access' })).toEqual({ action: 'allow' });
    expect(decideSend({ ...base, from, subject: 'Portal thing – VN6C2' })).toEqual({ action: 'allow' });
  });

  test('from the shared mailbox, from outside nhs.net, or with no From: a shared-only request is not blocked', () => {
    expect(decideSend({ ...base, from: 'care.vn6c2@nhs.net', subject: 'New user accounts' })).toEqual({ action: 'allow' });
    expect(decideSend({ ...base, from: undefined, subject: 'New user accounts' })).toEqual({ action: 'allow' });
    expect(decideSend({ ...base, from: '', subject: 'New user accounts' })).toEqual({ action: 'allow' });
  });

  test('the block message, word for word', () => {
    expect(decideSend({ ...base, from, subject: 'New user accounts', knownShared: 'care.vn6c2@nhs.net' })).toEqual({
      action: 'block',
      rule: rule('New user accounts', 'shared', 'add-user'),
      from: 'amira.khan3@nhs.net',
      target: 'care.vn6c2@nhs.net',
      knownShared: 'care.vn6c2@nhs.net',
      message:
        'NAS only acts on "New user accounts" requests sent from the shared mailbox. This email is from amira.khan3@nhs.net. Select From and choose care.vn6c2@nhs.net, then send again.',
    });
  });

  test('the composed subject counts when the subject now matches no rule', () => {
    expect(decideSend({ ...base, from, subject: 'please action', composedSubject: 'New user accounts – VN6C2' }).action).toBe('block');
    expect(decideSend({ ...base, from, subject: 'Name change', composedSubject: 'New user accounts – VN6C2' })).toEqual({
      action: 'allow',
    });
  });

  test('the prompt names each finding once, in order, in one sentence', () => {
    const d = decideSend({ ...base, from: 'care.vn6c2@nhs.net', bodyText: 'NHS 943 476 5919 and again 943 476 5919, home DH1 3AB' });
    expect(d).toMatchObject({
      action: 'prompt',
      severity: 'error',
      message:
        'This request to NAS contains an NHS number (943 476 5919), a postcode (DH1 3AB). NAS never needs dates of birth, NHS or National Insurance numbers, or home addresses. Remove them, or send anyway if this is a site address.',
    });
    expect(d.action === 'prompt' && d.findings).toHaveLength(3);
  });

  test('a postcode alone is a warning', () => {
    expect(decideSend({ ...base, from: undefined, bodyText: 'Sunrise House, Durham DH1 3AB' })).toMatchObject({
      action: 'prompt',
      severity: 'warning',
    });
  });

  test('a message of exactly 500 characters is kept; 501 is cut to 499 and an ellipsis', () => {
    const message = (knownShared: string) => decideSend({ ...base, from, subject: 'New user accounts', knownShared });
    const short = message('x');
    const fixed = short.action === 'block' ? short.message.length - 1 : 0;
    expect(maxAlertLength).toBe(500);
    const exact = message('x'.repeat(500 - fixed));
    expect(exact.action === 'block' && exact.message.length).toBe(500);
    expect(exact.action === 'block' && exact.message.endsWith('x, then send again.')).toBe(true);
    const over = message('x'.repeat(501 - fixed));
    expect(over.action === 'block' && over.message.length).toBe(500);
    const whole = `NAS only acts on "New user accounts" requests sent from the shared mailbox. This email is from amira.khan3@nhs.net. Select From and choose ${'x'.repeat(501 - fixed)}, then send again.`;
    expect(whole).toHaveLength(501);
    expect(over.action === 'block' && over.message).toBe(`${whole.slice(0, 499)}…`);
  });
});

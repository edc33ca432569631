// The pane's words about From, branch by branch: which warning, which note,
// which account a copied request goes from, what the done screen asks to check.
import { describe, expect, test } from 'vitest';
import type { SenderCheck } from './senderCheck';
import { copySender, fromWarning, outcomeFromCheck, senderNote } from './senderWording';
import { judgeSender } from '../../domain/senderAdvice';
import { identifyMailbox } from '../../domain/mailboxIdentity';

const check = (over: Partial<SenderCheck>): SenderCheck => ({
  mode: 'compose',
  rule: 'shared',
  judgement: { kind: 'either' },
  filled: false,
  setFilled: () => undefined,
  ...over,
});
const filledLead = 'The request is in this email. Before you send it, ';

describe('fromWarning: compose mode only, and only when From does not fit', () => {
  test('a personal From on a shared-mailbox request names the site to pick, before and after filling', () => {
    const j = { kind: 'pick-shared', site: 'care.vn6c2@nhs.net', from: 'amira.khan3@nhs.net' } as const;
    expect(fromWarning(check({ judgement: j }))).toEqual({
      title: 'This email would be sent from amira.khan3@nhs.net',
      lead: 'Pick care.vn6c2@nhs.net in From. NAS acts on requests about your site only when they come from its shared mailbox.',
      pick: 'care.vn6c2@nhs.net',
    });
    expect(fromWarning(check({ judgement: j, filled: true }))?.lead).toBe(
      `${filledLead}pick care.vn6c2@nhs.net in From. NAS acts on requests about your site only when they come from its shared mailbox.`,
    );
  });

  test('with no site to name yet, no warning (the site step asks first)', () => {
    expect(fromWarning(check({ judgement: { kind: 'pick-shared', from: 'amira.khan3@nhs.net' } }))).toBeUndefined();
  });

  test('a shared From on a personal-only request names the person, or says "your own address"', () => {
    const named = fromWarning(
      check({ rule: 'personal', judgement: { kind: 'pick-personal', personal: 'amira.khan3@nhs.net', from: 'care.vn6c2@nhs.net' } }),
    );
    expect(named).toEqual({
      title: 'This email would be sent from the shared mailbox care.vn6c2@nhs.net',
      lead: 'Pick amira.khan3@nhs.net in From: this request comes from your own NHSmail account.',
      pick: 'amira.khan3@nhs.net',
    });
    const unnamed = fromWarning(
      check({ rule: 'personal', filled: true, judgement: { kind: 'pick-personal', from: 'care.vn6c2@nhs.net' } }),
    );
    expect(unnamed?.lead).toBe(`${filledLead}pick your own address in From: this request comes from your own NHSmail account.`);
    expect(unnamed?.pick).toBe('your own address');
  });

  test('From unknown: the reason Outlook gave (or a plain one), then what From must show for the rule', () => {
    const shared = fromWarning(
      check({ judgement: { kind: 'unknown', rule: 'shared', site: 'care.vn6c2@nhs.net' }, fromProblem: 'Outlook could not read From.' }),
    );
    expect(shared).toEqual({
      title: 'Check the From line',
      lead: 'Outlook could not read From. Make sure From shows care.vn6c2@nhs.net.',
      pick: 'care.vn6c2@nhs.net',
    });
    expect(fromWarning(check({ judgement: { kind: 'unknown', rule: 'shared' } }))?.lead).toBe(
      "Outlook did not say who this email is from. Make sure From shows your site's shared mailbox.",
    );
    expect(
      fromWarning(
        check({ rule: 'personal', filled: true, judgement: { kind: 'unknown', rule: 'personal', personal: 'amira.khan3@nhs.net' } }),
      )?.lead,
    ).toBe(`Outlook did not say who this email is from. ${filledLead}make sure From shows amira.khan3@nhs.net.`);
    expect(fromWarning(check({ rule: 'personal', judgement: { kind: 'unknown', rule: 'personal' } }))?.pick).toBe('your own address');
  });

  test('no warning when From fits, when either will do, in read mode, or with no rule (a guided or phone request)', () => {
    expect(fromWarning(check({ judgement: { kind: 'ok', address: 'care.vn6c2@nhs.net' } }))).toBeUndefined();
    expect(fromWarning(check({ judgement: { kind: 'either' } }))).toBeUndefined();
    const wrong = { kind: 'pick-shared', site: 'care.vn6c2@nhs.net', from: 'amira.khan3@nhs.net' } as const;
    expect(fromWarning(check({ mode: 'read', judgement: wrong }))).toBeUndefined();
    expect(fromWarning(check({ rule: undefined, judgement: wrong }))).toBeUndefined();
    expect(fromWarning(check({ rule: undefined, judgement: { kind: 'unknown', rule: 'shared' } }))).toBeUndefined();
  });
});

describe('senderNote: read mode only', () => {
  const read = (over: Partial<SenderCheck>) => check({ mode: 'read', ...over });
  test('a shared-mailbox request warns unless the mailbox in use is known to be right', () => {
    expect(senderNote(read({ site: 'care.vn6c2@nhs.net', judgement: { kind: 'unknown', rule: 'shared' } }))).toEqual({
      kind: 'shared',
      site: 'care.vn6c2@nhs.net',
    });
    expect(senderNote(read({ judgement: { kind: 'pick-shared', from: 'amira.khan3@nhs.net' } }))).toEqual({
      kind: 'shared',
      site: "your site's shared mailbox",
    });
    expect(senderNote(read({ judgement: { kind: 'ok', address: 'care.vn6c2@nhs.net' } }))).toBeUndefined();
    expect(senderNote(read({ judgement: { kind: 'either' } }))).toBeUndefined();
  });
  test('a personal-only request warns only when the shared mailbox is known to be in use', () => {
    expect(
      senderNote(
        read({ rule: 'personal', judgement: { kind: 'pick-personal', personal: 'amira.khan3@nhs.net', from: 'care.vn6c2@nhs.net' } }),
      ),
    ).toEqual({
      kind: 'personal',
      own: 'amira.khan3@nhs.net',
      from: 'care.vn6c2@nhs.net',
    });
    expect(senderNote(read({ rule: 'personal', judgement: { kind: 'pick-personal', from: 'care.vn6c2@nhs.net' } }))).toEqual({
      kind: 'personal',
      own: 'your own address',
      from: 'care.vn6c2@nhs.net',
    });
    expect(senderNote(read({ rule: 'personal', judgement: { kind: 'unknown', rule: 'personal' } }))).toBeUndefined();
    expect(senderNote(read({ rule: 'personal', judgement: { kind: 'ok', address: 'amira.khan3@nhs.net' } }))).toBeUndefined();
  });
  test('with the shared mailbox in use, only a personal-only request gets a note, as judgeSender judges each rule', () => {
    const inUse = identifyMailbox('care.vn6c2@nhs.net');
    const note = (rule: 'shared' | 'personal' | 'shared-or-personal') =>
      senderNote(read({ rule, judgement: judgeSender(rule, inUse, 'care.vn6c2@nhs.net', 'amira.khan3@nhs.net') }));
    expect(note('shared')).toBeUndefined();
    expect(note('shared-or-personal')).toBeUndefined();
    expect(note('personal')).toEqual({ kind: 'personal', own: 'amira.khan3@nhs.net', from: 'care.vn6c2@nhs.net' });
  });
  test('nothing in compose mode, with no check, or with no rule (a guided or phone request)', () => {
    const wrong = { kind: 'pick-shared', from: 'amira.khan3@nhs.net' } as const;
    expect(senderNote(check({ judgement: wrong }))).toBeUndefined();
    expect(senderNote(undefined)).toBeUndefined();
    expect(senderNote(read({ rule: undefined, judgement: wrong }))).toBeUndefined();
    expect(senderNote(read({ rule: 'shared-or-personal', judgement: wrong }))).toBeUndefined();
  });
});

describe('copySender: which account a copied request goes from', () => {
  test('a personal-only request, even opened in a shared mailbox, is copied "from your own NHSmail account"', () => {
    expect(copySender({ rule: 'personal', site: 'care.vn6c2@nhs.net' })).toBe('your own NHSmail account');
    expect(copySender({ rule: 'personal', site: undefined })).toBe('your own NHSmail account');
  });
  test("a shared-mailbox request: the site's mailbox, or the site's shared mailbox in words", () => {
    expect(copySender({ rule: 'shared', site: 'care.vn6c2@nhs.net' })).toBe('care.vn6c2@nhs.net');
    expect(copySender({ rule: 'shared', site: undefined })).toBe("your site's shared mailbox");
  });
  test('either will do, no rule, or no check: no account named', () => {
    expect(copySender({ rule: 'shared-or-personal', site: 'care.vn6c2@nhs.net' })).toBeUndefined();
    expect(copySender({ rule: undefined, site: 'care.vn6c2@nhs.net' })).toBeUndefined();
    expect(copySender(undefined)).toBeUndefined();
  });
});

describe('outcomeFromCheck: the done screen in read mode', () => {
  test('shared: the site, or in words; personal: the person when known; nothing otherwise', () => {
    expect(outcomeFromCheck({ mode: 'read', rule: 'shared', site: 'care.vn6c2@nhs.net' })).toEqual({
      kind: 'shared',
      site: 'care.vn6c2@nhs.net',
    });
    expect(outcomeFromCheck({ mode: 'read', rule: 'shared' })).toEqual({ kind: 'shared', site: "your site's shared mailbox" });
    expect(outcomeFromCheck({ mode: 'read', rule: 'personal', personal: 'amira.khan3@nhs.net' })).toEqual({
      kind: 'personal',
      personal: 'amira.khan3@nhs.net',
    });
    expect(outcomeFromCheck({ mode: 'none', rule: 'personal' })).toEqual({ kind: 'personal', personal: undefined });
    expect(outcomeFromCheck({ mode: 'read', rule: 'shared-or-personal' })).toBeUndefined();
    expect(outcomeFromCheck({ mode: 'compose', rule: 'shared', site: 'care.vn6c2@nhs.net' })).toBeUndefined();
  });
});

// The compose-time notice says the same as the send guard, earlier: shown exactly when the guard would
// block, in one sentence Outlook accepts (150 characters); the send-time Markdown escapes what it names.
import { describe, expect, test } from 'vitest';
import { emailKinds, requestKinds } from './catalogue';
import { nasAddresses } from './recipients';
import { decideSend, sendGuardData } from './sendGuard';
import { blockMarkdown, decideFromNotice, escapeMarkdown, maxMarkdownLength, maxNoticeLength } from './sendGuardNotice';

const data = sendGuardData(requestKinds, nasAddresses);
const base = { recipients: ['helpdesk@nhs.net'], data, subject: 'New user accounts – VN6C2 – Sunrise House' };
const personal = 'amira.khan3@nhs.net';

describe('the From notice', () => {
  test('a shared-only request to NAS from a personal From: shown, naming the request and what to pick', () => {
    expect(decideFromNotice({ ...base, from: personal, knownShared: 'care.vn6c2@nhs.net' })).toEqual({
      action: 'show',
      message: 'NAS acts on "New user accounts" only from the shared mailbox: select From and choose care.vn6c2@nhs.net.',
    });
    expect(decideFromNotice({ ...base, from: personal })).toEqual({
      action: 'show',
      message: 'NAS acts on "New user accounts" only from the shared mailbox: select From and choose your site\'s shared mailbox.',
    });
  });

  test('cleared when From is the shared mailbox, NAS is not addressed, the request may come from either, or From is unknown', () => {
    expect(decideFromNotice({ ...base, from: 'care.vn6c2@nhs.net' })).toEqual({ action: 'clear' });
    expect(decideFromNotice({ ...base, from: personal, recipients: ['ward7@nhs.net'] })).toEqual({ action: 'clear' });
    expect(decideFromNotice({ ...base, from: personal, subject: 'Name change – VN6C2' })).toEqual({ action: 'clear' });
    expect(decideFromNotice({ ...base, from: undefined })).toEqual({ action: 'clear' });
  });

  test('the mark the pane left stands in for an edited subject', () => {
    expect(decideFromNotice({ ...base, from: personal, subject: 'please', composedSubject: base.subject }).action).toBe('show');
    expect(decideFromNotice({ ...base, from: personal, subject: 'please' }).action).toBe('clear');
  });

  test('shown exactly when the send guard blocks, for every kind, From and recipient', () => {
    for (const kind of emailKinds) {
      for (const from of [personal, 'care.vn6c2@nhs.net', undefined]) {
        for (const recipients of [['helpdesk@nhs.net'], ['ward7@nhs.net']]) {
          const check = { ...base, recipients, from, subject: `${kind.subjectTitle} – VN6C2` };
          const blocked = decideSend({ ...check, bodyText: '', now: new Date('2026-11-20T10:00:00Z') }).action === 'block';
          expect(decideFromNotice(check).action, `${kind.id} ${from} ${recipients.join()}`).toBe(blocked ? 'show' : 'clear');
        }
      }
    }
  });

  test("always within Outlook's 150 characters, never cut mid-address: the longest title, a long address", () => {
    const longest = emailKinds.reduce((a, k) => (k.subjectTitle.length > a.subjectTitle.length ? k : a));
    const shared = emailKinds.filter((k) => k.sendFrom === 'shared');
    for (const kind of [...shared, longest]) {
      const d = decideFromNotice({ ...base, from: personal, subject: kind.subjectTitle, knownShared: 'care.vn6c2@nhs.net' });
      if (d.action === 'show') expect(d.message.length).toBeLessThanOrEqual(maxNoticeLength);
    }
    const long = `care.${'x'.repeat(55)}@nhs.net`;
    const d = decideFromNotice({ ...base, from: personal, knownShared: long });
    expect(d).toEqual({
      action: 'show',
      message: `NAS acts on this request only from the shared mailbox: select From and choose ${long}.`,
    });
    const longer = `care.${'x'.repeat(140)}@nhs.net`;
    expect(decideFromNotice({ ...base, from: personal, knownShared: longer })).toEqual({
      action: 'show',
      message: 'NAS acts on this request only from the shared mailbox: select From and choose it.',
    });
  });
});

describe('the block in Markdown', () => {
  const block = (knownShared?: string) => {
    const d = decideSend({ ...base, from: 'amira_khan3@nhs.net', bodyText: '', now: new Date(), knownShared });
    if (d.action !== 'block') throw new Error('expected a block');
    return d;
  };

  test('bold on From and the mailbox to pick; the characters Smart Alerts acts on in names escaped, nothing else', () => {
    expect(blockMarkdown(block('care.vn6c2@nhs.net'))).toBe(
      'NAS only acts on "New user accounts" requests sent from the shared mailbox. This email is from amira\\_khan3@nhs.net.\n\nSelect **From** and choose **care.vn6c2@nhs.net**, then send again.',
    );
    expect(escapeMarkdown('a*b_c[d](e)\\f')).toBe('a\\*b\\_c\\[d\\]\\(e\\)\\\\f');
    expect(escapeMarkdown('care.vn6c2@nhs.net – x-y #1 <a> ~b!')).toBe('care.vn6c2@nhs.net – x-y #1 <a> ~b!');
  });

  test('too long for Smart Alerts (500 characters): no Markdown, the plain text stands', () => {
    expect(blockMarkdown(block(`care.${'x'.repeat(400)}@nhs.net`))).toBeUndefined();
    expect(blockMarkdown(block('care.vn6c2@nhs.net'))!.length).toBeLessThanOrEqual(maxMarkdownLength);
  });
});

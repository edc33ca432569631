import { describe, expect, test } from 'vitest';
import { emailKinds, requestKinds } from './catalogue';
import { composeRequest } from './compose';
import { exampleInputs, exampleMailbox, exampleNow } from './examples';
import { identifyMailbox } from './mailboxIdentity';
import { nasAddresses } from './recipients';
import { decideSend, maxAlertLength, ruleForSubject, sendGuardData, type SendRule } from './sendGuard';

const now = new Date('2026-11-20T10:00:00Z');
const data = sendGuardData(requestKinds, nasAddresses);
const subjectOf = (id: string) => emailKinds.find((k) => k.id === id)!.subjectTitle;
/** A shared-only request: the first kind in the catalogue that NAS takes only from the shared mailbox. */
const sharedOnly = emailKinds.find((k) => k.sendFrom === 'shared')!;
const either = emailKinds.find((k) => k.sendFrom === 'shared-or-personal')!;
const base = {
  recipients: ['helpdesk@nhs.net'],
  bodyText: 'Please add Jane Smith, 07700 900123.',
  now,
  data,
  subject: `${subjectOf(sharedOnly.id)} – VN6C2 – Sunrise House`,
};

describe('send guard decision', () => {
  test('mail that does not go to NAS is never touched', () => {
    expect(decideSend({ ...base, recipients: ['ward7@nhs.net'], from: 'amira.khan3@nhs.net', bodyText: 'DOB 01/02/1980' })).toEqual({
      action: 'allow',
    });
  });

  test('a shared-only request from a personal address is blocked, naming the request and the shared mailbox when known', () => {
    const d = decideSend({ ...base, from: 'amira.khan3@nhs.net', knownShared: 'care.vn6c2@nhs.net' });
    expect(d).toMatchObject({ action: 'block', rule: { kindId: sharedOnly.id, sendFrom: 'shared' } });
    expect(d.action === 'block' && d.message).toMatch(/from amira\.khan3@nhs\.net\. Select From and choose care\.vn6c2@nhs\.net/);
    expect(d.action === 'block' && d.message).toContain(`"${subjectOf(sharedOnly.id)}"`);
    expect(decideSend({ ...base, from: 'amira.khan3@nhs.net' })).toMatchObject({
      action: 'block',
      message: expect.stringContaining("your site's shared mailbox"),
    });
  });

  test('other email to NAS from a personal address sends: a request that may come from either, or one the pane did not compose', () => {
    expect(decideSend({ ...base, from: 'amira.khan3@nhs.net', subject: `${subjectOf(either.id)} – VN6C2` })).toEqual({ action: 'allow' });
    expect(decideSend({ ...base, from: 'amira.khan3@nhs.net', subject: 'Question about my account' })).toEqual({ action: 'allow' });
    expect(decideSend({ ...base, from: 'amira.khan3@nhs.net', subject: `RE: ${subjectOf(sharedOnly.id)} – VN6C2` })).toEqual({
      action: 'allow',
    });
    expect(decideSend({ ...base, from: 'amira.khan3@nhs.net', subject: undefined })).toEqual({ action: 'allow' });
  });

  test('the subject the pane wrote into this email (session data) still counts after the user edits the subject', () => {
    const d = decideSend({ ...base, from: 'amira.khan3@nhs.net', subject: 'please action', composedSubject: base.subject });
    expect(d.action).toBe('block');
  });

  test('every NAS address counts, in Cc and Bcc too, whatever the case', () => {
    for (const to of ['HelpDesk@nhs.net', 'careadmin@nhs.net', 'pharmacyadmin@nhs.net', 'dentistadmin@nhs.net', 'optomadmin@nhs.net']) {
      expect(decideSend({ ...base, recipients: ['someone@nhs.net', to], from: 'amira.khan3@nhs.net' }).action).toBe('block');
    }
  });

  test('from the shared mailbox, clean: allowed', () => {
    expect(decideSend({ ...base, from: 'care.vn6c2@nhs.net' })).toEqual({ action: 'allow' });
  });

  test('personal data in a NAS request prompts, saying what was found; a postcode alone is only a warning', () => {
    const d = decideSend({
      ...base,
      from: 'care.vn6c2@nhs.net',
      bodyText: 'Jane Smith DOB 12/03/1985, NHS 943 476 5919, lives at DH1 3AB',
    });
    expect(d).toMatchObject({ action: 'prompt', severity: 'error' });
    expect(d.action === 'prompt' && d.message).toMatch(/a date of birth \(DOB\), an NHS number \(943 476 5919\), a postcode \(DH1 3AB\)/);
    expect(decideSend({ ...base, from: 'care.vn6c2@nhs.net', bodyText: 'Sunrise House, Durham DH1 3AB' })).toMatchObject({
      action: 'prompt',
      severity: 'warning',
    });
  });

  test('personal data in any email to NAS from a personal account prompts too (it is not a block)', () => {
    expect(decideSend({ ...base, from: 'amira.khan3@nhs.net', subject: 'Help', bodyText: 'NI AB 12 34 56 C' })).toMatchObject({
      action: 'prompt',
    });
  });

  test('messages fit Smart Alerts (500 characters)', () => {
    const long = decideSend({
      ...base,
      from: 'care.vn6c2@nhs.net',
      bodyText: Array.from({ length: 40 }, (_, i) => `AB${String(100000 + i)}C`).join(' '),
    });
    expect(long.action === 'prompt' && long.message.length).toBeLessThanOrEqual(maxAlertLength);
  });

  test('an unknown From (Outlook did not say) is not blocked', () => {
    expect(decideSend({ ...base, from: undefined }).action).toBe('allow');
  });
});

describe('recognising the requests the pane composes, from catalogue data', () => {
  test('every email kind has a rule, from its subjectTitle and sendFrom', () => {
    expect(data.rules.map((r) => r.kindId).sort()).toEqual(emailKinds.map((k) => k.id).sort());
    for (const k of emailKinds)
      expect(data.rules.find((r) => r.kindId === k.id)).toEqual({ kindId: k.id, subjectTitle: k.subjectTitle, sendFrom: k.sendFrom });
  });

  test("every email kind's example, composed from the shared mailbox or a personal one, maps back to its kind's sendFrom", () => {
    const personal = identifyMailbox('amira.khan3@nhs.net');
    const shared = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
    for (const kind of emailKinds) {
      for (const mailbox of [shared, personal]) {
        const result = composeRequest(kind.id, exampleInputs[kind.id], { mailbox, sharedMailbox: shared, now: exampleNow });
        if (!result.ok) continue; // a shared-only kind may refuse to compose without a site
        const rule = ruleForSubject(result.message.subject, data.rules);
        expect(rule?.sendFrom, `${kind.id}: "${result.message.subject}"`).toBe(kind.sendFrom);
      }
      const fromShared = composeRequest(kind.id, exampleInputs[kind.id], { mailbox: shared, now: exampleNow });
      expect(fromShared.ok || kind.sendFrom === 'personal', kind.id).toBe(true);
    }
  });

  test('a title that is a prefix of another does not capture it; a shared title with different rules never blocks', () => {
    const rules: SendRule[] = [
      { kindId: 'a', subjectTitle: 'Leavers', sendFrom: 'shared' },
      { kindId: 'b', subjectTitle: 'Leavers – own account', sendFrom: 'personal' },
      { kindId: 'c', subjectTitle: 'Name change', sendFrom: 'shared' },
      { kindId: 'd', subjectTitle: 'Name change', sendFrom: 'shared-or-personal' },
    ];
    expect(ruleForSubject('Leavers – own account', rules)?.kindId).toBe('b');
    expect(ruleForSubject('Leavers – VN6C2 – Sunrise House', rules)?.kindId).toBe('a');
    expect(ruleForSubject('leavers', rules)?.kindId).toBe('a');
    expect(ruleForSubject('Leaversx', rules)).toBeUndefined();
    expect(ruleForSubject('Name change – VN6C2', rules)?.sendFrom).toBe('shared-or-personal');
  });
});

import { describe, expect, test } from 'vitest';
import { decideSend, maxAlertLength } from './sendGuard';

const now = new Date('2026-11-20T10:00:00Z');
const base = { recipients: ['helpdesk@nhs.net'], bodyText: 'Please add Jane Smith, 07700 900123.', now };

describe('send guard decision', () => {
  test('mail that does not go to NAS is never touched', () => {
    expect(decideSend({ ...base, recipients: ['ward7@nhs.net'], from: 'amira.khan3@nhs.net', bodyText: 'DOB 01/02/1980' })).toEqual({ action: 'allow' });
  });

  test('a NAS request from a personal address is blocked, naming the shared mailbox when known', () => {
    const d = decideSend({ ...base, from: 'amira.khan3@nhs.net', knownShared: 'care.vn6c2@nhs.net' });
    expect(d).toEqual({ action: 'block', message: expect.stringMatching(/from amira\.khan3@nhs\.net\. Select From and choose care\.vn6c2@nhs\.net/) });
    expect(decideSend({ ...base, from: 'amira.khan3@nhs.net' })).toMatchObject({ action: 'block', message: expect.stringContaining("your site's shared mailbox") });
  });

  test('every NAS address counts, in Cc and Bcc too, whatever the case', () => {
    for (const to of ['HelpDesk@nhs.net', 'careadmin@nhs.net', 'pharmacyadmin@nhs.net', 'dentistadmin@nhs.net', 'optomadmin@nhs.net']) {
      expect(decideSend({ ...base, recipients: ['someone@nhs.net', to], from: 'amira.khan3@nhs.net' }).action).toBe('block');
    }
  });

  test('from the shared mailbox, clean: allowed', () => {
    expect(decideSend({ ...base, from: 'care.vn6c2@nhs.net' })).toEqual({ action: 'allow' });
  });

  test('personal data in a NAS request prompts, saying what was found', () => {
    const d = decideSend({ ...base, from: 'care.vn6c2@nhs.net', bodyText: 'Jane Smith DOB 12/03/1985, NHS 943 476 5919, lives at DH1 3AB' });
    expect(d.action).toBe('prompt');
    expect(d.action === 'prompt' && d.message).toMatch(/a date of birth \(DOB\), an NHS number \(943 476 5919\), a postcode \(DH1 3AB\)/);
  });

  test('messages fit Smart Alerts (500 characters)', () => {
    const long = decideSend({ ...base, from: 'care.vn6c2@nhs.net', bodyText: Array.from({ length: 40 }, (_, i) => `AB${String(100000 + i)}C`).join(' ') });
    expect(long.action === 'prompt' && long.message.length).toBeLessThanOrEqual(maxAlertLength);
  });

  test('an unknown From (Outlook did not say) is not blocked', () => {
    expect(decideSend({ ...base, from: undefined }).action).toBe('allow');
  });
});

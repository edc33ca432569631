// Pins how mailto links join and clean addresses (mutation testing, issue 11).
import { describe, expect, test } from 'vitest';
import { mailtoUrl } from './mailto';

describe('mailtoUrl addresses (pinned)', () => {
  test('several To and Cc addresses are joined with commas, each trimmed', () => {
    expect(
      mailtoUrl({ to: [' helpdesk@nhs.net ', 'optomadmin@nhs.net'], cc: ['care.vn6c2@nhs.net', ' a.b@nhs.net'], subject: 'S', text: 'T' }),
    ).toBe('mailto:helpdesk@nhs.net,optomadmin@nhs.net?cc=care.vn6c2@nhs.net,a.b@nhs.net&subject=S&body=T');
  });
});

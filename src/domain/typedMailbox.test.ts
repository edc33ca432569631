import { describe, expect, test } from 'vitest';
import { checkTypedMailbox } from './typedMailbox';

describe('checkTypedMailbox: what is typed under "Not this mailbox?"', () => {
  test.each([
    ['VN6C2', 'care', 'care.vn6c2@nhs.net'],
    ['  vl86q ', 'care', 'care.vl86q@nhs.net'],
    ['FH542', 'pharmacy', 'pharmacy.fh542@nhs.net'],
    ['TP66J', 'optometry', 'optometry.tp66j@nhs.net'],
    ['care.VN6C2', 'pharmacy', 'pharmacy.vn6c2@nhs.net'],
    ['Care.VN6C2@NHS.net', 'care', 'care.vn6c2@nhs.net'],
    ['dental.v25604@nhs.net', 'care', 'dental.v25604@nhs.net'],
  ] as const)('%s (%s) → %s', (text, type, address) => {
    expect(checkTypedMailbox(text, type)).toEqual({ ok: true, address });
  });

  test.each([
    ['', /^Enter the shared mailbox address or the ODS code/],
    ['   ', /^Enter the shared mailbox address or the ODS code/],
    ['hello world', /^An ODS code has no spaces/],
    ['VN6 C2', /^An ODS code has no spaces/],
    ['VN-6C2', /^An ODS code is 3 to 9 letters and numbers/],
    ['AB', /^An ODS code is 3 to 9 letters and numbers/],
    ['care.hello world@nhs.net', /^An email address has no spaces/],
    ['amira.khan3@nhs.net', /^amira\.khan3@nhs\.net is a person's address, not a shared mailbox address/],
    ['care.vn6c2@gmail.com', /^A shared mailbox address ends in @nhs\.net/],
    ['care.vn6c2@', /^A shared mailbox address ends in @nhs\.net/],
  ])('%j is refused: %s', (text, message) => {
    const result = checkTypedMailbox(text, 'care');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  test('bad input is never echoed back as a made-up address', () => {
    for (const text of ['hello world', 'VN-6C2', 'care.hello world@nhs.net', 'x y@nhs.net']) {
      const result = checkTypedMailbox(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).not.toMatch(/hello world@|care\.hello|x y@/);
    }
  });
});

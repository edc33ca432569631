import { describe, expect, test } from 'vitest';
import { checkTypedMailbox } from './typedMailbox';

describe('checkTypedMailbox: what is typed under "Not this mailbox?"', () => {
  test.each([
    ['VN6C2', 'care', 'care.vn6c2@nhs.net'],
    ['  vl86q ', 'care', 'care.vl86q@nhs.net'],
    ['FH542', 'pharmacy', 'pharmacy.fh542@nhs.net'],
    ['TP66J', 'optometry', 'optometry.tp66j@nhs.net'],
    ['care.VN6C2', 'care', 'care.vn6c2@nhs.net'],
    ['V9N7F', 'optometry', 'optometry.v9n7f@nhs.net'],
    ['A3RE', 'care', 'care.a3re@nhs.net'],
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

  describe('an ODS code alone: its shape says which sectors it can belong to (domain.md §1.1, issue 26)', () => {
    test.each([
      ['VN6C2', 'care', 'a care site'],
      ['FH542', 'pharmacy', 'a pharmacy'],
      ['V25604', 'dental', 'a dental practice'],
      ['V193178', 'dental', 'a dental practice'],
      ['TP66J', 'optometry', 'an optometry practice'],
      ['N7U5Q', 'optometry', 'an optometry practice'],
    ] as const)('%s with no type chosen: the type is suggested (%s), never assumed', (code, type, noun) => {
      expect(checkTypedMailbox(code)).toStrictEqual({
        ok: false,
        field: 'type',
        suggest: type,
        message: `Choose the type of site. ${code} is shaped like ${noun} code.`,
      });
      expect(checkTypedMailbox(code, type)).toEqual({ ok: true, address: `${type}.${code.toLowerCase()}@nhs.net` });
    });

    test('a code that fits several sectors, or none, asks for the type', () => {
      expect(checkTypedMailbox('V9N7F')).toStrictEqual({
        ok: false,
        field: 'type',
        message: 'Choose the type of site: V9N7F could be a care site or an optometry practice.',
      });
      expect(checkTypedMailbox('XY123')).toStrictEqual({
        ok: false,
        field: 'type',
        message: "Choose the type of site: XY123 does not have the usual shape of any type's ODS code.",
      });
    });

    test('a pharmacist types FH542 with Care chosen: questioned once, pointing to Pharmacy; used only when she is sure', () => {
      expect(checkTypedMailbox('FH542', 'care')).toStrictEqual({
        ok: false,
        field: 'type',
        suggest: 'pharmacy',
        message:
          "FH542 is shaped like a pharmacy code, not a care site's. Change the type of site, or if you are sure, submit again to use care.fh542@nhs.net.",
      });
      expect(checkTypedMailbox('FH542', 'care', { sure: true })).toEqual({ ok: true, address: 'care.fh542@nhs.net' });
      expect(checkTypedMailbox('care.VN6C2', 'pharmacy').ok).toBe(false);
    });
  });

  test('bad input is never echoed back as a made-up address', () => {
    for (const text of ['hello world', 'VN-6C2', 'care.hello world@nhs.net', 'x y@nhs.net']) {
      const result = checkTypedMailbox(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).not.toMatch(/hello world@|care\.hello|x y@/);
    }
  });
});

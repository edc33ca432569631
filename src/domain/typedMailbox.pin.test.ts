import { describe, expect, test } from 'vitest';
import type { OrgType } from './ods';
import { checkTypedMailbox } from './typedMailbox';

describe('checkTypedMailbox: pinned cases', () => {
  test('an ODS code alone with its type is that type’s shared mailbox', () => {
    expect(checkTypedMailbox('VN6C2', 'care')).toStrictEqual({ ok: true, address: 'care.vn6c2@nhs.net' });
    expect(checkTypedMailbox(' fh542 ', 'pharmacy')).toStrictEqual({ ok: true, address: 'pharmacy.fh542@nhs.net' });
  });
  test('a code must be letters and numbers to its end', () => {
    for (const code of ['VN6C2!', 'VN6C2.', 'VN', 'ABCDEFGHIJ'])
      expect(checkTypedMailbox(code, 'care'), code).toStrictEqual({
        ok: false,
        message: 'An ODS code is 3 to 9 letters and numbers, for example VN6C2. To enter an address, include the @nhs.net.',
      });
  });
  test('a site type the pane does not know (stale settings) gives a message, never a made-up address', () => {
    expect(checkTypedMailbox('VN6C2', 'school' as OrgType)).toStrictEqual({
      ok: false,
      message: 'That is not an ODS code, for example care.vn6c2@nhs.net or just VN6C2.',
    });
  });
});

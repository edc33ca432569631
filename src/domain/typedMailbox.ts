// What the user types in "Not this mailbox?" and the site step: a shared mailbox address, or just
// the ODS code with the type of site chosen beside it. Bad input gets a message that says what is
// wrong with it, and never a made-up address built from it (no "care.hello world@nhs.net").

import { identifyMailbox } from './mailboxIdentity';
import type { OrgType } from './ods';

export type TypedMailbox = { ok: true; address: string } | { ok: false; message: string };

const example = 'for example care.vn6c2@nhs.net or just VN6C2';
const prefix = /^(care|pharmacy|dental|optometry)\./i;

export function checkTypedMailbox(text: string, orgType: OrgType = 'care'): TypedMailbox {
  const t = text.trim();
  if (!t) return { ok: false, message: `Enter the shared mailbox address or the ODS code, ${example}.` };
  if (!t.includes('@')) {
    const code = t.replace(prefix, '');
    if (/\s/.test(code)) return { ok: false, message: 'An ODS code has no spaces: enter it as one word, for example VN6C2.' };
    if (!/^[a-z0-9]{3,9}$/i.test(code))
      return {
        ok: false,
        message: 'An ODS code is 3 to 9 letters and numbers, for example VN6C2. To enter an address, include the @nhs.net.',
      };
    const identity = identifyMailbox(`${orgType}.${code}@nhs.net`);
    return identity.kind === 'shared'
      ? { ok: true, address: identity.address }
      : { ok: false, message: `That is not an ODS code, ${example}.` };
  }
  if (/\s/.test(t)) return { ok: false, message: `An email address has no spaces, ${example}.` };
  const identity = identifyMailbox(t);
  if (identity.kind === 'shared') return { ok: true, address: identity.address };
  if (identity.kind === 'personal')
    return {
      ok: false,
      message: `${identity.address} is a person's address, not a shared mailbox address. A site's shared mailbox starts care., pharmacy., dental. or optometry. (${example}).`,
    };
  return { ok: false, message: `A shared mailbox address ends in @nhs.net, ${example}.` };
}

// What the user types in "Not this mailbox?" and the site step: a shared mailbox address, or just
// the ODS code with the type of site beside it. The code's shape says which sectors it can belong
// to (domain.md §1.1), so the type is chosen from it when it fits one sector, asked for when it
// fits several or none, and a type that does not fit is questioned once before it is used. Bad
// input gets a message that says what is wrong with it, and never a made-up address built from it
// (no "care.hello world@nhs.net").

import { identifyMailbox } from './mailboxIdentity';
import { normaliseOdsCode, orgTypeInfo, sectorsForCode, sharedMailboxAddress, type OrgType } from './ods';

export type TypedMailbox =
  | { ok: true; address: string }
  /** `field` says where the message belongs; `suggest` is the type the code's shape points to. */
  | { ok: false; message: string; field?: 'type'; suggest?: OrgType };

const example = 'for example care.vn6c2@nhs.net or just VN6C2';
// Built per call, not at module level, so mutation testing scores it (docs/testing.md).
const withoutPrefix = (text: string) => text.replace(/^(care|pharmacy|dental|optometry)\./i, '');

/** "a care site or an optometry practice" */
function either(types: readonly OrgType[]): string {
  const nouns = types.map((t) => `${/^[aeiou]/.test(orgTypeInfo[t].siteNoun) ? 'an' : 'a'} ${orgTypeInfo[t].siteNoun}`);
  return nouns.length > 1 ? `${nouns.slice(0, -1).join(', ')} or ${nouns[nouns.length - 1]!}` : nouns[0]!;
}

/** Just the code, when the text is a code rather than an address (for choosing the type as it is typed). */
export function typedCode(text: string): string | undefined {
  const t = text.trim();
  if (!t || t.includes('@')) return undefined;
  const code = withoutPrefix(t);
  return /^[a-z0-9]{3,9}$/i.test(code) ? normaliseOdsCode(code) : undefined;
}

/**
 * `orgType` is the type of site the user chose (undefined: none yet); `sure` says they have seen the
 * question about a type that does not fit the code and kept it.
 */
export function checkTypedMailbox(text: string, orgType?: OrgType, options: { sure?: boolean } = {}): TypedMailbox {
  const t = text.trim();
  if (!t) return { ok: false, message: `Enter the shared mailbox address or the ODS code, ${example}.` };
  if (!t.includes('@')) {
    const code = withoutPrefix(t);
    if (/\s/.test(code)) return { ok: false, message: 'An ODS code has no spaces: enter it as one word, for example VN6C2.' };
    if (!/^[a-z0-9]{3,9}$/i.test(code))
      return {
        ok: false,
        message: 'An ODS code is 3 to 9 letters and numbers, for example VN6C2. To enter an address, include the @nhs.net.',
      };
    const upper = normaliseOdsCode(code);
    const sectors = sectorsForCode(upper);
    if (!orgType) {
      if (sectors.length === 1)
        return {
          ok: false,
          field: 'type',
          suggest: sectors[0],
          message: `Choose the type of site. ${upper} is shaped like ${either(sectors)} code.`,
        };
      return {
        ok: false,
        field: 'type',
        message: sectors.length
          ? `Choose the type of site: ${upper} could be ${either(sectors)}.`
          : `Choose the type of site: ${upper} does not have the usual shape of any type's ODS code.`,
      };
    }
    if (!(orgType in orgTypeInfo)) return { ok: false, message: `That is not an ODS code, ${example}.` };
    if (sectors.length && !sectors.includes(orgType) && !options.sure) {
      return {
        ok: false,
        field: 'type',
        ...(sectors.length === 1 ? { suggest: sectors[0] } : {}),
        message: `${upper} is shaped like ${either(sectors)} code, not ${either([orgType])}'s. Change the type of site, or if you are sure, submit again to use ${sharedMailboxAddress(orgType, upper)}.`,
      };
    }
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

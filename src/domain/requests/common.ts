// Pieces several request kinds share: people tables, duplicate checks, how a mailbox is named.

import { choice, count, fullName, mobile, nhsmailAddress, type FieldMap, type ScalarField, type Warning } from '../fields';
import type { RenderContext, RuleContext, RuleIssue } from '../requestKind';
import { siteMissingMessage } from '../siteMessage';
import type { Column } from '../render';
import { orgTypeInfo, type OrgType } from '../ods';

export const roleLabel = (role: string) =>
  role === 'owner' ? 'Owner' : role === 'not-linked' ? 'Not linked to the shared mailbox' : 'Member';

export type LinkRole = 'owner' | 'member' | 'not-linked';

/**
 * Whether a new account may be left off the shared mailbox: seed 001, "How to add new users?":
 * linking is "not mandatory for social care or dentistry"; for pharmacy (and DACs, seed 001
 * "Joiners") and optometry it is.
 */
export function linkingOptional(orgType: OrgType): boolean {
  // Per call, not a module-level table, so mutation testing scores it (docs/testing.md).
  return { care: true, dental: true, pharmacy: false, optometry: false }[orgType];
}

/** Owner, member, or (care and dental only) not linked to the shared mailbox. Member is the default. */
export const linkRole = (): ScalarField =>
  choice({
    label: 'Role on the shared mailbox',
    hint: 'Owners can manage who has access; members can read and send. A care site or dental practice may leave an account unlinked',
    options: [
      { value: 'member', label: 'Member' },
      { value: 'owner', label: 'Owner' },
      { value: 'not-linked', label: 'Not linked (care sites and dental practices only)' },
    ],
    missing: 'Choose owner or member',
    defaultValue: 'member',
  });

/** An unlinked account where the sector requires linking is an error next to that person's role. */
export function notLinkedErrors(people: readonly { role: LinkRole }[], ctx: RuleContext): RuleIssue[] {
  const orgType = ctx.site?.orgType;
  if (!orgType || linkingOptional(orgType)) return [];
  return people.flatMap((p, i) =>
    p.role === 'not-linked'
      ? [
          {
            path: `people.${i}.role`,
            message: `Every account at a ${orgTypeInfo[orgType].siteNoun} is linked to the shared mailbox: choose owner or member.`,
          },
        ]
      : [],
  );
}

/** "and link it to our shared mailbox, …", as each person's role says. */
export function linkClause(people: readonly { role: LinkRole }[], ctx: RenderContext, one: string, many: string): string {
  const unlinked = people.filter((p) => p.role === 'not-linked').length;
  const them = people.length === 1 ? one : many;
  if (unlinked === 0) return ` and link ${them} to ${ourMailbox(ctx)}`;
  if (unlinked === people.length) return `. Please do not link ${them} to ${ourMailbox(ctx)}`;
  return ` and link ${them} to ${ourMailbox(ctx)}, except those shown as not linked`;
}

/** "our shared mailbox, care.vn6c2@nhs.net" or "our site's shared mailbox" when unknown. */
export function ourMailbox(ctx: RenderContext): string {
  return ctx.sharedAddress ? `our shared mailbox, ${ctx.sharedAddress}` : "our site's shared mailbox";
}

/** Each mobile and each address is one person's (seed 000: "must be unique to you"). */
export function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
  path: (i: number) => string,
  what: string,
): RuleIssue[] {
  const seen = new Map<string, number>();
  const issues: RuleIssue[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (!k) return;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else
      issues.push({ path: path(i), message: `This ${what} is also given for person ${first + 1}. Each person needs their own ${what}.` });
  });
  return issues;
}

export interface NamedAccount {
  fullName: string;
  nhsmailAddress: string;
}

export const accountFields = (): FieldMap => ({ fullName: fullName(), nhsmailAddress: nhsmailAddress() });

export const accountColumns: readonly Column[] = [
  { key: 'fullName', label: 'Full name' },
  { key: 'nhsmailAddress', label: 'NHSmail address' },
];

export const accountRow = (p: NamedAccount) => ({ fullName: p.fullName, nhsmailAddress: p.nhsmailAddress });

export function linkedMobile(label = 'Mobile linked to the account') {
  return mobile({ label, hint: 'The 07 number registered with their NHSmail account' });
}

// ---------- who is asking ----------

export type ForWhom = 'self' | 'colleague';

/**
 * Whose account a request is about. A person may ask about their own account from their own
 * NHSmail address (seed 000: disable "from your personal NHS email address or from the shared
 * mailbox"; name change, seeds 000 and 002); the site asks for anyone else, from the shared mailbox.
 */
export const forWhomField = () =>
  choice<ForWhom>({
    label: 'Whose account is it?',
    options: [
      { value: 'self', label: 'My own account' },
      { value: 'colleague', label: "A colleague's account (the site asks, from the shared mailbox)" },
    ],
    missing: 'Choose whose account it is',
  });

/** A colleague's account needs the site: it is asked for from the shared mailbox. */
export function siteNeeded(forWhom: ForWhom, ctx: RuleContext): RuleIssue[] {
  return forWhom === 'colleague' && !ctx.site ? [{ path: 'site', message: siteMissingMessage }] : [];
}

/** A person writing from their own account about an address that is not theirs. */
export function notOwnAccountWarning(address: string, ctx: RuleContext): Warning[] {
  if (ctx.mailbox.kind !== 'personal' || ctx.mailbox.address === address.toLowerCase()) return [];
  return [
    {
      code: 'not-own-account',
      message: `This asks about ${address} but is written from ${ctx.mailbox.address}. From your own account NAS acts only on requests about your own account; for anyone else, send it from the shared mailbox.`,
    },
  ];
}

// ---------- ODS codes ----------

/** Seed 003: parent organisations' codes usually begin with A, site codes with V. */
export function parentCodeWarning(code: string | undefined): Warning[] {
  if (!code || !/^A[A-Z0-9]{3}$/.test(code)) return [];
  return [
    {
      code: 'ods-parent-code',
      message: `${code} looks like a parent organisation's code (they usually begin with A). NAS needs the site's own code, usually the one in the shared mailbox address.`,
    },
  ];
}

// ---------- accounts per site ----------

/** NAS sets up one shared mailbox and up to 10 accounts per site (seed 002; seed 001). */
export const maxAccountsPerSite = 10;

export function siteAccountCount(): ScalarField {
  return count({
    label: 'How many NHSmail accounts does the site have now?',
    hint: "Everyone with an account linked to the site. Not sure? Ask NAS for an audit with 'Check who can use the shared mailbox'.",
    optional: true,
    min: 0,
    max: 999,
  });
}

/** A warning when the accounts the site has now plus the new ones would pass 10. */
export function overSiteLimitWarning(existing: number | undefined, adding: number): Warning[] {
  if (existing === undefined || existing + adding <= maxAccountsPerSite) return [];
  return [
    {
      code: 'over-ten-per-site',
      message: `The site has ${existing} ${existing === 1 ? 'account' : 'accounts'} now; with ${adding} more it would have ${existing + adding}. NAS sets up at most ${maxAccountsPerSite} accounts for a site, so ask for the extra accounts first with 'Ask for more than 10 accounts'.`,
    },
  ];
}

/**
 * The rules of a request that adds people to the site: every account linked where the site's type
 * requires it, each listed detail (in this order) given for one person only, and the warning when
 * the site would go over its 10 accounts.
 */
export function addingPeopleRules<P extends { role: LinkRole }>(unique: readonly (readonly [key: keyof P & string, what: string])[]) {
  return (input: { people: readonly P[]; existingAccounts?: number }, ctx: RuleContext) => ({
    errors: [
      ...notLinkedErrors(input.people, ctx),
      ...unique.flatMap(([key, what]) =>
        duplicates(
          input.people,
          (p) => p[key] as string | undefined,
          (i) => `people.${i}.${key}`,
          what,
        ),
      ),
    ],
    warnings: overSiteLimitWarning(input.existingAccounts, input.people.length),
  });
}

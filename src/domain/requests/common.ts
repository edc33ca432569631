// Pieces several request kinds share: people tables, duplicate checks, how a mailbox is named.

import { fullName, mobile, nhsmailAddress, type FieldMap } from '../fields';
import type { RenderContext, RuleIssue } from '../requestKind';
import type { Column } from '../render';

export const roleLabel = (role: string) => (role === 'owner' ? 'Owner' : 'Member');

/** "our shared mailbox, care.vn6c2@nhs.net" or "our site's shared mailbox" when unknown. */
export function ourMailbox(ctx: RenderContext): string {
  return ctx.sharedAddress ? `our shared mailbox, ${ctx.sharedAddress}` : "our site's shared mailbox";
}

/** Each mobile and each address is one person's (seed 000: "must be unique to you"). */
export function duplicates<T>(items: readonly T[], key: (item: T) => string | undefined, path: (i: number) => string, what: string): RuleIssue[] {
  const seen = new Map<string, number>();
  const issues: RuleIssue[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (!k) return;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else issues.push({ path: path(i), message: `This ${what} is also given for person ${first + 1}. Each person needs their own ${what}.` });
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


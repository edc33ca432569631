// GENERATED from the catalogue (src/domain/catalogue.ts) by src/domain/kindIndex.test.ts: do not edit.
// After adding or changing a kind, run: npx vitest run src/domain/kindIndex.test.ts -u
//
// The catalogue's index: what the action list needs, and nothing heavier (type imports only: no
// zod, no fields, no renderers), so the pane's first screen never waits for the validation engine.
// The request modules load with the form.

import type { KindGroup, Route, SendFrom } from './requestKind';

export interface KindSummary {
  id: string;
  /** In the words a care home manager would use. */
  title: string;
  group: KindGroup;
  route: Route;
  sendFrom: SendFrom;
}

export const kindIndex = {
  'add-user': { id: 'add-user', title: "Add new staff who don't have NHSmail", group: 'people', route: 'email', sendFrom: 'shared' },
  'add-joiner': { id: 'add-joiner', title: 'Add staff who already have NHSmail', group: 'people', route: 'email', sendFrom: 'shared' },
  'leaver': { id: 'leaver', title: 'Remove staff who have left', group: 'people', route: 'email', sendFrom: 'shared' },
  'leaver-self': { id: 'leaver-self', title: 'I am leaving: mark my own account as a leaver', group: 'people', route: 'email', sendFrom: 'shared-or-personal' },
  'owner-change': { id: 'owner-change', title: 'Give or remove owner rights', group: 'people', route: 'email', sendFrom: 'shared' },
  'disable-account': { id: 'disable-account', title: 'Pause an account during long leave', group: 'accounts', route: 'email', sendFrom: 'shared-or-personal' },
  'enable-account': { id: 'enable-account', title: 'Turn a paused account back on', group: 'accounts', route: 'email', sendFrom: 'shared' },
  'self-service-reset': { id: 'self-service-reset', title: 'Forgotten password or locked account', group: 'accounts', route: 'self-service', sendFrom: 'shared-or-personal' },
  'reset-new-mobile': { id: 'reset-new-mobile', title: 'Send a password reset to a new mobile', group: 'accounts', route: 'email', sendFrom: 'shared' },
  'reset-owner-vouched': { id: 'reset-owner-vouched', title: 'Vouch for someone who is locked out', group: 'accounts', route: 'email', sendFrom: 'shared' },
  'reinstate-account': { id: 'reinstate-account', title: 'Restore a deleted account', group: 'accounts', route: 'email', sendFrom: 'shared' },
  'name-change': { id: 'name-change', title: "Update someone's name", group: 'accounts', route: 'email', sendFrom: 'shared-or-personal' },
  'audit': { id: 'audit', title: 'Check who can use the shared mailbox', group: 'site', route: 'email', sendFrom: 'shared' },
  'more-accounts': { id: 'more-accounts', title: 'Ask for more than 10 accounts', group: 'site', route: 'email', sendFrom: 'shared' },
  'teams-request': { id: 'teams-request', title: 'Set up a Microsoft Teams team for the site', group: 'site', route: 'email', sendFrom: 'shared' },
  'ods-rename': { id: 'ods-rename', title: 'Our ODS code is changing (change of registration)', group: 'site', route: 'email', sendFrom: 'shared' },
  'close-acquisition': { id: 'close-acquisition', title: 'Close the mailbox after the site is bought', group: 'site', route: 'email', sendFrom: 'shared' },
  'sponsored-transfer': { id: 'sponsored-transfer', title: 'Move a shared mailbox another organisation sponsored', group: 'site', route: 'email', sendFrom: 'shared' },
  'escalation': { id: 'escalation', title: 'Chase a request that has not been sorted', group: 'help', route: 'email', sendFrom: 'shared-or-personal' },
  'ods-query': { id: 'ods-query', title: 'Ask about our ODS code or DSPT', group: 'help', route: 'email', sendFrom: 'shared-or-personal' },
  'missing-shared-access': { id: 'missing-shared-access', title: 'I have my own account but no shared mailbox', group: 'help', route: 'email', sendFrom: 'personal' },
  'missing-personal-account': { id: 'missing-personal-account', title: "A colleague's own NHSmail account never arrived", group: 'help', route: 'email', sendFrom: 'shared' },
  'phone-no-access': { id: 'phone-no-access', title: 'Nobody can open the shared mailbox', group: 'help', route: 'phone', sendFrom: 'shared-or-personal' },
  'phone-new-manager': { id: 'phone-new-manager', title: 'New manager, and nobody left has access', group: 'help', route: 'phone', sendFrom: 'shared-or-personal' },
  'phone-transferred-manager': { id: 'phone-transferred-manager', title: 'Manager moved from another site and locked out', group: 'help', route: 'phone', sendFrom: 'shared-or-personal' },
} as const satisfies Readonly<Record<string, KindSummary>>;

export type KindId = keyof typeof kindIndex;

/** In the order a manager meets them. */
export const kindList: readonly KindSummary[] = Object.values(kindIndex);

export const groupTitles: Readonly<Record<KindGroup, string>> = {
  people: 'People',
  accounts: 'Accounts',
  site: 'Your site',
  help: 'Help and problems',
};

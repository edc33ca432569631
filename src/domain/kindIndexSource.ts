// The source text of kindIndex.ts, generated from the catalogue (see kindIndex.test.ts). Used only
// by the tests that write and check that file; nothing in the pane imports it.

import type { RequestKind } from './requestKind';

function quote(s: string): string {
  return s.includes("'") && !s.includes('"') ? JSON.stringify(s) : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The source of kindIndex.ts for a catalogue. */
export function kindIndexSource(kinds: readonly RequestKind[]): string {
  const entries = kinds.map(
    (k) =>
      `  ${quote(k.id)}: { id: ${quote(k.id)}, title: ${quote(k.title)}, group: ${quote(k.group)}, route: ${quote(k.route)}, sendFrom: ${quote(k.sendFrom)} },`,
  );
  return `// GENERATED from the catalogue (src/domain/catalogue.ts) by src/domain/kindIndex.test.ts: do not edit.
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
${entries.join('\n')}
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
`;
}

// kindIndex.ts is generated from the catalogue: the request modules are the one place a kind's id,
// title, group, route and sender rule are written. The index stays a plain literal, so the first
// screen loads it without zod, fields or renderers. After changing a kind, regenerate it with
//   npx vitest run src/domain/kindIndex.test.ts -u

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { requestKinds } from './catalogue';
import { kindIndex, kindList } from './kindIndex';
import type { RequestKind } from './requestKind';

const quote = (s: string) => (s.includes("'") && !s.includes('"') ? JSON.stringify(s) : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);

/** The source of kindIndex.ts for a catalogue. */
export function kindIndexSource(kinds: readonly RequestKind[]): string {
  const entries = kinds.map(
    (k) => `  ${quote(k.id)}: { id: ${quote(k.id)}, title: ${quote(k.title)}, group: ${quote(k.group)}, route: ${quote(k.route)}, sendFrom: ${quote(k.sendFrom)} },`,
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

describe('the first-screen index', () => {
  test('kindIndex.ts is exactly what the catalogue generates', async () => {
    await expect(kindIndexSource(requestKinds)).toMatchFileSnapshot('./kindIndex.ts');
  });

  test('it lists every kind once, in catalogue order, with the summary its module declares', () => {
    expect(kindList).toEqual(requestKinds.map(({ id, title, group, route, sendFrom }) => ({ id, title, group, route, sendFrom })));
    for (const kind of requestKinds) expect(kindIndex[kind.id as keyof typeof kindIndex], kind.id).toBeDefined();
  });

  test('it stays light: type imports only, so the first screen never loads zod or a renderer', () => {
    const source = readFileSync(new URL('./kindIndex.ts', import.meta.url), 'utf8');
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^import type /);
  });
});

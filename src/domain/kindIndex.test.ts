// kindIndex.ts is generated from the catalogue: the request modules are the one place a kind's id,
// title, group, route and sender rule are written. The index stays a plain literal, so the first
// screen loads it without zod, fields or renderers. After changing a kind, regenerate it with
//   npx vitest run src/domain/kindIndex.test.ts -u

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { requestKinds } from './catalogue';
import { kindIndex, kindList } from './kindIndex';
import { kindIndexSource } from './kindIndexSource';

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

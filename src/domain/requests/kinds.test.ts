// "A request kind is one file": each module here declares one kind, with everything about it; the
// catalogue lists each once; what can be derived (recipients, golden cases) is never written twice.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emailKinds, requestKinds } from '../catalogue';
import { goldenCases } from '../examples';
import { addresses } from '../recipients';

const dir = new URL('./', import.meta.url);
const helpers = new Set(['common.ts', 'guidedCommon.ts']);
const kindFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !helpers.has(f));
const source = (file: string) => readFileSync(new URL(file, dir), 'utf8');

describe('one file per request kind', () => {
  test('each kind module declares exactly one kind, and the catalogue holds one kind per module', () => {
    for (const file of kindFiles) expect(source(file).match(/\b(emailKind|guidedKind)\s*(<[^>]*>)?\(/g), file).toHaveLength(1);
    expect(requestKinds).toHaveLength(kindFiles.length);
    expect(new Set(requestKinds.map((k) => k.id)).size).toBe(requestKinds.length);
  });

  test('the module is named after the kind (add-user lives in addUser.ts)', () => {
    const camel = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    expect(requestKinds.map((k) => `${camel(k.id)}.ts`).sort()).toEqual([...kindFiles].sort());
  });

  test('recipients come from the route: an email kind writes to its recipient key, a guided case to nobody', () => {
    for (const file of kindFiles) expect(source(file), file).not.toMatch(/\brecipients\s*:/);
    for (const kind of requestKinds) {
      expect(kind.recipients, kind.id).toEqual(kind.route === 'email' ? [addresses[kind.recipient]] : []);
    }
    expect(emailKinds.find((k) => k.id === 'add-user')!.recipients).toEqual(['helpdesk@nhs.net']);
    expect(emailKinds.find((k) => k.id === 'escalation')!.recipients).toEqual(['feedback@nhs.net']);
    expect(emailKinds.find((k) => k.id === 'ods-query')!.recipients).toEqual(['exeter.helpdesk@nhs.net']);
  });

  test('every email kind carries its examples; each branch has a unique name and its own golden file', () => {
    for (const kind of emailKinds) {
      expect(kind.examples.length, kind.id).toBeGreaterThan(0);
      expect(kind.examples[0].branch, `${kind.id}: the first example is the main one`).toBeUndefined();
      for (const example of kind.examples.slice(1)) expect(example.branch, kind.id).toMatch(/^[a-z0-9-]+$/);
    }
    const names = goldenCases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const golden = readdirSync(new URL('../__golden__/', import.meta.url)).map((f) => f.replace(/\.txt$/, ''));
    expect([...names].sort()).toEqual(golden.sort());
  });
});

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

describe('the worked example in docs/requests.md ("Adding a request kind")', () => {
  test('its one new file is a working kind: the example parses, composes its text and is one index line', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const readme = readFileSync(new URL('../../../docs/requests.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Adding a request kind'));
    const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
    // The same module, with its relative imports pointed at this folder, loaded from a scratch file.
    const here = fileURLToPath(dir);
    const file = join(mkdtempSync(join(tmpdir(), 'kind-')), 'displayNameChange.ts');
    writeFileSync(
      file,
      code
        .replace(/from '\.\.\/(\w+)'/g, (_, m: string) => `from '${join(here, '..', m)}'`)
        .replace(/from '\.\/(\w+)'/g, (_, m: string) => `from '${join(here, m)}'`),
    );
    const { displayNameChange: kind } = (await import(/* @vite-ignore */ file)) as {
      displayNameChange: import('../requestKind').AnyEmailKind;
    };
    const { identifyMailbox } = await import('../mailboxIdentity');
    const mailbox = identifyMailbox('care.vn6c2@nhs.net', 'Care.VN6C2 (Sunrise House, Durham)');
    const now = new Date('2026-11-20T10:00:00Z');
    expect(kind.recipients).toEqual(['helpdesk@nhs.net']);
    const parsed = kind.schemaFor({ now, mailbox }).safeParse(kind.examples[0].input);
    expect(parsed.success).toBe(true);
    const site = mailbox.kind === 'shared' ? mailbox : undefined;
    expect(kind.render(parsed.data!, { mailbox, now, site, sharedAddress: site?.address }).ask).toBe(
      'Please change the display name of our shared mailbox, care.vn6c2@nhs.net.',
    );
    const { kindIndexSource } = await import('../kindIndexSource');
    const before = kindIndexSource(requestKinds).split('\n');
    const after = kindIndexSource([...requestKinds, kind]).split('\n');
    expect(after.length - before.length).toBe(1);
  });
});

describe('what the generic form needs is data on the kind', () => {
  test('a list that stops at its maximum names the kind to offer instead, and that kind exists', () => {
    const lists = emailKinds.flatMap((k) =>
      Object.values(k.fields)
        .filter((f) => f.type === 'list' && f.ui.overMaxKind)
        .map((f) => [k.id, f] as const),
    );
    expect(lists.map(([id]) => id).sort()).toEqual(['add-joiner', 'add-user']);
    for (const [, f] of lists) expect(f.type === 'list' && requestKinds.some((k) => k.id === f.ui.overMaxKind)).toBe(true);
    for (const [, f] of lists) expect(f.type === 'list' && f.ui.overMaxKind).toBe('more-accounts');
  });

  test('pasted people start as members: the role field says so, not the paste panel', () => {
    for (const id of ['add-user', 'add-joiner']) {
      const people = emailKinds.find((k) => k.id === id)!.fields.people!;
      const role = people.type === 'list' ? people.fields.role : undefined;
      expect(role?.type === 'scalar' && role.defaultValue, id).toBe('member');
    }
  });
});

// A draft's answers must have exactly the form's shape, lists and groups included.
import { expect, test } from 'vitest';
import { parseDraft } from './draft';
import { findKind } from './compose';
import type { EmailKind } from './requestKind';
import type { FieldMap } from './fields';

/** What the form holds before anything is typed (as src/ui/lazy/request/formValues.ts builds it). */
const blank = (fields: FieldMap): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(fields).map(([k, f]) => [
      k,
      f.type === 'list' ? [blank(f.fields)] : f.type === 'group' ? blank(f.fields) : f.ui.control === 'checkbox' ? false : '',
    ]),
  );

const now = 1_750_000_000_000;
const raw = (values: unknown) => JSON.stringify({ v: 2, id: 'a', savedAt: now, values });

test('lists of people and groups parse when they have the form’s shape, and not otherwise', () => {
  const leaver = findKind('leaver') as unknown as EmailKind;
  const good = blank(leaver.fields);
  expect(Array.isArray(good.people) && typeof good.newOwner === 'object').toBe(true);
  expect(parseDraft(raw(good), now, leaver.fields).state).toBe('ok');
  expect(parseDraft(raw({ ...good, people: [{ fullName: 1 }] }), now, leaver.fields).state).toBe('invalid');
  expect(parseDraft(raw({ ...good, newOwner: 'Amira Khan' }), now, leaver.fields).state).toBe('invalid');
  // A leaver request has no list limit (no seed states one); add-user has 10 (seed 002).
  expect(
    parseDraft(raw({ ...good, people: Array.from({ length: 50 }, () => (good.people as unknown[])[0]) }), now, leaver.fields).state,
  ).toBe('ok');
  const addUser = findKind('add-user') as unknown as EmailKind;
  const person = (blank(addUser.fields).people as unknown[])[0];
  const tooMany = { ...blank(addUser.fields), people: Array.from({ length: 11 }, () => person) };
  expect(parseDraft(raw(tooMany), now, addUser.fields).state).toBe('invalid');
});

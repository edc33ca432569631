// Every free-text field builder carries the personal-data guard, with the same scanner as the send
// guard: a short-text field that lost it would let an NHS number through to NAS.

import { describe, expect, test } from 'vitest';
import { fieldSchema, fullName, longText, shortText, singleName, type ScalarField, type ValidationContext } from './fields';
import { personalDataMessage, scanPersonalData } from './personalData';

const ctx = { now: new Date('2026-11-20T10:00:00Z'), mailbox: { kind: 'other', address: '' } } as unknown as ValidationContext;

const builders: [string, ScalarField][] = [
  ['shortText', shortText({ label: 'Job title' })],
  ['longText', longText({ label: 'Anything else NAS should know' })],
  ['fullName', fullName()],
  ['singleName', singleName({ label: 'First name' })],
];

const errors = (field: ScalarField, value: string) => {
  const r = fieldSchema(field, ctx).safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('the personal-data guard in every free-text field', () => {
  const personal = ['943\u00a0476\u00a05919', 'AB 12 34 56 C', 'DOB 12/03/1985'];
  test.each(builders)("%s refuses an NHS number, an NI number and a date of birth with the guard's own message", (_name, field) => {
    for (const value of personal) {
      const finding = scanPersonalData(value, ctx.now).find((f) => f.severity === 'error')!;
      expect(errors(field, value)).toContain(personalDataMessage(finding));
    }
  });

  test.each(builders)('%s accepts ordinary text', (_name, field) => {
    expect(errors(field, 'Amira Khan')).toEqual([]);
  });

  test('a postcode in short text is a warning, not an error', () => {
    const field = shortText({ label: 'Site address' });
    expect(errors(field, 'Sunrise House DH1 3AB')).toEqual([]);
    expect(field.warn?.('Sunrise House DH1\u00a03AB', ctx)).toEqual([{ code: 'postcode', message: expect.stringContaining('DH1 3AB') }]);
  });
});

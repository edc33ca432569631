// Checks the draft envelope literally: the key per kind and site, the 24-hour lifetime to the
// millisecond, and every reason a stored value is not a draft.
import { describe, expect, test } from 'vitest';
import { draftKey, draftLifetimeMs, draftPrefix, draftVersion, readDraft, sameValues } from './draftEnvelope';
import { draftParser, parseDraft } from './draft';
import type { FieldMap } from './fields';

const t0 = Date.UTC(2026, 10, 20, 10, 0, 0);
const good = { v: 2, id: 'pane-1', savedAt: t0, values: { name: 'Jane' } };
const raw = (over: Record<string, unknown> = {}) => JSON.stringify({ ...good, ...over });

describe('draft envelope', () => {
  test('constants: 24 hours in milliseconds, version 2, the draft: prefix', () => {
    expect(draftLifetimeMs).toBe(86_400_000);
    expect(draftVersion).toBe(2);
    expect(draftPrefix).toBe('draft:');
  });

  test('the key is draft:<kind>:<site in lower case>, or no-site', () => {
    expect(draftKey('add-user', 'Care.VN6C2@NHS.net')).toBe('draft:add-user:care.vn6c2@nhs.net');
    expect(draftKey('add-user', undefined)).toBe('draft:add-user:no-site');
    expect(draftKey('leaver', 'pharmacy.fh542@nhs.net')).not.toBe(draftKey('leaver', 'care.vn6c2@nhs.net'));
  });

  test('a whole, fresh envelope reads back as it was', () => {
    expect(readDraft(raw(), t0)).toEqual({ state: 'ok', draft: good });
    expect(readDraft(raw({ savedAt: 0 }), 1000)).toEqual({ state: 'ok', draft: { ...good, savedAt: 0 } });
  });

  test('exactly 24 hours old is still a draft; one millisecond more is expired', () => {
    expect(readDraft(raw(), t0 + draftLifetimeMs).state).toBe('ok');
    expect(readDraft(raw(), t0 + 24 * 60 * 60 * 1000 + 1)).toEqual({ state: 'expired' });
    expect(readDraft(raw(), t0 + 30 * 24 * 60 * 60 * 1000)).toEqual({ state: 'expired' });
  });

  test('a draft dated in the future is expired, even by one millisecond', () => {
    expect(readDraft(raw(), t0 - 1)).toEqual({ state: 'expired' });
  });

  test.each([
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['an array', JSON.stringify([good])],
    ['a string', JSON.stringify('draft')],
    ['another version', raw({ v: 1 })],
    ['no version', raw({ v: undefined })],
    ['a numeric id', raw({ id: 7 })],
    ['an empty id', raw({ id: '' })],
    ['a fractional time', raw({ savedAt: t0 + 0.5 })],
    ['a negative time', raw({ savedAt: -1 })],
    ['a time as text', raw({ savedAt: String(t0) })],
    ['values as an array', raw({ values: ['Jane'] })],
    ['values null', raw({ values: null })],
    ['values as text', raw({ values: 'Jane' })],
  ])('%s is invalid', (_, value) => {
    expect(readDraft(value, t0)).toEqual({ state: 'invalid' });
    expect(parseDraft(value, t0)).toEqual({ state: 'invalid' });
  });

  test('sameValues compares answers as data', () => {
    expect(sameValues({ a: '1', b: [{ c: true }] }, { a: '1', b: [{ c: true }] })).toBe(true);
    expect(sameValues({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameValues({ a: '' }, {})).toBe(false);
  });
});

describe('draft answers against the form', () => {
  const fields = {
    name: { type: 'scalar', ui: { control: 'text' } },
    agree: { type: 'scalar', ui: { control: 'checkbox' } },
  } as unknown as FieldMap;

  test('answers of the right shape pass; an expired one stays expired, with or without fields', () => {
    const ok = raw({ values: { name: 'Jane', agree: true } });
    expect(parseDraft(ok, t0, fields)).toEqual({ state: 'ok', draft: { ...good, values: { name: 'Jane', agree: true } } });
    expect(draftParser(fields)(ok, t0).state).toBe('ok');
    expect(parseDraft(ok, t0 + draftLifetimeMs + 1, fields)).toEqual({ state: 'expired' });
    expect(draftParser(fields)(ok, t0 + draftLifetimeMs + 1)).toEqual({ state: 'expired' });
  });

  test('answers of the wrong shape, or an unknown answer, are invalid', () => {
    expect(parseDraft(raw({ values: { name: true, agree: true } }), t0, fields)).toEqual({ state: 'invalid' });
    expect(parseDraft(raw({ values: { name: 'Jane', agree: 'yes' } }), t0, fields)).toEqual({ state: 'invalid' });
    expect(draftParser(fields)(raw({ values: { name: 'Jane', agree: true, extra: 'x' } }), t0)).toEqual({ state: 'invalid' });
  });

  test('an id longer than 64 characters passes the envelope reader but not the zod envelope', () => {
    const long = raw({ id: 'x'.repeat(65) });
    expect(readDraft(long, t0).state).toBe('ok');
    expect(parseDraft(long, t0)).toEqual({ state: 'invalid' });
    expect(parseDraft(raw({ id: 'x'.repeat(64) }), t0).state).toBe('ok');
  });
});

import { describe, expect, test } from 'vitest';
import { checkbox, fullName, group, list, type FieldMap } from '../fields';
import { identifyMailbox } from '../mailboxIdentity';
import { validationContext } from '../requestKind';
import { checkedPrefill, prefilledValues, withPrefill } from './prefill';

const now = new Date('2026-11-30T10:00:00Z');
const vctx = validationContext({ now, mailbox: identifyMailbox('care.vn6c2@nhs.net') });

const fields: FieldMap = {
  name: fullName(),
  agree: checkbox({ label: 'Agree' }),
  people: list({ label: 'People', itemLabel: 'Person', min: 1, max: 2, maxMessage: 'Two at most', fields: { fullName: fullName() } }),
  newOwner: group({ label: 'New owner', fields: { fullName: fullName() } }),
};

describe('checkedPrefill: only values that fit and validate', () => {
  test('a scalar must be text: a boolean is left out even where the field would take it', () => {
    expect(checkedPrefill(fields, { agree: true }, vctx)).toStrictEqual({});
    expect(checkedPrefill(fields, { name: 'Jane Smith', agree: false }, vctx)).toStrictEqual({ name: 'Jane Smith' });
  });
  test('a list takes only an array, cut to the list’s maximum, items kept at their index', () => {
    expect(checkedPrefill(fields, { people: 'Jane Smith' }, vctx)).toStrictEqual({});
    expect(checkedPrefill(fields, { people: { fullName: 'Jane Smith' } }, vctx)).toStrictEqual({});
    expect(
      checkedPrefill(fields, { people: [{ fullName: 'Jane Smith' }, { fullName: 'Tom Hill' }, { fullName: 'Ann Lee' }] }, vctx),
    ).toStrictEqual({ people: [{ fullName: 'Jane Smith' }, { fullName: 'Tom Hill' }] });
    expect(checkedPrefill(fields, { people: [{ fullName: 'X' }, { fullName: 'Tom Hill' }] }, vctx)).toStrictEqual({
      people: [{}, { fullName: 'Tom Hill' }],
    });
    expect(checkedPrefill(fields, { people: ['Jane Smith', { fullName: 'Tom Hill' }] }, vctx)).toStrictEqual({
      people: [{}, { fullName: 'Tom Hill' }],
    });
  });
  test('a group takes a record, and only when something in it validates', () => {
    expect(checkedPrefill(fields, { newOwner: { fullName: 'Jane Smith' } }, vctx)).toStrictEqual({ newOwner: { fullName: 'Jane Smith' } });
    expect(checkedPrefill(fields, { newOwner: { fullName: 'X' } }, vctx)).toStrictEqual({});
    expect(checkedPrefill(fields, { newOwner: null, name: 'Tom Hill' }, vctx)).toStrictEqual({ name: 'Tom Hill' });
    expect(checkedPrefill(fields, { newOwner: 'Jane Smith' }, vctx)).toStrictEqual({});
  });
});

describe('withPrefill: laid over the blank form', () => {
  test('nothing to lay over: the blank form as it is, at any depth', () => {
    expect(withPrefill({ a: '1' }, undefined)).toStrictEqual({ a: '1' });
    expect(withPrefill({ a: '1', b: '2' }, { a: undefined, b: 'x' })).toStrictEqual({ a: '1', b: 'x' });
  });
  test('null replaces the value; it is not a group', () => {
    expect(withPrefill({ a: { b: '1' } }, { a: null })).toStrictEqual({ a: null });
  });
  test('a list over something that is not a list starts empty', () => {
    expect(withPrefill('x', [])).toStrictEqual([]);
    expect(withPrefill(undefined, ['a', 'b'])).toStrictEqual(['a', 'b']);
  });
  test('an existing list item keeps its own values under the prefill', () => {
    expect(withPrefill([{ a: '1', b: '2' }], [{ a: 'x' }])).toStrictEqual([{ a: 'x', b: '2' }]);
  });
  test('a new list item starts as a blank copy of the first: false, [], blank groups, empty text', () => {
    const base = [{ name: 'Jane', owner: true, tags: ['x'], address: { line: 'High St' } }];
    expect(withPrefill(base, [{}, { name: 'Tom' }])).toStrictEqual([
      { name: 'Jane', owner: true, tags: ['x'], address: { line: 'High St' } },
      { name: 'Tom', owner: false, tags: [], address: { line: '' } },
    ]);
  });
  test('a new item after a first that is not a record is just the prefill', () => {
    expect(withPrefill(['a'], ['x', 'y'])).toStrictEqual(['x', 'y']);
  });
});

test('prefilledValues: the checked values laid over the blank form', () => {
  const blank = { name: '', agree: false, people: [{ fullName: '' }], newOwner: { fullName: '' } };
  expect(
    prefilledValues(fields, blank, { name: 'X', agree: true, people: [{}, { fullName: 'Tom Hill' }], colour: 'red' }, vctx),
  ).toStrictEqual({
    name: '',
    agree: false,
    people: [{ fullName: '' }, { fullName: 'Tom Hill' }],
    newOwner: { fullName: '' },
  });
  expect(prefilledValues(fields, blank, undefined, vctx)).toStrictEqual(blank);
});

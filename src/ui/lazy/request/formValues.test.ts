// Form state: a new form's values (from the domain, or prefilled), reading and writing at a path
// without touching the values a render holds, and the ids and keys a path gives.
import { describe, expect, test } from 'vitest';
import { checkbox, fullName, group, list, mobile, nhsmailAddress, role } from '../../../domain/fields';
import { emptyValue, emptyValues, getAt, pathId, pathKey, setAt } from './formValues';

const person = { fullName: fullName(), mobile: mobile(), role: role() };
const fields = {
  people: list({ label: 'New staff', itemLabel: 'Person', min: 1, max: 10, maxMessage: 'At most 10', fields: person }),
  helpers: list({ label: 'Helpers', itemLabel: 'Helper', min: 0, max: 5, maxMessage: 'At most 5', fields: person }),
  anotherOwnerRemains: checkbox({ label: 'Another owner stays on the shared mailbox' }),
  newOwner: group({ label: 'New owner', optional: true, fields: { fullName: fullName(), nhsmailAddress: nhsmailAddress() } }),
  reference: fullName({ label: 'Your name' }),
};

describe('emptyValues: a new form', () => {
  test('each field starts as the domain says: lists with their minimum of blank items, groups filled in, ticks off, role member', () => {
    expect(emptyValues(fields)).toEqual({
      people: [{ fullName: '', mobile: '', role: 'member' }],
      helpers: [],
      anotherOwnerRemains: false,
      newOwner: { fullName: '', nhsmailAddress: '' },
      reference: '',
    });
  });

  test('emptyValue is the domain’s value for one field', () => {
    expect(emptyValue(role())).toBe('member');
    expect(emptyValue(checkbox({ label: 'Tick' }))).toBe(false);
    expect(emptyValue(fullName())).toBe('');
  });

  test('a prefilled value replaces the empty one for that field only', () => {
    expect(emptyValues(fields, { reference: 'Amira Khan' })).toEqual({
      people: [{ fullName: '', mobile: '', role: 'member' }],
      helpers: [],
      anotherOwnerRemains: false,
      newOwner: { fullName: '', nhsmailAddress: '' },
      reference: 'Amira Khan',
    });
  });

  test('a prefilled empty string is kept (only a missing prefill falls back to the empty value)', () => {
    expect(emptyValues({ role: role() }, { role: '' })).toEqual({ role: '' });
    expect(emptyValues({ role: role() }, { other: 'owner' })).toEqual({ role: 'member' });
  });

  test('prefill keys that are not fields are not added', () => {
    expect(Object.keys(emptyValues({ reference: fullName() }, { reference: 'Tom O’Neill', stray: 'x' }))).toEqual(['reference']);
  });
});

describe('getAt: reading at a path', () => {
  const values = {
    people: [
      { fullName: 'Amira Khan', mobile: '07700 900123' },
      { fullName: 'Tom O’Neill', mobile: '' },
    ],
    newOwner: { fullName: 'Sarah Bell' },
    reference: 'VN6C2',
  };

  test('through objects and arrays', () => {
    expect(getAt(values, ['people', 1, 'fullName'])).toBe('Tom O’Neill');
    expect(getAt(values, ['people', 0, 'mobile'])).toBe('07700 900123');
    expect(getAt(values, ['newOwner', 'fullName'])).toBe('Sarah Bell');
    expect(getAt(values, ['people', 1])).toEqual({ fullName: 'Tom O’Neill', mobile: '' });
  });

  test('an empty path is the values themselves', () => {
    expect(getAt(values, [])).toBe(values);
  });

  test('a path that runs past a missing value, a string or null gives undefined without throwing', () => {
    expect(getAt(values, ['people', 5, 'fullName'])).toBeUndefined();
    expect(getAt(values, ['missing', 'deeper'])).toBeUndefined();
    // A string is not looked into: its characters are not fields.
    expect(getAt(values, ['reference', 0])).toBeUndefined();
    expect(getAt(values, ['reference', 'length'])).toBeUndefined();
    expect(getAt({ newOwner: null }, ['newOwner', 'fullName'])).toBeUndefined();
    expect(getAt(null, ['people'])).toBeUndefined();
    expect(getAt(undefined, ['people'])).toBeUndefined();
    expect(getAt(0, ['toFixed'])).toBeUndefined();
    expect(getAt(true, ['valueOf'])).toBeUndefined();
  });

  test('a falsy value found at the end of the path is returned as it is', () => {
    const item = { count: 0, tick: false, text: '' };
    expect(getAt(item, ['count'])).toBe(0);
    expect(getAt(item, ['tick'])).toBe(false);
    expect(getAt(item, ['text'])).toBe('');
  });
});

describe('setAt: writing at a path, as a copy', () => {
  test('an empty path gives the new value', () => {
    expect(setAt({ a: 1 }, [], 'whole')).toBe('whole');
  });

  test('a field of an item of a list: a new object and array along the path, the rest shared, the input unchanged', () => {
    const second = { fullName: 'Tom O’Neill', mobile: '' };
    const newOwner = { fullName: 'Sarah Bell' };
    const values = { people: [{ fullName: 'Amira Khan', mobile: '07700 900123' }, second], newOwner };
    const before = structuredClone(values);
    const next = setAt(values, ['people', 0, 'mobile'], '07700 900456');
    expect(next).toEqual({ people: [{ fullName: 'Amira Khan', mobile: '07700 900456' }, second], newOwner });
    expect(values).toEqual(before);
    expect(next).not.toBe(values);
    expect(next.people).not.toBe(values.people);
    expect(Array.isArray(next.people)).toBe(true);
    expect(next.people[0]).not.toBe(values.people[0]);
    expect(next.people[1]).toBe(second);
    expect(next.newOwner).toBe(newOwner);
  });

  test('an item of an array replaced at its index, the array copied', () => {
    const list = ['a', 'b', 'c'];
    const next = setAt(list, [1], 'B');
    expect(next).toEqual(['a', 'B', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
    expect(next).not.toBe(list);
  });

  test('an array past its end grows to the index', () => {
    const next = setAt({ people: [] as unknown[] }, ['people', 1, 'fullName'], 'Amira Khan');
    expect(next.people).toHaveLength(2);
    expect(next.people[1]).toEqual({ fullName: 'Amira Khan' });
  });

  test('a missing, null or non-object value on the way becomes an object', () => {
    expect(setAt({}, ['newOwner', 'fullName'], 'Sarah Bell')).toEqual({ newOwner: { fullName: 'Sarah Bell' } });
    expect(setAt({ newOwner: null }, ['newOwner', 'fullName'], 'Sarah Bell')).toEqual({ newOwner: { fullName: 'Sarah Bell' } });
    expect(setAt({ newOwner: 'text' }, ['newOwner', 'fullName'], 'Sarah Bell')).toEqual({ newOwner: { fullName: 'Sarah Bell' } });
    expect(setAt(undefined, ['a', 'b'], 1)).toEqual({ a: { b: 1 } });
    expect(setAt(0, ['a'], 1)).toEqual({ a: 1 });
  });

  test('an object’s other keys are kept', () => {
    const values = { fullName: 'Amira Khan', mobile: '' };
    expect(setAt(values, ['mobile'], '07700 900123')).toEqual({ fullName: 'Amira Khan', mobile: '07700 900123' });
    expect(values).toEqual({ fullName: 'Amira Khan', mobile: '' });
  });
});

describe('pathId and pathKey', () => {
  test('pathId: "field-" and the path joined with hyphens, for element ids', () => {
    expect(pathId(['people', 0, 'fullName'])).toBe('field-people-0-fullName');
    expect(pathId(['reference'])).toBe('field-reference');
    expect(pathId([])).toBe('field-');
  });

  test('pathKey: the path joined with full stops, as the domain names a field (people.0.mobile)', () => {
    expect(pathKey(['people', 0, 'mobile'])).toBe('people.0.mobile');
    expect(pathKey(['reference'])).toBe('reference');
    expect(pathKey([])).toBe('');
  });
});

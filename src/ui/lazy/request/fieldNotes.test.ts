// What a field says under its box: hints, the residents line, and the
// length counter and message (nothing is ever cut).
import { describe, expect, test } from 'vitest';
import type { ScalarField } from '../../../domain/fields';
import { counterFrom, fieldHint, lengthNote, residentsLine } from './fieldNotes';

const field = (ui: Partial<ScalarField['ui']>, optional?: boolean) =>
  ({ ui: { control: 'text', label: 'L', ...ui }, optional }) as ScalarField;

describe('fieldHint', () => {
  test('the field’s own hint; "Optional" after it for an optional field; nothing when there is neither', () => {
    expect(fieldHint(field({ hint: 'As on the rota' }))).toBe('As on the rota');
    expect(fieldHint(field({ hint: 'As on the rota' }, true))).toBe('As on the rota. Optional');
    expect(fieldHint(field({}, true))).toBe('Optional');
    expect(fieldHint(field({}))).toBeUndefined();
  });
  test('a hint that ends its sentence gets one full stop, not two; a hint that already says Optional is not repeated', () => {
    expect(fieldHint(field({ hint: "Not sure? Ask for 'an audit'." }, true))).toBe("Not sure? Ask for 'an audit'. Optional");
    expect(fieldHint(field({ hint: 'Optional. For the sign-off' }, true))).toBe('Optional. For the sign-off');
  });
  test('a check box never says Optional', () => {
    expect(fieldHint(field({ control: 'checkbox' }, true))).toBeUndefined();
  });
  test('every free-text box says NAS never needs details about residents or patients, last', () => {
    expect(residentsLine).toBe('NAS never needs details about residents or patients.');
    expect(fieldHint(field({ control: 'textarea' }))).toBe(residentsLine);
    expect(fieldHint(field({ control: 'textarea', hint: 'What is still wrong.' }, true))).toBe(
      `What is still wrong. Optional. ${residentsLine}`,
    );
    expect(fieldHint(field({ control: 'text', hint: 'A name' }))).not.toContain('residents');
  });
});

describe('lengthNote: counted, never cut', () => {
  test('no limit, or not text: nothing', () => {
    expect(lengthNote('x'.repeat(500), undefined, 'text')).toEqual({});
    expect(lengthNote(true, 10, 'checkbox')).toEqual({});
    expect(lengthNote(undefined, 10, 'text')).toEqual({});
  });
  test('a short box shows the counter only from 80 % of its limit', () => {
    expect(counterFrom).toBe(0.8);
    expect(lengthNote('x'.repeat(55), 70, 'text')).toEqual({ counter: undefined });
    expect(lengthNote('x'.repeat(56), 70, 'text')).toEqual({ counter: '56 of 70 characters' });
    expect(lengthNote('x'.repeat(70), 70, 'text')).toEqual({ counter: '70 of 70 characters' });
  });
  test('a free-text box always shows it, in thousands with commas', () => {
    expect(lengthNote('', 2000, 'textarea')).toEqual({ counter: '0 of 2,000 characters' });
    expect(lengthNote('x'.repeat(1999), 2000, 'textarea')).toEqual({ counter: '1,999 of 2,000 characters' });
  });
  test('past the limit: how many too many (one, or many), the limit, and that nothing was cut', () => {
    expect(lengthNote('x'.repeat(71), 70, 'text')).toEqual({
      counter: '71 of 70 characters',
      over: '1 character too many: this box takes 70. Nothing has been cut; shorten it to go on.',
    });
    expect(lengthNote('x'.repeat(3500), 2000, 'textarea').over).toBe(
      '1,500 characters too many: this box takes 2,000. Nothing has been cut; shorten it to go on.',
    );
  });
});

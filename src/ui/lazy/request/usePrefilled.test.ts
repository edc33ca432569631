// A form opened from the "About this email" card starts from the suggested values that fit: only
// those the kind has a field for and that validate (against the clock and mailbox given), worked out
// once when the form opens.
import { renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { date, fullName, type FieldMap, type ScalarField } from '../../../domain/fields';
import { identifyMailbox } from '../../../domain/mailboxIdentity';
import { usePrefilled } from './usePrefilled';
import { emptyValues } from './formValues';

const now = new Date('2026-11-30T10:00:00Z');
const mailbox = identifyMailbox('care.vn6c2@nhs.net');
// Fields whose validation can see only what the context carries: the day `now` says, and the mailbox.
const scalar = (schema: ScalarField['schema']): ScalarField => ({ type: 'scalar', ui: { control: 'text', label: 'Test' }, schema });
const fields: FieldMap = {
  name: fullName({ label: 'Full name' }),
  leaving: date({ label: 'Leaving date', notPast: true }),
  today: scalar((ctx) => z.string().refine((v) => v === ctx.now.toISOString().slice(0, 10))),
  mailbox: scalar((ctx) => z.string().refine((v) => v === ctx.mailbox.address)),
};
const blankValues = () => emptyValues(fields);

describe('usePrefilled', () => {
  test('without suggested values: undefined, and the blank form is not even built', () => {
    const blank = vi.fn(blankValues);
    const clock = vi.fn(() => now);
    const { result } = renderHook(() => usePrefilled(fields, blank, undefined, mailbox, clock));
    expect(result.current).toBeUndefined();
    expect(blank).not.toHaveBeenCalled();
    expect(clock).not.toHaveBeenCalled();
  });

  test('suggested values that fit and validate are laid over the blank form', () => {
    const { result } = renderHook(() =>
      usePrefilled(
        fields,
        blankValues,
        { name: 'Grace Adeyemi', leaving: '01/12/2026', today: '2026-11-30', mailbox: 'care.vn6c2@nhs.net' },
        mailbox,
        () => now,
      ),
    );
    expect(result.current).toEqual({ name: 'Grace Adeyemi', leaving: '01/12/2026', today: '2026-11-30', mailbox: 'care.vn6c2@nhs.net' });
  });

  test('a value with no field is dropped, and one that does not validate leaves the field blank', () => {
    const { result } = renderHook(() =>
      usePrefilled(
        fields,
        blankValues,
        { name: 'Grace Adeyemi', surname: 'Adeyemi', leaving: '29/11/2026', today: 'tomorrow' },
        mailbox,
        () => now,
      ),
    );
    expect(result.current).toEqual({ name: 'Grace Adeyemi', leaving: '', today: '', mailbox: '' });
  });

  test('validation uses the clock and the mailbox given: another day or mailbox leaves those fields blank', () => {
    const values = { leaving: '30/11/2026', today: '2026-11-30', mailbox: 'care.vn6c2@nhs.net' };
    const other = identifyMailbox('care.ab123@nhs.net');
    const later = new Date('2026-12-01T10:00:00Z');
    expect(renderHook(() => usePrefilled(fields, blankValues, values, mailbox, () => now)).result.current).toEqual({
      name: '',
      ...values,
    });
    expect(renderHook(() => usePrefilled(fields, blankValues, values, other, () => now)).result.current).toEqual({
      name: '',
      leaving: '30/11/2026',
      today: '2026-11-30',
      mailbox: '',
    });
    expect(renderHook(() => usePrefilled(fields, blankValues, values, mailbox, () => later)).result.current).toEqual({
      name: '',
      leaving: '',
      today: '',
      mailbox: 'care.vn6c2@nhs.net',
    });
  });

  test('the personal-data guard applies: a suggested name carrying an NHS number is left out', () => {
    const { result } = renderHook(() => usePrefilled(fields, blankValues, { name: 'Grace 943 476 5919' }, mailbox, () => now));
    expect(result.current).toEqual({ name: '', leaving: '', today: '', mailbox: '' });
  });

  test('empty suggestions give the blank form itself, not undefined', () => {
    const blank = { name: 'kept', leaving: '', today: '', mailbox: '' };
    const { result } = renderHook(() =>
      usePrefilled(
        fields,
        () => blank,
        {},
        mailbox,
        () => now,
      ),
    );
    expect(result.current).toEqual(blank);
  });

  test('worked out once, when the form opens: later renders change nothing and call nothing again', () => {
    const blank = vi.fn(blankValues);
    const clock = vi.fn((at: Date) => at);
    const { result, rerender } = renderHook(
      ({ values, at }: { values: Record<string, unknown> | undefined; at: Date }) =>
        usePrefilled(fields, blank, values, mailbox, () => clock(at)),
      { initialProps: { values: { name: 'Grace Adeyemi' } as Record<string, unknown> | undefined, at: now } },
    );
    const first = result.current;
    expect(first).toEqual({ name: 'Grace Adeyemi', leaving: '', today: '', mailbox: '' });
    rerender({ values: { name: 'Jane Smith' }, at: new Date('2027-01-01T10:00:00Z') });
    rerender({ values: undefined, at: now });
    expect(result.current).toBe(first);
    expect(blank).toHaveBeenCalledTimes(1);
    expect(clock).toHaveBeenCalledTimes(1);
  });
});

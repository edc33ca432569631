// Checks the calendar helpers: what counts as a real YYYY-MM-DD date, the
// UK wall clock's weekday, month arithmetic that clamps to the month's last day, and the refusal of
// anything that is not a date.
import { describe, expect, test } from 'vitest';
import { addMonths, daysBetween, formatLongDate, isValidIsoDate, parseUkDate, ukClock, ukDateFormatMessage } from './dates';

describe('isValidIsoDate', () => {
  test('real dates only: no rolled-over day or month, no two-digit year read as 19xx', () => {
    expect(isValidIsoDate('2026-02-28')).toBe(true);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-00-10')).toBe(false);
    expect(isValidIsoDate('2026-01-00')).toBe(false);
    // Date.UTC reads years 0–99 as 1900–1999: the year would not come back as written.
    expect(isValidIsoDate('0050-01-01')).toBe(false);
    expect(isValidIsoDate('0099-12-31')).toBe(false);
    expect(isValidIsoDate('0100-01-01')).toBe(true);
    expect(isValidIsoDate('2026-1-01')).toBe(false);
  });
});

describe('ukClock', () => {
  test('the UK date, weekday (0 = Sunday) and minutes since midnight, in GMT and in BST', () => {
    expect(ukClock(new Date('2026-11-20T10:00:00Z'))).toEqual({ date: '2026-11-20', weekday: 5, minutes: 600 });
    expect(ukClock(new Date('2026-07-04T23:30:00Z'))).toEqual({ date: '2026-07-05', weekday: 0, minutes: 30 });
    expect(ukClock(new Date('2026-11-23T00:05:00Z'))).toEqual({ date: '2026-11-23', weekday: 1, minutes: 5 });
    expect(ukClock(new Date('2026-11-21T18:00:00Z'))).toEqual({ date: '2026-11-21', weekday: 6, minutes: 1080 });
  });
});

describe('addMonths', () => {
  test('clamps to the last day of the month it lands in', () => {
    expect(addMonths('2026-08-31', 18)).toBe('2028-02-29');
    expect(addMonths('2025-08-31', 18)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('2026-12-01', 18)).toBe('2028-06-01');
    expect(addMonths('2026-01-30', 2)).toBe('2026-03-30');
  });
});

describe('not a date', () => {
  test('a value that is not YYYY-MM-DD is refused with a RangeError naming it', () => {
    expect(() => formatLongDate('soon')).toThrow(new RangeError('Not a YYYY-MM-DD date: soon'));
    expect(() => daysBetween('2026-11-20', '20/11/2026')).toThrow(new RangeError('Not a YYYY-MM-DD date: 20/11/2026'));
    expect(() => addMonths('', 1)).toThrow(RangeError);
  });
});

describe('parseUkDate takes a date only when it is the whole of what was typed', () => {
  const askFormat = { ok: false, message: ukDateFormatMessage };

  test('a YYYY-MM-DD date with more before or after it asks for dd/mm/yyyy, not a real date', () => {
    expect(ukDateFormatMessage).toBe('Enter the date as dd/mm/yyyy, for example 03/02/2026');
    expect(parseUkDate('2026-02-03T10:00')).toEqual(askFormat);
    expect(parseUkDate('2026-02-031')).toEqual(askFormat);
    expect(parseUkDate('12026-02-03')).toEqual(askFormat);
    expect(parseUkDate('on 2026-02-03')).toEqual(askFormat);
  });

  test('an impossible YYYY-MM-DD date on its own is named as not real', () => {
    expect(parseUkDate(' 2026-02-30 ')).toEqual({
      ok: false,
      message: '2026-02-30 is not a real date. Check the day and the month (dd/mm/yyyy)',
    });
  });

  test('a dd/mm/yyyy date with words or a time around it asks for dd/mm/yyyy', () => {
    expect(parseUkDate('Mon 03/02/2026')).toEqual(askFormat);
    expect(parseUkDate('103/02/2026')).toEqual(askFormat);
    expect(parseUkDate('03/02/2026 14:30')).toEqual(askFormat);
    expect(parseUkDate('03/02/20261')).toEqual(askFormat);
    expect(parseUkDate('03/02/2026.')).toEqual(askFormat);
  });

  test('the same dates on their own are taken', () => {
    expect(parseUkDate('03/02/2026')).toEqual({ ok: true, iso: '2026-02-03' });
    expect(parseUkDate(' 2026-02-03 ')).toEqual({ ok: true, iso: '2026-02-03' });
  });
});

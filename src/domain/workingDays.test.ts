import { describe, expect, test } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './workingDays';

describe('working days (Monday to Friday, not bank holidays)', () => {
  test.each([
    // [start, days, expected, why]
    ['2026-11-20', 5, '2026-11-27', 'Friday + 5 working days is the next Friday'],
    ['2026-11-23', 5, '2026-11-30', 'Monday + 5 is the next Monday'],
    ['2026-11-21', 1, '2026-11-23', 'a Saturday start: the first working day is Monday'],
    ['2026-12-22', 5, '2026-12-31', 'Christmas Day (Fri 25) and the Boxing Day substitute (Mon 28) are skipped'],
    ['2026-04-01', 5, '2026-04-10', 'Good Friday (3 April) and Easter Monday (6 April) 2026 are skipped'],
    ['2027-12-24', 1, '2027-12-29', 'the 27 and 28 December 2027 substitutes are skipped'],
    ['2026-11-20', 0, '2026-11-20', 'zero days is the same day'],
  ])('%s + %i working days = %s (%s)', (start, days, expected) => {
    expect(addWorkingDays(start, days)).toBe(expected);
  });

  test('a bank holiday and a weekend are not working days; an ordinary Tuesday is', () => {
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-24')).toBe(true);
  });

  test('counting between two dates agrees with adding', () => {
    expect(workingDaysBetween('2026-12-22', '2026-12-31')).toBe(5);
    expect(workingDaysBetween('2026-11-20', '2026-11-20')).toBe(0);
    expect(workingDaysBetween('2026-11-27', '2026-11-20')).toBe(0);
  });

  test('a holiday table can be passed in (a deployment override)', () => {
    expect(addWorkingDays('2026-11-20', 1, ['2026-11-23'])).toBe('2026-11-24');
  });
});

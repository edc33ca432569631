// Working days: Monday to Friday, not bank holidays (England and Wales table in bankHolidays.ts).
// NAS counts its targets in working days (seed 002: "5 working days" for more than 10 accounts).

import { bankHolidays } from './bankHolidays';
import { addDays, weekdayOf } from './dates';

export function isWorkingDay(iso: string, holidays: readonly string[] = bankHolidays.dates): boolean {
  const day = weekdayOf(iso);
  return day !== 0 && day !== 6 && !holidays.includes(iso);
}

/**
 * The date `days` working days after `startIso`. The start day itself is not counted, so a request
 * received on a Friday with a 5 working day target is due the next Friday.
 */
export function addWorkingDays(startIso: string, days: number, holidays: readonly string[] = bankHolidays.dates): string {
  let date = startIso;
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) left--;
  }
  return date;
}

/** Working days after `fromIso` up to and including `toIso` (0 when `toIso` is not later). */
export function workingDaysBetween(fromIso: string, toIso: string, holidays: readonly string[] = bankHolidays.dates): number {
  let count = 0;
  for (let date = addDays(fromIso, 1); date <= toIso; date = addDays(date, 1)) if (isWorkingDay(date, holidays)) count++;
  return count;
}

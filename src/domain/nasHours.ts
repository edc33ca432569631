// NAS works 09:00–17:00, Monday to Friday, not on bank holidays (seeds 000 and 001). The national
// helpdesk phone line is open around the clock for simple things like password resets.

import { bankHolidays } from './bankHolidays';
import { addDays, formatLongDate, ukClock, weekdayOf } from './dates';
import { nasAddresses } from './recipients';

/**
 * Whether NAS's hours concern an email to these recipients: they do for NAS (helpdesk@ and the
 * sector addresses), not for feedback@nhs.net or the ODS helpdesk, which keep their own hours.
 */
export function nasHoursApplyTo(to: readonly string[]): boolean {
  return to.some((address) => nasAddresses.includes(address.toLowerCase()));
}

export interface NasAvailability {
  open: boolean;
  /** The date NAS next opens (today when it opens later today), `YYYY-MM-DD`. */
  nextOpenDate?: string;
  /** A sentence for the user. */
  message: string;
}

function isWorkingDay(iso: string, holidays: readonly string[]): boolean {
  const day = weekdayOf(iso);
  return day !== 0 && day !== 6 && !holidays.includes(iso);
}

export function nasAvailability(now: Date, holidays: readonly string[] = bankHolidays.dates): NasAvailability {
  const clock = ukClock(now);
  // Here, not at module level, so mutation testing scores the hours (docs/testing.md).
  const opens = 9 * 60;
  const closes = 17 * 60;
  if (isWorkingDay(clock.date, holidays) && clock.minutes >= opens && clock.minutes < closes) {
    return { open: true, message: 'NAS is open now (09:00 to 17:00, Monday to Friday) and replies as soon as it can.' };
  }
  let next = clock.date;
  // Stryker disable next-line EqualityOperator: at 09:00 on a working day NAS is open and has returned above
  if (!(isWorkingDay(next, holidays) && clock.minutes < opens)) {
    do next = addDays(next, 1);
    while (!isWorkingDay(next, holidays));
  }
  const when = next === clock.date ? 'today' : next === addDays(clock.date, 1) ? 'tomorrow' : describeDay(next, clock.date);
  const holidayNote = holidays.includes(clock.date) ? ' (it is a bank holiday)' : '';
  const uncertain = Number(next.slice(0, 4)) > bankHolidays.coversUntil ? ' Check gov.uk/bank-holidays for holidays after 2028.' : '';
  return {
    open: false,
    nextOpenDate: next,
    message: `NAS is closed now${holidayNote}; the team is back ${when} at 09:00. Your email will be waiting for them.${uncertain}`,
  };
}

function describeDay(iso: string, today: string): string {
  // Within the coming week the weekday is enough; further off, give the full date.
  const long = formatLongDate(iso);
  return iso <= addDays(today, 6) ? long.split(' ')[0]! : long;
}

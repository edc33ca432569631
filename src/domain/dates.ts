// Calendar dates as `YYYY-MM-DD` strings, judged in UK time: a manager in England means the UK
// calendar day, whatever the machine's clock zone is.

// Patterns are built per call, not at module level, so mutation testing scores them
// (docs/testing.md, "Static mutants").
const isoDate = (value: string) => /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
const ukZone = 'Europe/London';

export function isValidIsoDate(value: string): boolean {
  const m = isoDate(value);
  if (!m) return false;
  // A day or month out of range rolls over, and Date.UTC reads the years 0–99 as 1900–1999: either
  // way the date does not read back as it was written.
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
}

export interface UkClock {
  date: string; // YYYY-MM-DD
  weekday: number; // 0 = Sunday
  minutes: number; // minutes since midnight
}

// Made on first use, never when the module loads: the send guard's script must load even in a
// runtime without Intl or time-zone data (a failure then is inside a handler, which allows the send).
let formatter: Intl.DateTimeFormat | undefined;
const makeFormatter = () =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ukZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  });

/** The UK wall-clock date and time at instant `now`. */
export function ukClock(now: Date): UkClock {
  formatter ??= makeFormatter();
  const parts = Object.fromEntries(formatter.formatToParts(now).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    // Stryker disable next-line StringLiteral: the formatter asks for weekday: 'short', so formatToParts always gives a weekday part and the fallback is never read
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? ''),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

export function ukToday(now: Date): string {
  return ukClock(now).date;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (31 Aug + 18 months = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const d = toUtc(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((toUtc(toIso).getTime() - toUtc(fromIso).getTime()) / 86_400_000);
}

export function weekdayOf(iso: string): number {
  return toUtc(iso).getUTCDay();
}

/** `2026-12-01` → `Tuesday 1 December 2026` (unambiguous for UK readers). */
// Written by hand rather than with Intl: ICU versions differ on the comma after the weekday, and
// the email text must be the same in every Outlook client.
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatLongDate(iso: string): string {
  const d = toUtc(iso);
  return `${dayNames[d.getUTCDay()]} ${d.getUTCDate()} ${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** `2026-11-20T14:30` → `Friday 20 November 2026 at 14:30`. */
export function formatDateTime(local: string): string {
  return `${formatLongDate(local.slice(0, 10))} at ${local.slice(11, 16)}`;
}

function toUtc(iso: string): Date {
  const m = isoDate(iso);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

// ---------- dates as a UK user types them ----------

export const ukDateFormatMessage = 'Enter the date as dd/mm/yyyy, for example 03/02/2026';

const notReal = (value: string) => `${value} is not a real date. Check the day and the month (dd/mm/yyyy)`;

export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string };

/**
 * A date typed as dd/mm/yyyy (`3/2/2026`, `03.02.2026` and `03-02-2026` too) to `YYYY-MM-DD`.
 * A `YYYY-MM-DD` value (a saved draft, an example, a recognised email) is taken as it is.
 * Impossible dates (31/02/2026) are refused with the date named, never rolled over.
 */
export function parseUkDate(text: string): ParsedDate {
  const value = text.trim();
  if (isValidIsoDate(value)) return { ok: true, iso: value };
  if (isoDate(value)) return { ok: false, message: notReal(value) };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!m) return { ok: false, message: ukDateFormatMessage };
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!isValidIsoDate(iso)) return { ok: false, message: notReal(value) };
  return { ok: true, iso };
}

/** `2026-02-03` → `03/02/2026`, how a date field shows a stored date; anything else unchanged. */
export function formatUkDate(value: string): string {
  const m = isoDate(value);
  return m && isValidIsoDate(value) ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

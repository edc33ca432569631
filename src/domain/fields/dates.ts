// Builders for calendar dates and date-times. Typed and shown as dd/mm/yyyy (a plain text box, so
// every browser shows the same thing), judged in UK time, and passed on as `YYYY-MM-DD`.

import { addMonths, isValidIsoDate, parseUkDate, ukClock, ukDateFormatMessage, ukToday } from '../dates';
import { enterMessage, requiredString, type Common } from './base';
import type { ScalarField } from './types';

export interface DateRules {
  notPast?: boolean;
  notFuture?: boolean;
}

const withExample = (hint: string | undefined, example: string) => [hint, example].filter(Boolean).join('. ');

export function date(c: Common & DateRules): ScalarField {
  const missing = enterMessage(c.label);
  return {
    type: 'scalar',
    ui: { control: 'date', label: c.label, hint: withExample(c.hint, 'dd/mm/yyyy, for example 03/02/2026'), maxLength: 10 },
    optional: c.optional,
    schema: (ctx) =>
      requiredString(missing).transform((text, issues) => {
        const parsed = parseUkDate(text);
        if (!parsed.ok) {
          issues.addIssue({ code: 'custom', message: parsed.message });
          return text;
        }
        const v = parsed.iso;
        const today = ukToday(ctx.now);
        if (c.notPast && v < today) issues.addIssue({ code: 'custom', message: `${c.label} must be today or in the future` });
        else if (c.notFuture && v > today) issues.addIssue({ code: 'custom', message: `${c.label} must be today or in the past` });
        else if (v > addMonths(today, 12 * 5)) issues.addIssue({ code: 'custom', message: `${c.label} is too far ahead. Check the year` });
        return v;
      }),
  };
}

const dateTimeFormatMessage = 'Enter the date and time as dd/mm/yyyy hh:mm, for example 20/11/2026 14:30';

export function dateTime(c: Common): ScalarField {
  return {
    type: 'scalar',
    ui: { control: 'datetime', label: c.label, hint: withExample(c.hint, 'dd/mm/yyyy hh:mm, for example 20/11/2026 14:30'), maxLength: 16 },
    optional: c.optional,
    schema: (ctx) =>
      requiredString(enterMessage(c.label)).transform((text, issues) => {
        // No ^ needed: with the s flag, (.+?) from the first character reaches any match there is.
        const m = /(.+?)[T ]+(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/s.exec(text);
        if (!m || Number(m[2]) > 23 || Number(m[3]) > 59) {
          issues.addIssue({ code: 'custom', message: dateTimeFormatMessage });
          return text;
        }
        const day = parseUkDate(m[1]!);
        if (!day.ok) {
          issues.addIssue({ code: 'custom', message: day.message === ukDateFormatMessage ? dateTimeFormatMessage : day.message });
          return text;
        }
        const clock = ukClock(ctx.now);
        const minutes = Number(m[2]) * 60 + Number(m[3]);
        if (!isValidIsoDate(day.iso) || day.iso > clock.date || (day.iso === clock.date && minutes > clock.minutes))
          issues.addIssue({ code: 'custom', message: `${c.label} cannot be in the future` });
        return `${day.iso}T${m[2]!.padStart(2, '0')}:${m[3]}`;
      }),
  };
}

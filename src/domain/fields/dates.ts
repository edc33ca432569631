// Builders for calendar dates and date-times, judged in UK time.

import { addMonths, isValidIsoDate, ukClock, ukToday } from '../dates';
import { enterMessage, requiredString, type Common } from './base';
import type { ScalarField } from './types';

export interface DateRules {
  notPast?: boolean;
  notFuture?: boolean;
}

export function date(c: Common & DateRules): ScalarField {
  const missing = enterMessage(c.label);
  return {
    type: 'scalar',
    ui: { control: 'date', label: c.label, hint: c.hint },
    optional: c.optional,
    schema: (ctx) =>
      requiredString(missing).superRefine((v, issues) => {
        const today = ukToday(ctx.now);
        if (!isValidIsoDate(v)) issues.addIssue({ code: 'custom', message: `${c.label} must be a real date, like 2026-12-01` });
        else if (c.notPast && v < today) issues.addIssue({ code: 'custom', message: `${c.label} must be today or in the future` });
        else if (c.notFuture && v > today) issues.addIssue({ code: 'custom', message: `${c.label} must be today or in the past` });
        else if (v > addMonths(today, 12 * 5)) issues.addIssue({ code: 'custom', message: `${c.label} is too far ahead. Check the year` });
      }),
  };
}

const dateTimePattern = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

export function dateTime(c: Common): ScalarField {
  return {
    type: 'scalar',
    ui: { control: 'datetime', label: c.label, hint: c.hint },
    optional: c.optional,
    schema: (ctx) =>
      requiredString(enterMessage(c.label))
        .superRefine((v, issues) => {
          const m = dateTimePattern.exec(v);
          const clock = ukClock(ctx.now);
          if (!m || !isValidIsoDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59) {
            issues.addIssue({ code: 'custom', message: `${c.label} must be a real date and time, like 2026-11-20 14:30` });
          } else if (m[1]! > clock.date || (m[1] === clock.date && Number(m[2]) * 60 + Number(m[3]) > clock.minutes)) {
            issues.addIssue({ code: 'custom', message: `${c.label} cannot be in the future` });
          }
        })
        .transform((v) => v.replace(' ', 'T').slice(0, 16)),
  };
}

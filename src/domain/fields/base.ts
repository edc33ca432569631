// Pieces the field builders share: the "Enter …" message, required text and the personal-data guard.

import '../zodSetup';
import { z } from 'zod';
import { cleanText } from '../text';
import { personalDataMessage, scanPersonalData } from '../personalData';
import type { ValidationContext, Warning } from './types';

export interface Common {
  label: string;
  hint?: string;
  optional?: boolean;
}

/** "Enter the full name", "Enter the NHSmail address", "Enter your question": acronyms keep their case. */
export function enterMessage(label: string): string {
  const phrase = /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
  return /^(your|their|the|a|an) /i.test(label) ? `Enter ${phrase}` : `Enter the ${phrase}`;
}

/** A required string: wrong types and empty boxes both get the field's own "Enter …" message. */
export function requiredString(missing: string, multiline = false) {
  // Control, bidi and zero-width characters and lone surrogates never reach NAS (text.ts).
  return z
    .string({ error: missing })
    .overwrite((v) => cleanText(v, { multiline }))
    .trim()
    .min(1, missing);
}

/** Adds the personal-data guard to free text: the specific message wins over generic format errors. */
export function guarded(schema: z.ZodType<string>, ctx: ValidationContext, check?: (v: string) => string | undefined) {
  return schema.superRefine((value, issues) => {
    const found = scanPersonalData(value, ctx.now).find((f) => f.severity === 'error');
    if (found) {
      issues.addIssue({ code: 'custom', message: personalDataMessage(found) });
      return;
    }
    const problem = check?.(value);
    if (problem) issues.addIssue({ code: 'custom', message: problem });
  });
}

export const postcodeWarning = (value: unknown, ctx: ValidationContext): Warning[] =>
  scanPersonalData(String(value), ctx.now)
    .filter((f) => f.kind === 'postcode')
    .slice(0, 1)
    .map((f) => ({ code: 'postcode', message: personalDataMessage(f) }));

// Builders for typed text: names, short and long free text, ODS codes.

import { normaliseOdsCode, isPlausibleCode } from '../ods';
import { enterMessage, guarded, postcodeWarning, requiredString, type Common } from './base';
import { residentDetailsWarning } from './residentNote';
import type { ScalarField } from './types';

// Built per call, not at module level, so mutation testing scores it (docs/testing.md, "Static mutants").
const isNameText = (v: string) => /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u.test(v);

/** A name typed "Surname, First": say what is wrong (the comma) and how it should read. */
function commaMessage(v: string): string {
  const parts = v.split(',').map((p) => p.trim());
  const example = parts.length === 2 && parts.every((p) => isNameText(p)) ? `${parts[1]} ${parts[0]}` : 'Jane Smith';
  return `Names cannot contain a comma. Write the first name, then the surname, like ${example}`;
}

export function fullName(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'Full name';
  return {
    type: 'scalar',
    ui: {
      control: 'text',
      label,
      hint: c.hint ?? 'First and last name, as the person uses at work',
      autoComplete: 'off',
      maxLength: 70,
    },
    optional: c.optional,
    schema: (ctx) =>
      guarded(requiredString(enterMessage(label)), ctx, (v) => {
        if (v.includes(',')) return commaMessage(v);
        if (!isNameText(v)) return 'Names can only contain letters, spaces, hyphens and apostrophes';
        if (!/\S\s+\S/.test(v)) return 'Enter the first and last name';
        if (v.length > 70) return 'Names must be 70 characters or fewer';
        return undefined;
      }),
  };
}

export function singleName(c: Common): ScalarField {
  return {
    type: 'scalar',
    ui: { control: 'text', label: c.label, hint: c.hint, autoComplete: 'off', maxLength: 40 },
    schema: (ctx) =>
      guarded(requiredString(enterMessage(c.label)), ctx, (v) => {
        if (!isNameText(v)) return 'Names can only contain letters, spaces, hyphens and apostrophes';
        if (v.length > 40) return 'Names must be 40 characters or fewer';
        return undefined;
      }),
  };
}

/** Short free text such as an organisation name or ticket reference. `normalise` puts case and spacing right before the checks. */
export function shortText(
  c: Common & { max?: number; pattern?: RegExp; patternMessage?: string; normalise?: (v: string) => string },
): ScalarField {
  const max = c.max ?? 100;
  const normalise = c.normalise ?? ((v: string) => v);
  return {
    type: 'scalar',
    ui: { control: 'text', label: c.label, hint: c.hint, maxLength: max, autoComplete: 'off' },
    optional: c.optional,
    schema: (ctx) =>
      guarded(requiredString(enterMessage(c.label)).overwrite(normalise), ctx, (v) => {
        if (v.length > max) return `${c.label} must be ${max} characters or fewer`;
        if (c.pattern && !c.pattern.test(v)) return c.patternMessage ?? `Check the ${c.label.toLowerCase()}`;
        return undefined;
      }),
    warn: postcodeWarning,
  };
}

/** Longer free text, always checked by the personal-data guard. */
export function longText(c: Common & { min?: number; max?: number; missing?: string }): ScalarField {
  const min = c.min ?? 1;
  const max = c.max ?? 2000;
  return {
    type: 'scalar',
    ui: { control: 'textarea', label: c.label, hint: c.hint, maxLength: max },
    optional: c.optional,
    schema: (ctx) =>
      guarded(requiredString(c.missing ?? enterMessage(c.label), true), ctx, (v) => {
        if (v.length < min) return `${c.label} must be at least ${min} characters, so NAS has enough to act on`;
        if (v.length > max) return `${c.label} must be ${max} characters or fewer`;
        return undefined;
      }),
    warn: (value, ctx) => [...postcodeWarning(value, ctx), ...residentDetailsWarning(value)],
  };
}

export function odsCode(c: Partial<Common> = {}): ScalarField {
  const label = c.label ?? 'ODS code';
  return {
    type: 'scalar',
    ui: {
      control: 'text',
      label,
      hint: c.hint ?? "Your site's code, usually the part after 'care.' in the shared mailbox address",
      autoComplete: 'off',
      maxLength: 9,
    },
    optional: c.optional,
    schema: () =>
      requiredString(enterMessage(label))
        .transform(normaliseOdsCode)
        .refine((v) => isPlausibleCode(v), 'An ODS code is up to 9 letters and numbers, like VN6C2'),
  };
}

/** A helpdesk ticket reference as NAS writes it: "inc 0123456" and "Inc0123456" are INC0123456 (as a mobile's spaces are dropped). */
export function normaliseTicketReference(v: string): string {
  return v.replace(/\s/g, '').toUpperCase();
}

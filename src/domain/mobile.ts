// UK mobile numbers as NHSmail needs them: `07` + 9 digits (seeds 000, 001; domain.md §4.1).

/**
 * Strips separators and turns +44 / 0044 / 44 prefixes into 0. Idempotent: it never produces a
 * string that it would change again, so it is safe to run on saved or displayed values.
 */
export function normaliseMobile(input: string): string {
  // Patterns written here, not at module level, so mutation testing scores them (docs/testing.md).
  const digits = input.replace(/[\s.\-()\u00a0]/g, '');
  return digits.replace(/^(?:\+44|0044|44)0?(?=7)/, '0');
}

/** `07` and 9 more digits: the only shape NHSmail takes. */
export function isUkMobile(normalised: string): boolean {
  return /^07\d{9}$/.test(normalised);
}

/** How a number was put right, in words for the user, next to the field or the pasted row. */
export interface MobileRepair {
  value: string;
  note: string;
}

/**
 * Puts right a mobile that a spreadsheet damaged: a number Excel stored as a number loses its
 * leading 0 (`7700900124`), and a wide one may be shown as `7.700900124E+09`. Both become
 * `07700900124`. Anything else (already right, or wrong in another way) gives undefined.
 */
export function repairMobile(input: string): MobileRepair | undefined {
  // Stryker disable next-line MethodExpression: equivalent, normaliseMobile removes every \s character, the same set trim() removes
  const digits = normaliseMobile(input.trim());
  const scientific = /^7\.(\d{9})e\+?0?9$/i.exec(input.trim());
  const lost = scientific ? `7${scientific[1]}` : /^7\d{9}$/.test(digits) ? digits : undefined;
  if (!lost) return undefined;
  const value = `0${lost}`;
  return { value, note: `The leading 0 was missing, so it now reads ${formatMobile(value)}. Check it is right.` };
}

/** Why a normalised number is not acceptable, in words a manager understands, or undefined. */
export function mobileError(normalised: string): string | undefined {
  // An empty number passes every test below and gets the last message, which asks for one.
  if (isUkMobile(normalised)) return undefined;
  if (/[^\d+]/.test(normalised)) return 'A mobile number can only contain numbers, like 07700 900123';
  if (/^\+/.test(normalised) || /^00/.test(normalised))
    return 'NHSmail needs a UK mobile number starting 07. Overseas numbers cannot be used.';
  if (/^0[1-689]/.test(normalised))
    return 'This is not a mobile number. NHSmail needs a mobile number starting 07, because passwords are sent by text.';
  if (/^7\d{9}$/.test(normalised)) return 'This mobile number has lost its leading 0. Enter it starting 07, like 07700 900123';
  if (/^07/.test(normalised)) return `A mobile number starting 07 has 11 digits; this one has ${normalised.length}.`;
  return 'Enter a mobile number starting 07, like 07700 900123';
}

/** Numbers that pass the 07 rule but may not reach a person's own UK mobile. */
export function mobileWarning(normalised: string): string | undefined {
  if (/^070/.test(normalised))
    return `${formatMobile(normalised)} is a personal (070) number, not a mobile. Check it receives text messages.`;
  if (/^076/.test(normalised) && !/^07624/.test(normalised))
    return `${formatMobile(normalised)} looks like a pager (076) number. Check it receives text messages.`;
  return undefined;
}

/** `07700900123` → `07700 900123`; anything else is returned unchanged. */
export function formatMobile(normalised: string): string {
  return isUkMobile(normalised) ? `${normalised.slice(0, 5)} ${normalised.slice(5)}` : normalised;
}

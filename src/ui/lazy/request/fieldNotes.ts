// What a field says under its box, decided here (FieldControl only shows it): the hint with
// "Optional", the line every free-text box carries about residents and patients, and the length
// counter and message for text past the field's limit. Nothing is ever cut: text past the limit
// stays in the box, counted, with a message next to it, and the form will not go on until it is
// shortened (the field's own check refuses it).

import type { ScalarField } from '../../../domain/fields';

/** Under every free-text box: the pane never needs details about the people a site cares for. */
export const residentsLine = 'NAS never needs details about residents or patients.';

/** The hint: the field's own, "Optional" when it may be left empty, and the residents line for free text. */
export function fieldHint(field: Pick<ScalarField, 'ui' | 'optional'>): string | undefined {
  const { ui } = field;
  const parts = [
    ui.hint,
    field.optional && ui.control !== 'checkbox' && !ui.hint?.startsWith('Optional') ? 'Optional' : undefined,
    ui.control === 'textarea' ? residentsLine : undefined,
  ].filter((p): p is string => Boolean(p));
  // A part that already ends its sentence must not get a second full stop before the next.
  return parts.map((part, i) => (i < parts.length - 1 ? part.replace(/\.$/, '') : part)).join('. ') || undefined;
}

export interface LengthNote {
  /** "1,950 of 2,000 characters": shown near the limit, and always for a free-text box. */
  counter?: string;
  /** Past the limit: how many characters too many, and that nothing was cut. */
  over?: string;
}

const n = (x: number) => x.toLocaleString('en-GB');
/** The counter shows from this share of the limit (a free-text box shows it from the start). */
export const counterFrom = 0.8;

/** The length counter and message for a text value against its field's limit. */
export function lengthNote(value: unknown, max: number | undefined, control: ScalarField['ui']['control']): LengthNote {
  if (max === undefined || typeof value !== 'string') return {};
  const length = value.length;
  const near = control === 'textarea' || length >= max * counterFrom;
  const counter = near ? `${n(length)} of ${n(max)} characters` : undefined;
  if (length <= max) return { counter };
  const extra = length - max;
  return {
    counter,
    over: `${n(extra)} ${extra === 1 ? 'character' : 'characters'} too many: this box takes ${n(max)}. Nothing has been cut; shorten it to go on.`,
  };
}

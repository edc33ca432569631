// Where keyboard focus goes as a request moves on: helpers shared by the form, the list of people
// and the stages. Focus is moved by element id or ref, never left on a button that has gone.

import type { FieldMap } from '../../../domain/fields';
import { pathId } from './formValues';

// The selectors are built on each call, never once at load, so mutation testing reaches them
// (docs/testing.md, "Static mutants").
const controls = () =>
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])';

/** The element that takes focus for a control: itself, or (a radio group's wrapper) its checked or first option. */
export function focusable(el: Element | null): HTMLElement | undefined {
  if (!el) return undefined;
  if (el.matches(controls())) {
    const input = el as HTMLInputElement;
    if (input.type === 'radio' && !input.checked) {
      const checked = input.closest('[role="radiogroup"]')?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (checked) return checked;
    }
    return el as HTMLElement;
  }
  return (el.querySelector<HTMLElement>('input[type="radio"]:checked') ?? el.querySelector<HTMLElement>(controls())) || undefined;
}

/** Focuses the control with this id (or inside the element with it); true when something took focus. */
export function focusControl(id: string): boolean {
  const target = focusable(document.getElementById(id));
  target?.focus();
  return Boolean(target && document.activeElement === target);
}

/** The first control of a container (a form that starts again or comes back from the preview). */
export function focusFirstControl(container: Element | null | undefined): void {
  focusable(container?.querySelector(controls()) ?? null)?.focus();
}

/** The id of the first field an item of a list shows (a person's name): groups are looked into. */
export function firstFieldId(fields: FieldMap, prefix: readonly (string | number)[]): string | undefined {
  for (const [key, field] of Object.entries(fields)) {
    if (field.type === 'scalar') return pathId([...prefix, key]);
    if (field.type === 'group') return firstFieldId(field.fields, [...prefix, key]);
    return undefined;
  }
  return undefined;
}

/** The first problem on a form after a failed submit: an invalid control, or an error message about a group or the whole form. */
const firstProblem = () =>
  ['input[aria-invalid="true"]', 'textarea[aria-invalid="true"]', '[aria-invalid="true"] input', '[data-error-focus]'].join(', ');

export function focusFirstProblem(container: Element | null | undefined): void {
  const el = container?.querySelector<HTMLElement>(firstProblem());
  if (!el) return;
  (el.hasAttribute('data-error-focus') ? el : focusable(el))?.focus();
}

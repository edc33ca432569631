// Free text that reads like details about a resident's or patient's health ("Mrs Jones is being
// discharged tomorrow with diabetes"). NAS never needs them, and an email about an account is no
// place for them: the field warns (it cannot be sure, so it never refuses). A note reads like one
// when it names a health matter and a person who is cared for: a resident, patient or service
// user, or a title and surname.

import type { Warning } from './types';

// Built per call, not at module level, so mutation testing scores every word (docs/testing.md).
const healthMatter = () =>
  new RegExp(
    `\\b(?:${[
      'discharged?',
      'discharging',
      'admitted',
      'admission',
      'hospitali[sz]ed',
      'in hospital',
      'diagnos(?:is|ed|es)',
      'diabet(?:es|ic)',
      'dementia',
      'alzheimer\\S*',
      'medication',
      'medicines?',
      'prescri(?:bed|ption)',
      'insulin',
      'stroke',
      'cancer',
      'palliative',
      'end of life',
      'dnacpr',
      'care plan',
      'allerg(?:y|ic|ies)',
      'infection',
      'wound',
      'pressure sore',
      'surgery',
      'symptoms?',
      'blood pressure',
      'a fall',
      'epilep(?:sy|tic)',
      'seizures?',
    ].join('|')})\\b`,
    'i',
  );
// A person cared for: the words in any case ("Resident in room 4 …" starts a sentence), or a title
// and a capitalised surname (case matters there: "Dr Okafor", not "dr. note"). The surname needs
// one small letter after its capital; more would not change what a test() finds.
const caredFor = (text: string) =>
  /\b(?:residents?|patients?|service users?|clients?)\b/i.test(text) || /\b(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'’-]/.test(text);

/** Whether a note reads like details about a resident's or patient's health. */
export function readsLikeResidentDetails(text: string): boolean {
  return healthMatter().test(text) && caredFor(text);
}

export const residentDetailsMessage =
  'This reads like details about a resident or patient. NAS never needs them: take them out and say only what is needed about the account.';

/** The field warning for free text (longText). */
export function residentDetailsWarning(value: unknown): Warning[] {
  return typeof value === 'string' && readsLikeResidentDetails(value)
    ? [{ code: 'resident-details', message: residentDetailsMessage }]
    : [];
}

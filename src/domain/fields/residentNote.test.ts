// Notes that read like a resident's health ("Mrs Jones is being discharged
// tomorrow with diabetes" went to NAS without a word).
import { describe, expect, test } from 'vitest';
import { composeRequest } from '../compose';
import { identifyMailbox } from '../mailboxIdentity';
import { exampleMailbox, exampleNow as now } from '../examples';
import { requestKinds } from '../catalogue';
import { fieldWarnings } from './schema';
import { longText } from './text';
import { readsLikeResidentDetails, residentDetailsMessage, residentDetailsWarning } from './residentNote';

describe('readsLikeResidentDetails: a health matter and a person cared for', () => {
  test.each([
    'Mrs Jones is being discharged tomorrow with diabetes',
    'One of our residents was admitted to hospital last night',
    'Mr. Patel has dementia and needs his medication reviewed',
    'The patient in room 4 had a fall',
    'A service user is on insulin',
    'Dr Okafor changed the care plan',
  ])('"%s" reads like one', (text) => expect(readsLikeResidentDetails(text)).toBe(true));

  test.each([
    // A health word with nobody cared for, or a person with no health matter.
    'Our manager is in hospital, so I am asking instead',
    'Mrs Jones starts on Monday as a senior carer',
    'Two new starters were requested on 4 November and neither account has arrived.',
    'Please add our residents’ activities coordinator to the shared mailbox',
    'The request fell through and we heard nothing',
    '',
  ])('"%s" does not', (text) => expect(readsLikeResidentDetails(text)).toBe(false));
});

describe('each health matter and each way of naming a person cared for', () => {
  // Every word form the pattern knows, one at a time beside "a resident".
  test.each([
    'discharge',
    'discharged',
    'discharging',
    'admitted',
    'admission',
    'hospitalised',
    'hospitalized',
    'in hospital',
    'diagnosis',
    'diagnosed',
    'diagnoses',
    'diabetes',
    'diabetic',
    'dementia',
    'alzheimer',
    "Alzheimer's",
    'medication',
    'medicine',
    'medicines',
    'prescribed',
    'prescription',
    'insulin',
    'stroke',
    'cancer',
    'palliative',
    'end of life',
    'DNACPR',
    'care plan',
    'allergy',
    'allergic',
    'allergies',
    'infection',
    'wound',
    'pressure sore',
    'surgery',
    'symptom',
    'symptoms',
    'blood pressure',
    'a fall',
    'epilepsy',
    'epileptic',
    'seizure',
    'seizures',
  ])('"%s" with a resident reads like one, and alone does not', (matter) => {
    expect(readsLikeResidentDetails(`A resident: ${matter}.`)).toBe(true);
    expect(readsLikeResidentDetails(`Our manager: ${matter}.`)).toBe(false);
  });

  test.each(['prestroke', 'strokes', 'wounded', 'infections', 'hospital', 'falls', 'dischargee'])(
    '"%s" is not one of the words (whole words only)',
    (word) => expect(readsLikeResidentDetails(`A resident: ${word}.`)).toBe(false),
  );

  test.each([
    'resident',
    'residents',
    'Resident',
    'RESIDENTS',
    'patient',
    'Patients',
    'service user',
    'Service users',
    'client',
    'clients',
    'Mrs Jones',
    'Mr Jones',
    'Mr. Jones',
    'Ms Jones',
    'Miss Jones',
    'Mx Jones',
    'Dr Jones',
    "Mrs O'Neill",
  ])('"%s" with diabetes reads like one', (person) => expect(readsLikeResidentDetails(`${person} has diabetes`)).toBe(true));

  test.each(['residential home', 'clientele', 'outpatients', 'Mrs jones', 'Mr J', 'mrs Jones', 'DrJones', 'Mrs  '])(
    '"%s" with diabetes does not name a person cared for',
    (person) => expect(readsLikeResidentDetails(`${person} has diabetes`)).toBe(false),
  );
});

describe('every free-text box warns, and never refuses', () => {
  const ctx = { now, mailbox: identifyMailbox(exampleMailbox.address) };
  const note = longText({ label: 'Anything to add', optional: true });
  const text = 'Mrs Jones is being discharged tomorrow with diabetes';
  test('the warning is next to the field, with its own words', () => {
    expect(residentDetailsWarning(text)).toEqual([{ code: 'resident-details', message: residentDetailsMessage }]);
    expect(residentDetailsWarning(42)).toEqual([]);
    expect(fieldWarnings(note, text, ctx, ['note']).map((w) => w.message)).toEqual([residentDetailsMessage]);
    expect(fieldWarnings(note, 'Please check who can use the mailbox', ctx, ['note'])).toEqual([]);
  });
  test('at the preview too: the audit request with such a note is composed, with the warning', () => {
    const result = composeRequest('audit', { note: text }, { mailbox: ctx.mailbox, now });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.message)).toContain(residentDetailsMessage);
  });
  test('no example in the catalogue reads like resident details (the warning is rare enough to be read)', () => {
    for (const kind of requestKinds) {
      if (kind.route !== 'email') continue;
      const boxes = Object.entries(kind.fields).filter(([, f]) => f.type === 'scalar' && f.ui.control === 'textarea');
      for (const example of kind.examples)
        for (const [key] of boxes) {
          const text = (example.input as Record<string, unknown>)[key];
          expect(readsLikeResidentDetails(typeof text === 'string' ? text : ''), kind.id).toBe(false);
        }
    }
  });
});

// Fields shown only when they apply (issue 27, item 7: the leaver form kept the new owner's required
// fields after "Another owner stays" was ticked, and the email repeated the owner line).
import { describe, expect, test } from 'vitest';
import { composeRequest } from '../compose';
import { identifyMailbox } from '../mailboxIdentity';
import { exampleMailbox, exampleNow as now } from '../examples';
import { leaver } from '../requests/leaver';
import { leaverSelf } from '../requests/leaverSelf';
import { applicableValues, applies } from './schema';
import { checkbox } from './choices';

const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
const peter = { fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net', wasOwner: true };
const sarah = { fullName: 'Sarah Bell', nhsmailAddress: 'sarah.bell7@nhs.net', wasOwner: false };
const amira = { fullName: 'Amira Khan', nhsmailAddress: 'amira.khan3@nhs.net' };
const body = (id: string, values: Record<string, unknown>) => {
  const result = composeRequest(id, values, { mailbox, now });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.message.text;
};
const count = (text: string, part: string) => text.split(part).length - 1;

describe('applies and applicableValues', () => {
  const field = { ...checkbox({ label: 'Shown' }), shownWhen: (v: Readonly<Record<string, unknown>>) => v.on === true };
  test('a field with no condition always applies; one with a condition only when it holds', () => {
    expect(applies(checkbox({ label: 'Plain' }), {})).toBe(true);
    expect(applies(field, { on: true })).toBe(true);
    expect(applies(field, { on: false })).toBe(false);
    expect(applies(field, {})).toBe(false);
  });
  test('answers to fields that do not apply are left out; others, and unknown keys, are kept as they are', () => {
    const fields = { on: checkbox({ label: 'On' }), shown: field };
    expect(applicableValues(fields, { on: false, shown: true, other: 'x' })).toEqual({ on: false, other: 'x' });
    expect(applicableValues(fields, { on: true, shown: true })).toEqual({ on: true, shown: true });
  });
});

describe('the leaver form', () => {
  const { anotherOwnerRemains, newOwner } = leaver.fields;
  test('"Another owner stays" applies only when an owner is leaving; the new owner only when no other owner stays', () => {
    expect(applies(anotherOwnerRemains!, { people: [sarah] })).toBe(false);
    expect(applies(anotherOwnerRemains!, { people: [sarah, peter] })).toBe(true);
    expect(applies(anotherOwnerRemains!, { people: 'not a list' })).toBe(false);
    expect(applies(anotherOwnerRemains!, { people: [null] })).toBe(false);
    expect(applies(newOwner!, { people: [peter], anotherOwnerRemains: false })).toBe(true);
    expect(applies(newOwner!, { people: [peter], anotherOwnerRemains: true })).toBe(false);
    expect(applies(newOwner!, { people: [sarah], anotherOwnerRemains: false })).toBe(false);
  });

  test('ticking "Another owner stays" after typing a new owner: one owner line, the new owner neither checked nor sent', () => {
    const text = body('leaver', { people: [peter], anotherOwnerRemains: true, newOwner: amira });
    expect(text).toContain('Another owner stays on the shared mailbox.');
    expect(text).not.toContain('Amira Khan');
    expect(count(text, 'owner rights')).toBe(1);
    // A half-typed new owner, now hidden, is no error.
    expect(
      composeRequest(
        'leaver',
        { people: [peter], anotherOwnerRemains: true, newOwner: { fullName: 'Am', nhsmailAddress: '' } },
        { mailbox, now },
      ).ok,
    ).toBe(true);
  });

  test('no owner leaving: a ticked box left over says nothing, and the new owner is not sent', () => {
    const text = body('leaver', { people: [sarah], anotherOwnerRemains: true, newOwner: amira });
    expect(text).not.toContain('Another owner stays');
    expect(text).not.toContain('Amira Khan');
  });

  test('an owner leaving with a new owner named: the new owner is sent', () => {
    expect(body('leaver', { people: [peter], anotherOwnerRemains: false, newOwner: amira })).toContain(
      'Please make Amira Khan (amira.khan3@nhs.net) an owner',
    );
  });
});

describe('the leaving-myself form', () => {
  const { anotherOwnerRemains, newOwner } = leaverSelf.fields;
  test('the owner questions apply only to an owner, who takes over only when no other owner stays', () => {
    expect(applies(anotherOwnerRemains!, { wasOwner: false })).toBe(false);
    expect(applies(anotherOwnerRemains!, { wasOwner: true })).toBe(true);
    expect(applies(newOwner!, { wasOwner: true, anotherOwnerRemains: false })).toBe(true);
    expect(applies(newOwner!, { wasOwner: true, anotherOwnerRemains: true })).toBe(false);
    expect(applies(newOwner!, { wasOwner: false, anotherOwnerRemains: false })).toBe(false);
  });
});

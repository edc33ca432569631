// Prefilled values go through the catalogue: the kind must have the field, and the value must pass
// that field's validation and personal-data guard, exactly as if it had been typed.
import { describe, expect, test } from 'vitest';
import { composeRequest } from '../compose';
import { requestKinds } from '../catalogue';
import { exampleInputs, exampleMailbox, exampleNow } from '../examples';
import { identifyMailbox } from '../mailboxIdentity';
import type { EmailKind } from '../requestKind';
import { validationContext } from '../requestKind';
import { cleanMessage } from './message';
import { checkedPrefill, withPrefill } from './prefill';
import { recogniseEmail } from './recognisers';

const now = new Date('2026-11-30T10:00:00Z');
const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
const vctx = validationContext({ now, mailbox });
const emailKinds = requestKinds.filter((k): k is EmailKind<never> => k.route === 'email');
const kind = (id: string) => emailKinds.find((k) => k.id === id)!;

const samples = [
  {
    from: { address: 'helpdesk@nhs.net', displayName: 'NHSmail Helpdesk' },
    subject: 'RE: Joiners [INC0123456]',
    body: 'Logged.',
    received: '2026-11-20T09:00:00Z',
  },
  {
    from: { address: 'noreply@nhs.net' },
    subject: 'Your NHSmail account has been deleted',
    body: 'Your account has been deleted.',
    received: '2026-11-20T09:00:00Z',
  },
  {
    from: { address: 'jane.smith@nhs.net', displayName: 'SMITH, Jane (Sunrise House)' },
    subject: 'Leaving',
    body: 'I am leaving the home.',
    received: '2026-11-20T09:00:00Z',
  },
  {
    from: { address: 'grace.adeyemi2@nhs.net', displayName: 'Grace Adeyemi' },
    subject: 'Hello',
    body: 'I have just joined the team.',
    received: '2026-11-20T09:00:00Z',
  },
  {
    from: { address: 'grace@example.com', displayName: 'Grace Adeyemi' },
    subject: 'Hello',
    body: 'I have just joined the team.',
    received: '2026-11-20T09:00:00Z',
  },
];

describe('every suggested value fits its form', () => {
  test.each(samples.map((s) => [s.subject, s] as const))(
    '%s: field names exist in the catalogue and every value validates',
    (_, sample) => {
      const r = recogniseEmail(cleanMessage(sample), { now })!;
      const withValues = r.suggestions.filter((s) => s.values);
      expect(withValues.length).toBeGreaterThan(0);
      for (const s of withValues) expect(checkedPrefill(kind(s.kindId).fields, s.values, vctx)).toEqual(s.values);
    },
  );

  test('the chase, completed with nothing else, composes an escalation to feedback@nhs.net quoting the ticket', () => {
    const r = recogniseEmail(cleanMessage(samples[0]!), { now })!;
    const result = composeRequest('escalation', r.suggestions[0]!.values, { mailbox, now });
    expect(result.ok && result.message.to).toEqual(['feedback@nhs.net']);
    expect(result.ok && result.message.text).toContain('INC0123456');
    expect(result.ok && result.message.text).toContain('Friday 20 November 2026');
  });
});

describe('values that would fail as typed text are left out', () => {
  test('personal data in free text is refused by the same guard', () => {
    expect(
      checkedPrefill(
        kind('escalation').fields,
        { ticketReference: 'INC0123456', summary: 'Born 01/02/1960, NHS number 943 476 5919' },
        vctx,
      ),
    ).toEqual({ ticketReference: 'INC0123456' });
  });
  test('a shared mailbox is not a person’s NHSmail address; a field the kind lacks is dropped', () => {
    expect(
      checkedPrefill(
        kind('leaver').fields,
        { people: [{ fullName: 'Jane Smith', nhsmailAddress: 'care.vn6c2@nhs.net' }], colour: 'red' },
        vctx,
      ),
    ).toEqual({ people: [{ fullName: 'Jane Smith' }] });
  });
  test('a future deletion date is refused like a typed one', () => {
    expect(checkedPrefill(kind('reinstate-account').fields, { deletedOn: '2026-12-25' }, vctx)).toEqual({});
  });
  test('nothing valid: nothing filled in', () => {
    expect(checkedPrefill(kind('leaver').fields, { people: [{ fullName: 'X' }] }, vctx)).toEqual({});
    expect(checkedPrefill(kind('leaver').fields, undefined, vctx)).toEqual({});
  });
});

test('prefill is laid over a blank form, keeping the blank parts of a list item', () => {
  const blank = {
    people: [{ fullName: '', nhsmailAddress: '', wasOwner: false }],
    anotherOwnerRemains: false,
    newOwner: { fullName: '', nhsmailAddress: '' },
  };
  expect(withPrefill(blank, { people: [{ fullName: 'Jane Smith' }] })).toEqual({
    ...blank,
    people: [{ fullName: 'Jane Smith', nhsmailAddress: '', wasOwner: false }],
  });
});

describe('a NAS reply quoting one of our subjects is tied back to its kind', () => {
  test.each(emailKinds.map((k) => [k.id] as const))('%s', (id) => {
    const composed = composeRequest(id, exampleInputs[id], { mailbox, now: exampleNow });
    if (!composed.ok) throw new Error(`${id} example did not compose`);
    const m = cleanMessage({
      from: { address: 'helpdesk@nhs.net' },
      subject: `RE: ${composed.message.subject}`,
      body: 'Please provide the missing details.',
    });
    expect(recogniseEmail(m, { now })!.suggestions[0]?.kindId).toBe(id);
  });
});

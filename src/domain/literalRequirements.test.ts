// Requirements the README and docs/ state in so many words, asserted in those words (literal values, not the
// constants the code uses), so a change to the code cannot quietly change the promise.

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { requestKinds } from './catalogue';
import { composeRequest } from './compose';
import { identifyMailbox } from './mailboxIdentity';
import { exampleInputs, exampleMailbox, exampleNow as now } from './examples';
import { isUkMobile, mobileError, normaliseMobile } from './mobile';

import { detectMailbox, type MailboxSignal } from './detectMailbox';
import { decideSend } from './sendGuard';

const catchAll = /Something went wrong/;

describe('"composeRequest never throws": the catch-all message never appears', () => {
  const ids = [...requestKinds.map((k) => k.id), 'nonsense'];
  const messages = (r: ReturnType<typeof composeRequest>) => (r.ok ? [] : r.errors.map((e) => e.message));

  test('whatever it is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.anything(), fc.string(), (id, input, address) => {
        const r = composeRequest(id, input, { mailbox: identifyMailbox(address), now });
        expect(messages(r).filter((m) => catchAll.test(m))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test('on inputs that are nearly right (each example with extra or changed values)', () => {
    const emailIds = requestKinds.filter((k) => k.route === 'email').map((k) => k.id);
    fc.assert(
      fc.property(fc.constantFrom(...emailIds), fc.dictionary(fc.string(), fc.anything()), fc.anything(), (id, extra, replacement) => {
        const example = exampleInputs[id] ?? {};
        const keys = Object.keys(example);
        const changed = keys.length ? { ...example, [keys[Math.abs(JSON.stringify(extra).length) % keys.length]!]: replacement } : example;
        const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
        for (const input of [{ ...example, ...extra }, changed]) {
          const r = composeRequest(id, input, { mailbox, now });
          expect(messages(r).filter((m) => catchAll.test(m))).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test('every example composes', () => {
    const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
    for (const kind of requestKinds.filter((k) => k.route === 'email')) {
      const r = composeRequest(kind.id, exampleInputs[kind.id], { mailbox, now });
      expect(messages(r), kind.id).toEqual([]);
    }
  });
});

describe('mobile numbers: 07 followed by 9 digits', () => {
  test('property: 07 + exactly 9 digits is accepted, with any spacing', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), fc.constantFrom('', ' ', '\u00a0', '-'), (nine, sep) => {
        const typed = `07${nine.slice(0, 3)}${sep}${nine.slice(3)}`;
        expect(isUkMobile(normaliseMobile(typed))).toBe(true);
        expect(mobileError(normaliseMobile(typed))).toBeUndefined();
      }),
    );
  });

  test('property: 07 + 8 or 10 digits, or any other start, is refused', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8,10}$/), fc.constantFrom('01', '02', '03', '08', '09', '06', '17', '70'), (digits, start) => {
        if (digits.length !== 9) expect(isUkMobile(`07${digits}`)).toBe(false);
        expect(isUkMobile(`${start}${digits.slice(0, 9).padEnd(9, '0')}`)).toBe(false);
      }),
    );
    expect(mobileError('0770090012')).toMatch(/11 digits; this one has 10/);
    expect(mobileError('077009001234')).toMatch(/11 digits; this one has 12/);
  });

  test('+44 7…, 0044 7… and 44 7… become 07… (still 9 digits after the 07)', () => {
    expect(normaliseMobile('+44 7700 900123')).toBe('07700900123');
    expect(normaliseMobile('0044 (0)7700 900123')).toBe('07700900123');
    expect(normaliseMobile('447700900123')).toBe('07700900123');
  });
});

describe("detection order: typed, then From, then the item's mailbox (shared properties), then the profile, then remembered", () => {
  const sig = (source: MailboxSignal['source'], code: string): MailboxSignal => ({ source, address: `care.${code}@nhs.net` });
  const order: MailboxSignal['source'][] = ['typed', 'from', 'shared-properties', 'user-profile', 'remembered'];

  test('each source outranks every one after it, in whichever order the signals come', () => {
    for (let i = 0; i < order.length; i++) {
      for (let j = i + 1; j < order.length; j++) {
        const winner = sig(order[i]!, `w${i}${j}aa`);
        const loser = sig(order[j]!, `l${i}${j}aa`);
        for (const signals of [
          [winner, loser],
          [loser, winner],
        ]) {
          const d = detectMailbox(signals);
          expect(d.site?.address, `${order[i]} over ${order[j]}`).toBe(winner.address);
          expect(d.source).toBe(order[i]);
        }
      }
    }
  });

  test('From outranks shared properties: composing from care.A in a message that sits in care.B is care.A', () => {
    const d = detectMailbox([sig('shared-properties', 'vl86q'), sig('from', 'vn6c2')]);
    expect(d.site?.address).toBe('care.vn6c2@nhs.net');
    expect(d.source).toBe('from');
  });

  test('a personal From does not hide a shared item mailbox: the site still comes from shared properties', () => {
    const d = detectMailbox([{ source: 'from', address: 'amira.khan3@nhs.net' }, sig('shared-properties', 'vn6c2')]);
    expect(d.site?.address).toBe('care.vn6c2@nhs.net');
    expect(d.source).toBe('shared-properties');
  });
});

describe('the send guard blocks a shared-only request to NAS from outside nhs.net', () => {
  // A request only the shared mailbox may send; the guard recognises it by its subject title.
  const sharedOnly = requestKinds.find((k) => k.route === 'email' && k.sendFrom === 'shared' && 'subjectTitle' in k)!;
  const title = (sharedOnly as { subjectTitle: string }).subjectTitle;
  // Works with the guard's data where it takes some (recognised kinds), and without.
  const check = (from: string) =>
    decideSend({
      from,
      recipients: ['helpdesk@nhs.net'],
      subject: `${title} – VN6C2 – Sunrise House`,
      bodyText: 'Please set this up.',
      now,
      data: { nasAddresses: ['helpdesk@nhs.net'], rules: [{ kindId: sharedOnly.id, subjectTitle: title, sendFrom: 'shared' }] },
    } as Parameters<typeof decideSend>[0]);

  test.each(['someone@gmail.com', 'manager@sunrisehouse.co.uk', 'care.vn6c2@nhs.uk', 'care.vn6c2@nhs.net.attacker.com'])(
    'From %s is blocked, and the message names it',
    (from) => {
      const d = check(from);
      expect(d.action).toBe('block');
      expect(d.action === 'block' && d.message).toContain(from);
    },
  );

  test('From the shared mailbox is not blocked', () => {
    expect(check('care.vn6c2@nhs.net').action).not.toBe('block');
  });
});

describe('found by the "never throws" property', () => {
  test('disable an account with the start date left empty and a return date given: the field error, not the catch-all', () => {
    const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
    const r = composeRequest('disable-account', { ...exampleInputs['disable-account'], fromDate: '' }, { mailbox, now });
    expect(r.ok).toBe(false);
    const messages = r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages.filter((m) => catchAll.test(m))).toEqual([]);
    expect(messages.some((m) => m.startsWith('fromDate: '))).toBe(true);
  });
});

test('found by the same property: a restore request with a deletion date that is not a date gets the field error, not the catch-all', () => {
  const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
  const r = composeRequest('reinstate-account', { ...exampleInputs['reinstate-account'], deletedOn: '!' }, { mailbox, now });
  const messages = r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
  expect(messages.filter((m) => catchAll.test(m))).toEqual([]);
  expect(messages.some((m) => m.startsWith('deletedOn: '))).toBe(true);
});

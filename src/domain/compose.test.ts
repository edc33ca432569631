import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { requestKinds } from './catalogue';
import { composeRequest } from './compose';
import type { FieldMap } from './fields';
import { identifyMailbox } from './mailboxIdentity';
import type { AnyEmailKind, GuidedKind } from './requestKind';
import { exampleInputs, exampleMailbox, examplePersonalAddress, exampleNow as now, goldenCases } from './examples';

const mailbox = identifyMailbox(exampleMailbox.address, exampleMailbox.displayName);
const personal = identifyMailbox('amira.khan3@nhs.net');
const emailKinds = requestKinds.filter((k): k is AnyEmailKind => k.route === 'email');
const clone = <T>(v: T): T => structuredClone(v);

function compose(id: string, input: unknown, ctx: Partial<Parameters<typeof composeRequest>[2]> = {}) {
  return composeRequest(id, input, { mailbox, now, ...ctx });
}
function errorsOf(id: string, input: unknown) {
  const r = compose(id, input);
  if (r.ok) throw new Error(`${id} composed but was expected to fail`);
  return r.errors;
}
function messageOf(id: string, input: unknown, ctx: Partial<Parameters<typeof composeRequest>[2]> = {}) {
  const r = compose(id, input, ctx);
  if (!r.ok) throw new Error(`${id} failed: ${JSON.stringify(r.errors)}`);
  return r;
}

/** Paths of the fields a user must fill in, found from the kind's own field data. */
function requiredPaths(fields: FieldMap, value: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, field] of Object.entries(fields)) {
    const optional = field.type === 'list' ? field.min === 0 : Boolean(field.optional);
    if (optional) continue;
    out.push(prefix + key);
    if (field.type === 'list')
      out.push(...requiredPaths(field.fields, (value[key] as Record<string, unknown>[])[0]!, `${prefix}${key}.0.`));
  }
  return out;
}
function without(value: Record<string, unknown>, path: string): Record<string, unknown> {
  const copy = clone(value);
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  delete target[keys.at(-1)!];
  return copy;
}

describe('the catalogue', () => {
  test('has exactly the kinds the issue names, each with a unique title', () => {
    expect(requestKinds.map((k) => k.id).sort()).toEqual(
      [
        'add-user',
        'add-joiner',
        'leaver',
        'leaver-self',
        'owner-change',
        'disable-account',
        'enable-account',
        'reset-new-mobile',
        'reset-owner-vouched',
        'reinstate-account',
        'more-accounts',
        'audit',
        'name-change',
        'close-acquisition',
        'sponsored-transfer',
        'ods-rename',
        'missing-shared-access',
        'missing-personal-account',
        'teams-request',
        'escalation',
        'ods-query',
        'phone-no-access',
        'phone-new-manager',
        'phone-transferred-manager',
        'self-service-reset',
      ].sort(),
    );
    expect(new Set(requestKinds.map((k) => k.title)).size).toBe(requestKinds.length);
  });

  test('every kind explains itself and traces to a seed document', () => {
    for (const kind of requestKinds) {
      expect(kind.sources.length, kind.id).toBeGreaterThan(0);
      for (const part of [kind.explanation.when, kind.explanation.needs, kind.explanation.next])
        expect(part.length, kind.id).toBeGreaterThan(20);
    }
  });

  test('phone and self-service kinds carry steps and a checklist instead of a form', () => {
    const guided = requestKinds.filter((k): k is GuidedKind => k.route !== 'email');
    expect(guided.map((k) => k.id).sort()).toEqual([
      'phone-new-manager',
      'phone-no-access',
      'phone-transferred-manager',
      'self-service-reset',
    ]);
    for (const kind of guided) {
      expect(kind.steps.length, kind.id).toBeGreaterThan(2);
      expect(kind.haveReady.length, kind.id).toBeGreaterThan(0);
    }
  });

  test('every email kind has an example input', () => {
    expect(emailKinds.map((k) => k.id).sort()).toEqual(Object.keys(exampleInputs).sort());
  });
});

describe.each(emailKinds.map((k) => [k.id, k] as const))('%s', (id, kind) => {
  const example = exampleInputs[id]!;

  test('a valid input composes to NAS with a subject that carries no personal data', () => {
    const r = messageOf(id, example);
    expect(r.message.to).toEqual(kind.recipients);
    expect(r.message.cc).toEqual([]);
    expect(r.message.subject.startsWith(kind.subjectTitle)).toBe(true);
    expect(r.message.subject).toContain('VN6C2');
    expect(r.message.subject.length).toBeLessThanOrEqual(255);
    for (const value of JSON.stringify(example).match(/[\w.'-]+@[\w.-]+|07\d{3} ?\d{6}/g) ?? [])
      expect(r.message.subject).not.toContain(value);
  });

  test("carries a zod schema: the example passes (at the example's time), an empty input only when nothing is required", () => {
    expect(kind.schemaFor({ now, mailbox }).safeParse(example).success).toBe(true);
    const nothingRequired = Object.values(kind.fields).every((f) => (f.type === 'list' ? f.min === 0 : Boolean(f.optional)));
    // `schema` itself judges dates against the real clock; an empty input has no dates to judge.
    expect(kind.schema.safeParse({}).success).toBe(nothingRequired);
  });

  test('text and HTML say the same thing', () => {
    const r = messageOf(id, example);
    const htmlText = r.message.html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
    for (const line of r.message.text.split('\n')) {
      const words = line
        .replace(/^\s*([^:]+: )?/, '')
        .replace(/:$/, '')
        .trim();
      if (words && !/^(New user|Joiner|Leaver)( \d+)?$/.test(words)) expect(htmlText).toContain(words.replace(/\s+/g, ' '));
    }
  });

  test.each(requiredPaths(kind.fields, example))('missing %s fails on that path', (path) => {
    const errors = errorsOf(id, without(example, path));
    expect(errors.map((e) => e.path)).toContain(path);
    const message = errors.find((e) => e.path === path)!.message;
    expect(message).toMatch(/^(Enter|Choose|Add|Confirm|Say)|must|missing/);
    // Messages read as plain English: no "the the", "the what", and acronyms keep their case.
    expect(message).not.toMatch(/\bthe (the|your|their|what|why|how)\b|nhsmail|\bods\b/);
  });
});

describe('golden emails: every kind from its right sender, and every branch', () => {
  test.each(goldenCases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const context =
      c.from === 'shared'
        ? { mailbox }
        : { mailbox: identifyMailbox(examplePersonalAddress), sharedMailbox: c.siteKnown ? mailbox : undefined };
    const r = composeRequest(c.kind, c.input, { now, ...context });
    if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.errors)}`);
    const warnings = r.warnings.map((w) => `Warning: ${w.message}\n`).join('');
    await expect(
      `From: ${c.from === 'shared' ? mailbox.address : examplePersonalAddress}\nTo: ${r.message.to.join(', ')}\nSubject: ${r.message.subject}\n${warnings}\n${r.message.text}\n`,
    ).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  });

  test('each golden email comes from a mailbox its kind may be sent from', () => {
    for (const c of goldenCases) {
      const kind = requestKinds.find((k) => k.id === c.kind)!;
      if (kind.sendFrom === 'shared') expect(c.from === 'shared' || c.siteKnown, c.name).toBe(true);
      if (kind.sendFrom === 'personal') expect(c.from, c.name).toBe('personal');
    }
  });
});

describe('rules across kinds', () => {
  test('mobiles are normalised and shown as 07700 900123', () => {
    const r = messageOf('add-user', exampleInputs['add-user']);
    expect(r.message.text).toContain('Personal mobile: 07700 900456');
  });

  test('duplicate mobiles or addresses in one request are errors on the second person', () => {
    const people = [
      { fullName: 'Amira Khan', mobile: '07700 900123', personalEmail: 'a@example.com', role: 'member' },
      { fullName: 'Tom Hill', mobile: '+447700900123', personalEmail: 'A@example.com', role: 'member' },
    ];
    const errors = errorsOf('add-user', { people });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'people.1.mobile', message: expect.stringMatching(/also given for person 1/) },
        { path: 'people.1.personalEmail', message: expect.stringMatching(/also given for person 1/) },
      ]),
    );
    const joiners = [
      { fullName: 'Amira Khan', nhsmailAddress: 'amira@nhs.net', mobile: '07700 900123', role: 'member' },
      { fullName: 'Tom Hill', nhsmailAddress: 'AMIRA@nhs.net', mobile: '07700 900124', role: 'member' },
    ];
    expect(errorsOf('add-joiner', { people: joiners }).map((e) => e.path)).toEqual(['people.1.nhsmailAddress']);
  });

  test('more than 10 people points to more-accounts', () => {
    const people = Array.from({ length: 11 }, (_, i) => ({
      fullName: `Person Number${String.fromCharCode(97 + i)}`,
      mobile: `077009001${String(i).padStart(2, '0')}`,
      personalEmail: `p${i}@example.com`,
      role: 'member',
    }));
    const errors = errorsOf('add-user', { people });
    expect(errors).toEqual([{ path: 'people', message: expect.stringMatching(/Ask for more than 10 accounts/) }]);
    expect(compose('add-user', { people: people.slice(0, 10) }).ok).toBe(true);
  });

  test('an nhs.net personal email points to add-joiner', () => {
    const errors = errorsOf('add-user', {
      people: [{ fullName: 'Amira Khan', mobile: '07700 900123', personalEmail: 'amira.khan3@nhs.net', role: 'member' }],
    });
    expect(errors).toEqual([
      { path: 'people.0.personalEmail', message: expect.stringMatching(/joiner.*Add staff who already have NHSmail/) },
    ]);
  });

  test('a generic team address as personal email is a warning', () => {
    const r = messageOf('add-user', {
      people: [{ fullName: 'Amira Khan', mobile: '07700 900123', personalEmail: 'manager@sunrisehouse.co.uk', role: 'owner' }],
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['generic-email']);
    // Field warnings keep their path, so the form can show each next to its field.
    expect(r.warnings.map((w) => w.path)).toEqual(['people.0.personalEmail']);
  });

  test('070 and pager mobiles compose with a warning', () => {
    const r = messageOf('enable-account', { nhsmailAddress: 'sarah.bell7@nhs.net', mobile: '07012 345678' });
    expect(r.warnings).toEqual([{ code: 'mobile-not-personal', message: expect.stringMatching(/070/), path: 'mobile' }]);
  });

  test('personal data in any free-text field is an error that says NAS never needs it', () => {
    const audit = errorsOf('audit', { note: 'Jane Smith DOB 12/03/1985 should not have access' });
    expect(audit).toEqual([{ path: 'note', message: expect.stringMatching(/date of birth.*NAS never needs/) }]);
    expect(
      errorsOf('escalation', { ticketReference: 'INC0123456', summary: 'Resident NHS number 943 476 5919 was in the ticket' })[0],
    ).toEqual({ path: 'summary', message: expect.stringMatching(/NHS number/) });
    expect(
      errorsOf('more-accounts', {
        count: 2,
        justification: 'Staff member AB 12 34 56 C needs an account for nights',
        existingAccountsInUse: true,
      })[0]!.path,
    ).toBe('justification');
    expect(
      errorsOf('name-change', {
        forWhom: 'colleague',
        currentName: 'Sarah Bell 01/02/1980',
        newName: 'Sarah Okafor',
        nhsmailAddress: 'sarah.bell7@nhs.net',
      })[0],
    ).toEqual({ path: 'currentName', message: expect.stringMatching(/date of birth/) });
  });

  test('a postcode is a warning, ordinary dates pass', () => {
    const r = messageOf('audit', { note: 'Our new manager starts on 01/12/2026 at Sunrise House, DH1 3AB.' });
    expect(r.warnings.map((w) => w.code)).toEqual(['postcode']);
  });

  test('dates are judged against now', () => {
    expect(errorsOf('disable-account', { ...exampleInputs['disable-account'], fromDate: '2026-11-19' })).toEqual([
      { path: 'fromDate', message: expect.stringMatching(/today or in the future/) },
    ]);
    expect(compose('disable-account', { ...exampleInputs['disable-account'], fromDate: '2026-11-20', returnDate: undefined }).ok).toBe(
      true,
    );
    expect(errorsOf('disable-account', { ...exampleInputs['disable-account'], returnDate: '2026-11-30' })[0]!.path).toBe('returnDate');
    expect(errorsOf('disable-account', { ...exampleInputs['disable-account'], fromDate: '2026-02-30' })[0]!.message).toMatch(/real date/);
    expect(errorsOf('reinstate-account', { ...exampleInputs['reinstate-account'], deletedOn: '2026-11-21' })[0]!.message).toMatch(
      /today or in the past/,
    );
    expect(errorsOf('escalation', { callDateTime: '2026-11-20T10:30', summary: 'Still no reply to our request.' })[0]!.message).toMatch(
      /cannot be in the future/,
    );
  });

  test('reinstating an account deleted over 30 days ago warns to ask for a new account', () => {
    expect(messageOf('reinstate-account', { ...exampleInputs['reinstate-account'], deletedOn: '2026-10-21' }).warnings).toEqual([]);
    const late = messageOf('reinstate-account', { ...exampleInputs['reinstate-account'], deletedOn: '2026-10-20' });
    expect(late.warnings).toEqual([{ code: 'reinstate-too-late', message: expect.stringMatching(/more than 30 days.*new account/) }]);
  });

  test('an owner leaving needs a new owner unless another owner remains', () => {
    const people = [{ fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net', wasOwner: true }];
    expect(errorsOf('leaver', { people })).toEqual([{ path: 'newOwner', message: expect.stringMatching(/Name the new owner/) }]);
    expect(errorsOf('leaver', { people, newOwner: { fullName: 'Amira Khan' } })).toEqual([
      { path: 'newOwner.nhsmailAddress', message: expect.any(String) },
    ]);
    expect(errorsOf('leaver', { people, newOwner: { fullName: 'Peter Lund', nhsmailAddress: 'peter.lund@nhs.net' } })[0]!.path).toBe(
      'newOwner.nhsmailAddress',
    );
    const remains = messageOf('leaver', { people, anotherOwnerRemains: true });
    expect(remains.message.text).toContain('Another owner stays on the shared mailbox.');
    expect(messageOf('leaver', { people: [{ ...people[0], wasOwner: false }] }).message.text).not.toContain('owner rights');
  });

  test('an escalation needs a ticket reference or the call time', () => {
    expect(errorsOf('escalation', { summary: 'Still no reply to our request.' })).toEqual([
      { path: 'ticketReference', message: expect.stringMatching(/ticket reference, or the date and time/) },
    ]);
    const byCall = messageOf('escalation', { callDateTime: '2026-11-18 14:30', summary: 'Still no reply to our request.' });
    expect(byCall.message.to).toEqual(['feedback@nhs.net']);
    expect(byCall.message.text).toContain('Wednesday 18 November 2026 at 14:30');
    expect(messageOf('escalation', { callDateTime: '2026-11-18T14:30:00', summary: 'No reply' }).message.text).toContain('at 14:30');
    expect(errorsOf('escalation', { ticketReference: 'INC0001', summary: '' })).toEqual([
      { path: 'summary', message: 'Say what is still wrong' },
    ]);
    expect(errorsOf('teams-request', { team: 'new', ownerName: 'Amira Khan' })).toEqual([
      { path: 'ownerNhsmailAddress', message: "Enter the team owner's NHSmail address" },
    ]);
    expect(errorsOf('ods-query', { topic: 'ods' })).toEqual([{ path: 'question', message: 'Enter your question' }]);
    expect(errorsOf('ods-rename', {})).toEqual([{ path: 'newOdsCode', message: 'Enter the new ODS code' }]);
  });

  test('the ODS rename needs a different code and warns on an unusual one', () => {
    expect(errorsOf('ods-rename', { newOdsCode: 'vn6c2' })).toEqual([
      { path: 'newOdsCode', message: expect.stringMatching(/same as the current/) },
    ]);
    const r = messageOf('ods-rename', { newOdsCode: 'F1234' });
    expect(r.warnings.map((w) => w.code)).toEqual(['ods-pattern']);
    expect(messageOf('ods-rename', exampleInputs['ods-rename']).message.text).toContain('care.vl86q@nhs.net');
  });

  test('a shared-mailbox kind composed for a named site from a personal mailbox is complete, with a send-from-shared warning', () => {
    const named = messageOf('add-user', exampleInputs['add-user'], { mailbox: personal, sharedMailbox: mailbox });
    expect(named.warnings).toEqual([
      {
        code: 'send-from-shared',
        message: expect.stringMatching(/from the shared mailbox.*Send it from care\.vn6c2@nhs\.net, not from amira\.khan3@nhs\.net/),
      },
    ]);
    expect(named.message.subject).toBe('New user accounts – VN6C2 – Sunrise House');
    expect(named.message.text).toBe(messageOf('add-user', exampleInputs['add-user']).message.text);
    expect(
      messageOf(
        'disable-account',
        { ...exampleInputs['disable-account'], forWhom: 'self' },
        { mailbox: identifyMailbox('sarah.bell7@nhs.net') },
      ).warnings,
    ).toEqual([]);
    expect(messageOf('missing-shared-access', exampleInputs['missing-shared-access'], { mailbox: personal }).message.subject).toBe(
      'Shared mailbox not received – VN6C2',
    );
    expect(messageOf('missing-shared-access', exampleInputs['missing-shared-access']).warnings.map((w) => w.code)).toEqual([
      'send-from-personal',
    ]);
  });

  test('the older sector addresses are available to a deployment, never the default; the ticket robot never', () => {
    expect(messageOf('audit', {}).message.to).toEqual(['helpdesk@nhs.net']);
    expect(messageOf('audit', {}, { deployment: { useSectorAddresses: true } }).message.to).toEqual(['careadmin@nhs.net']);
    const dental = identifyMailbox('dental.v25604@nhs.net');
    expect(messageOf('audit', {}, { mailbox: dental, deployment: { useSectorAddresses: true } }).message.to).toEqual([
      'dentistadmin@nhs.net',
    ]);
    expect(messageOf('ods-query', exampleInputs['ods-query'], { deployment: { useSectorAddresses: true } }).message.to).toEqual([
      'exeter.helpdesk@nhs.net',
    ]);
    for (const kind of emailKinds)
      expect(messageOf(kind.id, exampleInputs[kind.id]).message.to).not.toContain('accentureplc@service-now.com');
  });

  test('phone and self-service kinds do not compose; they say to phone, with the number', () => {
    for (const id of ['phone-no-access', 'phone-new-manager', 'phone-transferred-manager', 'self-service-reset']) {
      const r = compose(id, {});
      expect(r).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/phone.*0333 200 1133/i) }] });
    }
  });

  test('unknown kinds and missing input give a clear error', () => {
    expect(errorsOf('order-pizza', {})).toEqual([{ path: '', message: 'There is no request called "order-pizza".' }]);
    expect(errorsOf('add-user', null)).toEqual([{ path: '', message: 'The request details are missing' }]);
    expect(errorsOf('add-user', { people: 'Jane' })).toEqual([{ path: 'people', message: expect.stringMatching(/Add at least one/) }]);
  });

  test('fields the form did not ask for never reach NAS', () => {
    const r = messageOf('enable-account', { ...exampleInputs['enable-account'], dateOfBirth: '1980-01-01', homeAddress: '1 High St' });
    expect(r.message.text).not.toMatch(/1980|High St/);
  });

  test('a subject stays within 255 characters however long the site name', () => {
    // A display name this long is refused (mailboxIdentity), but a typed site name still passes through here.
    const long = { ...identifyMailbox('care.vn6c2@nhs.net'), siteName: 'Very Long Name '.repeat(30).trim() };
    expect(messageOf('audit', {}, { mailbox: long }).message.subject.length).toBe(255);
  });
});

describe('properties', () => {
  const ids = [...requestKinds.map((k) => k.id), 'nonsense'];

  test('composeRequest never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.anything(), fc.string(), (id, input, address) => {
        const r = composeRequest(id, input, { mailbox: identifyMailbox(address), now });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  test('composeRequest never throws on inputs that are nearly right', () => {
    fc.assert(
      fc.property(fc.constantFrom(...emailKinds.map((k) => k.id)), fc.dictionary(fc.string(), fc.anything()), (id, extra) => {
        const r = compose(id, { ...exampleInputs[id], ...extra });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  const allowedTags = new Set(['p', 'br', 'table', 'tr', 'th', 'td', 'caption', 'b']);
  const allowedAttributes = new Set(['border', 'cellpadding', 'cellspacing', 'scope', 'align']);
  const hostile = fc.string({ minLength: 1, maxLength: 60 }).map((s) => `${s}<script>alert("x")</script>&<img src=x onerror=y>'`);

  test('no user string appears unescaped in the HTML', () => {
    const cases: [string, (s: string) => Record<string, unknown>][] = [
      ['audit', (s) => ({ note: `Note ${s}` })],
      ['escalation', (s) => ({ ticketReference: 'INC0001', summary: `Problem ${s}` })],
      ['ods-query', (s) => ({ question: `Question ${s}` })],
      ['more-accounts', (s) => ({ count: 2, justification: `Justification ${s}`, existingAccountsInUse: true })],
      ['close-acquisition', (s) => ({ newOwnerOrganisation: `Org ${s}`.slice(0, 120), dataSavedLocally: true })],
      [
        'missing-personal-account',
        (s) => ({ firstName: 'Amira', lastName: 'Khan', odsCode: 'VN6C2', sharedMailbox: `Box ${s}`.slice(0, 150) }),
      ],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...cases), hostile, fc.string({ maxLength: 40 }), ([id, build], s, siteName) => {
        const site = identifyMailbox('care.vn6c2@nhs.net', `Care.VN6C2 (${siteName}<b>&, Durham)`);
        const r = composeRequest(id, build(s), { mailbox: site, now });
        if (!r.ok) return;
        for (const [, tag, attrs] of r.message.html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
          expect(allowedTags.has(tag!.toLowerCase()), `tag <${tag}>`).toBe(true);
          for (const [, name] of attrs!.matchAll(/\s([a-z-]+)=/gi))
            expect(allowedAttributes.has(name!.toLowerCase()), `attribute ${name}`).toBe(true);
        }
        // Every < and > left in the HTML belongs to one of our tags: user text cannot open a tag.
        expect(r.message.html.replace(/<\/?[a-z]+(?:\s[a-z-]+="[a-z0-9]*")*>/g, '')).not.toMatch(/[<>]/);
        expect(r.message.html).not.toContain("'");
      }),
      { numRuns: 200 },
    );
  });
});

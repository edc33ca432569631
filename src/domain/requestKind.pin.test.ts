// Pins for the kind builders, the sector wording, the guided one-line message and the kind index
// source: literal texts, each branch with its own example.

import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { guidedMessage, guidedStepsFor } from './guidance';
import { kindIndexSource } from './kindIndexSource';
import { emailKind, guidedKind, validationContext, type RequestKind } from './requestKind';
import { phoneNoAccess } from './requests/phoneNoAccess';
import { addUser } from './requests/addUser';
import { callFromItem } from './sectors';

type GuidedSpec = Parameters<typeof guidedKind>[0];
type EmailSpec = Parameters<typeof emailKind>[0];

describe('guidedKind', () => {
  const kind = guidedKind({
    id: 'test-guided',
    title: 'A test',
    group: 'help',
    route: 'phone',
    sendFrom: 'shared-or-personal',
    sources: ['000'],
    explanation: { when: 'Ask NAS for help', needs: 'Your ODS code', next: 'NAS replies' },
    guide: (orgType) => ({
      lead: orgType ? `Phone NAS from the ${orgType} site:` : 'Phone NAS:',
      haveReady: ['Your DSPT status', 'Your ODS code again'],
      steps: ['Call NAS', 'Give the DSPT status'],
    }),
  } as GuidedSpec);

  test('its explanation spells NAS and ODS out where first read', () => {
    expect(kind.explanation).toEqual({
      when: 'Ask National Administration Service (NAS) for help',
      needs: 'Your Organisation Data Service (ODS) code',
      next: 'NAS replies',
    });
  });

  test('the guide keeps lead, have-ready and steps apart, spelling out only what the explanation did not', () => {
    const expected = {
      lead: 'Phone NAS:',
      haveReady: ['Your Data Security and Protection Toolkit (DSPT) status', 'Your ODS code again'],
      steps: ['Call NAS', 'Give the DSPT status'],
    };
    expect(kind.guide()).toEqual(expected);
    expect(guidedStepsFor(kind)).toEqual(expected);
    expect(kind.steps).toEqual(['Call NAS', 'Give the DSPT status']);
    expect(kind.haveReady).toEqual(['Your Data Security and Protection Toolkit (DSPT) status', 'Your ODS code again']);
    expect(kind.recipients).toEqual([]);
    expect(kind.guide('pharmacy').lead).toBe('Phone NAS from the pharmacy site:');
  });
});

describe('validationContext and emailKind', () => {
  test('with nothing given: no mailbox, no site, now', () => {
    const before = Date.now();
    const ctx = validationContext();
    expect(ctx.mailbox).toEqual({ kind: 'other', address: '' });
    expect(ctx.site).toBeUndefined();
    expect(ctx.now.getTime()).toBeGreaterThanOrEqual(before);
  });

  test('a shared mailbox is the site unless a site is given', () => {
    const mailbox = { kind: 'shared', address: 'care.vn6c2@nhs.net', orgType: 'care', odsCode: 'VN6C2' } as const;
    const now = new Date('2026-01-15T10:00:00Z');
    expect(validationContext({ mailbox, now } as never)).toEqual({ now, mailbox, site: mailbox });
  });

  test('an email kind is routed by email to its recipient, with NAS spelled out', () => {
    const kind = emailKind({
      ...(addUser as unknown as EmailSpec),
      recipient: 'ods',
      explanation: { when: 'Email NAS', needs: 'Names', next: 'NAS replies' },
    });
    expect(kind.route).toBe('email');
    expect(kind.recipients).toEqual(['exeter.helpdesk@nhs.net']);
    expect(kind.explanation).toEqual({ when: 'Email National Administration Service (NAS)', needs: 'Names', next: 'NAS replies' });
    expect(addUser.route).toBe('email');
    expect(addUser.schema).toBeInstanceOf(z.ZodType);
  });
});

describe('callFromItem', () => {
  test.each([
    ['care', "Care site's own landline, the number the CQC shows for your site, to call from"],
    ['pharmacy', "Pharmacy store's phone number, to call from"],
    ['dental', "Dental practice's phone number, to call from"],
    ['optometry', "Optometry practice's phone number, to call from"],
  ] as const)('%s: %s', (orgType, expected) => {
    expect(callFromItem(orgType)).toBe(expected);
  });

  test('no sector: every sector named', () => {
    expect(callFromItem()).toBe(
      "Your site's own phone to call from (care site: the CQC-registered landline; pharmacy or dispensing appliance contractor: the store's number; dental practice: the practice number)",
    );
  });
});

describe('guidedMessage', () => {
  test('optometry with nobody on the shared mailbox: email, not phone', () => {
    expect(guidedMessage(phoneNoAccess, 'optometry')).toBe(
      'This is not done from the shared mailbox. Email NAS at helpdesk@nhs.net from your own NHSmail account (nobody can send from the shared mailbox).',
    );
  });

  test('a pharmacy phones', () => {
    expect(guidedMessage(phoneNoAccess, 'pharmacy')).toMatch(/^This is done by phone, not email\. Call /);
  });
});

describe('kindIndexSource', () => {
  const line = (title: string) =>
    kindIndexSource([{ id: 'k', title, group: 'help', route: 'phone', sendFrom: 'shared' } as unknown as RequestKind])
      .split('\n')
      .find((l) => l.startsWith("  'k'"));

  test.each([
    ['Plain title', "  'k': { id: 'k', title: 'Plain title', group: 'help', route: 'phone', sendFrom: 'shared' },"],
    ["Owner's access", `  'k': { id: 'k', title: "Owner's access", group: 'help', route: 'phone', sendFrom: 'shared' },`],
    [`Owner's "access"`, `  'k': { id: 'k', title: 'Owner\\'s "access"', group: 'help', route: 'phone', sendFrom: 'shared' },`],
    ['Back\\slash', "  'k': { id: 'k', title: 'Back\\\\slash', group: 'help', route: 'phone', sendFrom: 'shared' },"],
  ])('%s is quoted as a TypeScript string', (title, expected) => {
    expect(line(title)).toBe(expected);
  });
});

// Text an outside sender or a paste controls never steers what NAS reads (injected instructions).
import { describe, expect, test } from 'vitest';
import { composeRequest } from './compose';
import { detectMailbox } from './detectMailbox';
import { identifyMailbox, siteLabel } from './mailboxIdentity';
import { exampleInputs, exampleNow } from './examples';

const address = 'care.vn6c2@nhs.net';
const site = (displayName: string) => identifyMailbox(address, displayName);
const notKnown = (displayName: string) => {
  const s = site(displayName);
  expect(s.kind === 'shared' && [s.siteName, s.town]).toEqual([undefined, undefined]);
  expect(siteLabel(s)).toBeUndefined();
};

describe('a site name is taken from a display name only when it has the exact NHSmail shape', () => {
  test.each([
    ['a sentence with an address in it', 'Care.VN6C2 (Sunrise House. Also make attacker.x@nhs.net an owner, Durham)'],
    ['a full stop inside', 'Care.VN6C2 (Sunrise House. Also make Jo Bloggs an owner, Durham)'],
    ['an @ anywhere', 'Care.VN6C2 (Sunrise@House, Durham)'],
    ['two commas', 'Care.VN6C2 (Sunrise House, Main Street, Durham)'],
    ['no town', 'Care.VN6C2 (Sunrise House)'],
    ['right-to-left override', 'Care.VN6C2 (Sunrise \u202EHouse, Durham)'],
    ['next line (U+0085)', 'Care.VN6C2 (Sunrise\u0085House, Durham)'],
    ['zero-width space', 'Care.VN6C2 (Sunrise\u200BHouse, Durham)'],
    ['a C0 control', 'Care.VN6C2 (Sunrise\u0007House, Durham)'],
    ['a lone surrogate', 'Care.VN6C2 (Sunrise\uD800House, Durham)'],
    ['a line break', 'Care.VN6C2 (Sunrise\nHouse, Durham)'],
    ['two spaces', 'Care.VN6C2 (Sunrise  House, Durham)'],
    ['a name of 61 characters', `Care.VN6C2 (${'A'.repeat(61)}, Durham)`],
    ['a town of 41 characters', `Care.VN6C2 (Sunrise House, ${'D'.repeat(41)})`],
    ['40 KB', `Care.VN6C2 (${'Sunrise House '.repeat(3000)}, Durham)`],
    ['angle brackets', 'Care.VN6C2 (<b>Sunrise</b>, Durham)'],
    ['text after the bracket', 'Care.VN6C2 (Sunrise House, Durham) please'],
  ])('%s: site name not known', (_, displayName) => notKnown(displayName));

  test('the longest names allowed are still accepted (60 and 40 characters)', () => {
    expect(site(`Care.VN6C2 (${'A'.repeat(60)}, ${'D'.repeat(40)})`)).toMatchObject({ siteName: 'A'.repeat(60), town: 'D'.repeat(40) });
  });

  test('the hostile name reaches neither the subject nor the body, and every request still composes', () => {
    const hostile = 'Care.VN6C2 (Sunrise House. Also make attacker.x@nhs.net an owner, Durham)';
    for (const displayName of [hostile, `Care.VN6C2 (${'x'.repeat(40_000)}, Durham)`, 'Care.VN6C2 (Sunrise\u202E\u0085, Durham)']) {
      const detection = detectMailbox([{ source: 'shared-properties', address }], { [address]: displayName });
      const r = composeRequest('audit', { note: '' }, { mailbox: detection.mailbox, sharedMailbox: detection.site, now: exampleNow });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.message.subject).toMatch(/ – VN6C2$/);
      expect(r.message.subject).not.toMatch(/attacker|Sunrise|x{8}|\u202E/);
      expect(r.message.text).not.toMatch(/attacker|\u202E|\u0085|xxxxxxxx/);
    }
  });
});

test('bidi, zero-width, control characters and lone surrogates typed into free text never reach the email', () => {
  const r = composeRequest(
    'name-change',
    {
      ...exampleInputs['name-change'],
      currentName: 'Sarah\u202E Bell\u200B',
      newName: 'Sarah\u0000 Okafor\uD800',
      nhsmailAddress: 'sarah.bell7@nhs.net\u200B',
    },
    { mailbox: site('Care.VN6C2 (Sunrise House, Durham)'), now: exampleNow },
  );
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.message.text).toContain('Sarah Bell');
  expect(r.message.text).toContain('Sarah Okafor');
  expect(r.message.text).toContain('sarah.bell7@nhs.net');
  expect(r.message.text + r.message.subject + r.message.html).not.toMatch(/[\u202E\u200B\u0000\uD800]/);
  const note = composeRequest(
    'audit',
    { note: 'Line one\u2028Line two\u0085Line three \u202Edone' },
    { mailbox: site('Care.VN6C2 (Sunrise House, Durham)'), now: exampleNow },
  );
  expect(note.ok && note.message.text).toContain('Line one\nLine two\nLine three done');
});

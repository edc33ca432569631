// Text an outside sender or a paste controls never steers what NAS reads (issue #17, "Injected").
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

describe('a site name is taken from a display name only in the NHSmail shape, and the user is told why not (issue 26)', () => {
  const why = (displayName: string) => {
    const s = site(displayName);
    return s.kind === 'shared' ? s.warnings : [];
  };
  const told = (reason: string) => [
    `The display name on this message (Care.VN6C2 …) was not used for the site name: it ${reason}. You can enter the site name yourself.`,
  ];
  test.each([
    [
      'a sentence with an address in it',
      'Care.VN6C2 (Sunrise House. Also make attacker.x@nhs.net an owner, Durham)',
      'could hold an email address',
    ],
    [
      'a full stop inside',
      'Care.VN6C2 (Sunrise House. Also make Jo Bloggs an owner, Durham)',
      'has a full stop that does not end an abbreviation like St.',
    ],
    ['an @ anywhere', 'Care.VN6C2 (Sunrise@House, Durham)', 'could hold an email address'],
    ['a web address', 'Care.VN6C2 (Sunrise House see evil.example, Durham)', 'could hold a web address'],
    ['a web address with a scheme', 'Care.VN6C2 (https://evil, Durham)', 'could hold a web address'],
    ['www', 'Care.VN6C2 (www Sunrise, Durham)', 'could hold a web address'],
    ['a full stop straight before a letter', "Care.VN6C2 (St.Anne's, Durham)", 'could hold a web address'],
    ['no town', 'Care.VN6C2 (Sunrise House)', 'has no town after a comma'],
    ['right-to-left override', 'Care.VN6C2 (Sunrise \u202EHouse, Durham)', 'has invisible or control characters in it'],
    ['next line (U+0085)', 'Care.VN6C2 (Sunrise\u0085House, Durham)', 'has invisible or control characters in it'],
    ['zero-width space', 'Care.VN6C2 (Sunrise\u200BHouse, Durham)', 'has invisible or control characters in it'],
    ['a C0 control', 'Care.VN6C2 (Sunrise\u0007House, Durham)', 'has invisible or control characters in it'],
    ['a lone surrogate', 'Care.VN6C2 (Sunrise\uD800House, Durham)', 'has invisible or control characters in it'],
    ['a line break', 'Care.VN6C2 (Sunrise\nHouse, Durham)', 'has invisible or control characters in it'],
    ['two spaces', 'Care.VN6C2 (Sunrise  House, Durham)', 'has extra spaces'],
    ['an empty part between commas', 'Care.VN6C2 (Sunrise, , Durham)', 'has extra spaces'],
    [
      'a name of 61 characters',
      `Care.VN6C2 (${'A'.repeat(61)}, Durham)`,
      'is longer than a site name (60 characters) and town (40) can be',
    ],
    [
      'a town of 41 characters',
      `Care.VN6C2 (Sunrise House, ${'D'.repeat(41)})`,
      'is longer than a site name (60 characters) and town (40) can be',
    ],
    ['40 KB', `Care.VN6C2 (${'Sunrise House '.repeat(3000)}, Durham)`, 'is longer than a site name (60 characters) and town (40) can be'],
    ['angle brackets', 'Care.VN6C2 (<b>Sunrise</b>, Durham)', 'could hold markup (< or >)'],
    ['other punctuation', 'Care.VN6C2 (Sunrise House!, Durham)', 'has characters a site name does not use'],
  ])('%s: site name not known, and the user is told why', (_, displayName, reason) => {
    notKnown(displayName);
    expect(why(displayName)).toEqual(told(reason));
  });

  test("text after the bracket is not the NHSmail shape at all: ignored like a person's name", () => {
    notKnown('Care.VN6C2 (Sunrise House, Durham) please');
    expect(why('Care.VN6C2 (Sunrise House, Durham) please')).toEqual([]);
  });

  test.each([
    ["St. Anne's Nursing Home, Durham", "St. Anne's Nursing Home", 'Durham'],
    ["St Mary's, Care & Nursing, Bishop Auckland", "St Mary's, Care & Nursing", 'Bishop Auckland'],
    ['Sunrise House, Main Street, Durham', 'Sunrise House, Main Street', 'Durham'],
    ['Smith & Co. Pharmacy, St. Albans', 'Smith & Co. Pharmacy', 'St. Albans'],
    ['J. Patel Dental Ltd., Leeds', 'J. Patel Dental Ltd.', 'Leeds'],
    ['Dr. Khan Opticians, Penrith', 'Dr. Khan Opticians', 'Penrith'],
  ])('real names: (%s) gives the name and the town after the last comma', (inner, siteName, town) => {
    const s = site(`Care.VN6C2 (${inner})`);
    expect(s).toMatchObject({ siteName, town, warnings: [] });
  });

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

// Issue 27.3, the domain gaps a planted bug went through: an NHS number written across a line break
// is found (free text and the send guard); a request from a legacy nhspharmacy. address, or from a
// site whose ODS code has an unusual shape, keeps the ODS code in its subject. (A pasted header with
// a column the pane does not know is in paste.test.ts.)

import { describe, expect, test } from 'vitest';
import { requestKinds } from './catalogue';
import { composeRequest } from './compose';
import { exampleInputs, exampleNow as now } from './examples';
import { identifyMailbox } from './mailboxIdentity';
import { scanPersonalData } from './personalData';
import { nasAddresses } from './recipients';
import { decideSend, sendGuardData } from './sendGuard';

describe('an NHS number written across a line break is found', () => {
  test.each([
    ['between groups', 'NHS number 943 476\n5919'],
    ['Windows line ends', 'NHS number 943\r\n476\r\n5919'],
    ['a blank line between', '943 476\n\n5919'],
    ['inside a group', '943 47\n6 5919'],
    ['after a hyphen', '943-476-\n5919'],
    ['a line separator (U+2028)', '943 476\u20285919'],
    ['no spaces, broken once', '94347\n65919'],
  ])('%s', (_, text) => {
    expect(scanPersonalData(text, now).filter((f) => f.kind === 'nhs-number')).toHaveLength(1);
  });

  test('a free-text answer holding one is refused next to its field', () => {
    const r = composeRequest(
      'audit',
      { note: 'Resident 943 476\n5919 is moving' },
      { mailbox: identifyMailbox('care.vn6c2@nhs.net'), now },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: 'note', message: expect.stringMatching(/^Remove the NHS number \(943 476 5919\)/) }]);
  });

  test('the send guard asks before an email to NAS with one goes', () => {
    const d = decideSend({
      recipients: ['helpdesk@nhs.net'],
      from: 'care.vn6c2@nhs.net',
      subject: 'Shared mailbox audit – VN6C2',
      bodyText: 'Please check the account of the resident with NHS number 943 476\r\n5919.',
      now,
      data: sendGuardData(requestKinds, nasAddresses),
    });
    expect(d.action).toBe('prompt');
    expect(d.action === 'prompt' && d.message).toContain('an NHS number (943 476 5919)');
  });
});

describe('the ODS code stays in the subject', () => {
  const site = (address: string) => identifyMailbox(address);
  test.each([
    ['a legacy nhspharmacy. address', 'nhspharmacy.leeds.highstreetpharmacyfh542@nhs.net', 'FH542'],
    ['a legacy address with a hyphen in the name', 'nhspharmacy.leeds.high-street-fh542@nhs.net', 'FH542'],
    ['a code longer than usual', 'care.vn6c2x9@nhs.net', 'VN6C2X9'],
    ['a code shorter than usual', 'care.v1a@nhs.net', 'V1A'],
    ["a parent organisation's code", 'care.a3re@nhs.net', 'A3RE'],
    ['a dental code in the BSA form', 'dental.v025604@nhs.net', 'V025604'],
  ])('%s', (_, address, code) => {
    const mailbox = site(address);
    expect(mailbox.kind).toBe('shared');
    for (const id of ['audit', 'add-user', 'leaver']) {
      const fromSite = composeRequest(id, exampleInputs[id], { mailbox, now });
      expect(fromSite.ok && fromSite.message.subject, id).toMatch(new RegExp(` – ${code}$`));
      // Named from a personal mailbox, too.
      const named = composeRequest(id, exampleInputs[id], { mailbox: site('amira.khan3@nhs.net'), sharedMailbox: mailbox, now });
      expect(named.ok && named.message.subject, id).toMatch(new RegExp(` – ${code}$`));
    }
  });
});

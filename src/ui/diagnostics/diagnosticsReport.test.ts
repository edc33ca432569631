// The Diagnostics view's rows and the text Copy diagnostics puts on the clipboard, word for word:
// each host, what Outlook said or could not say, each signal, what the pane can do, the send guard,
// the saved answers' storage, and when it was collected. Addresses are the only personal data.
import { describe, expect, test } from 'vitest';
import type { HostDiagnostics, HostSnapshot } from '../../office/host';
import { diagnosticsRows, diagnosticsText, sendGuardStatus, type DiagnosticsRow } from './diagnosticsReport';

const now = new Date('2026-11-20T10:00:00Z');
const info: HostDiagnostics = {
  host: 'Outlook',
  platform: 'PC',
  version: '16.0.18324.20172',
  mailboxSets: ['1.1', '1.12', '1.13', '1.14', '1.15'],
};
const snapshot: HostSnapshot = {
  mode: 'compose',
  user: { address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
  signals: [
    { source: 'from', address: 'care.vn6c2@nhs.net', displayName: 'Care.VN6C2 (Sunrise House, Durham)' },
    { source: 'user-profile', address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
  ],
  displayNames: { 'care.vn6c2@nhs.net': 'Care.VN6C2 (Sunrise House, Durham)' },
  refused: [{ source: 'shared-properties', reason: 'The selected message is in your own mailbox.' }],
  theme: 'dark',
  capabilities: { composeNew: false, fillCurrent: true, readFrom: true },
};

const supported = 'Supported (Mailbox 1.14+). It runs only when an administrator deployed the add-in, or when sideloaded for testing.';
const notRecorded = 'No run recorded here yet (classic Outlook on Windows runs it apart from the pane, so it is never recorded there).';
const value = (rows: readonly DiagnosticsRow[], label: string) => rows.filter((r) => r.label === label).map((r) => r.value);

describe('sendGuardStatus', () => {
  test('Outlook did not say: unknown', () => {
    expect(sendGuardStatus(undefined)).toBe('Unknown: Outlook did not say which requirement sets it supports.');
  });

  test('below Mailbox 1.14: not available, naming the highest set this Outlook supports', () => {
    expect(sendGuardStatus({ ...info, mailboxSets: ['1.1', '1.12', '1.13'] })).toBe(
      'Not available here: the send guard needs Mailbox 1.14, and this Outlook supports up to 1.13.',
    );
    expect(sendGuardStatus({ ...info, mailboxSets: ['1.1'] })).toBe(
      'Not available here: the send guard needs Mailbox 1.14, and this Outlook supports up to 1.1.',
    );
    expect(sendGuardStatus({ ...info, mailboxSets: [] })).toBe(
      'Not available here: the send guard needs Mailbox 1.14, and this Outlook supports up to none.',
    );
  });

  test('1.14 itself is enough, with or without higher sets', () => {
    expect(sendGuardStatus({ ...info, mailboxSets: ['1.14'] })).toBe(`${supported} ${notRecorded}`);
    expect(sendGuardStatus(info)).toBe(`${supported} ${notRecorded}`);
  });

  test('its last run, where the pane can see it', () => {
    expect(sendGuardStatus({ ...info, sendGuardLastRan: '2026-11-20T09:59:00.000Z' })).toBe(
      `${supported} Last ran on this computer: 2026-11-20T09:59:00.000Z.`,
    );
    expect(sendGuardStatus({ ...info, sendGuardLastRan: '' })).toBe(`${supported} ${notRecorded}`);
  });
});

describe('diagnosticsRows', () => {
  test('Outlook in compose mode with everything known: every row in order', () => {
    expect(diagnosticsRows({ hostName: 'outlook', info, snapshot, now })).toEqual([
      { label: 'Add-in host', value: 'Outlook (Office.js)' },
      { label: 'Outlook client', value: 'Outlook' },
      { label: 'Platform', value: 'PC' },
      { label: 'Outlook version', value: '16.0.18324.20172' },
      { label: 'Mailbox requirement sets', value: '1.1, 1.12, 1.13, 1.14, 1.15 (highest 1.15)' },
      { label: 'Mode', value: 'Writing an email' },
      { label: 'Theme', value: 'dark' },
      { label: 'Signal: From of the open email', value: 'read: care.vn6c2@nhs.net' },
      { label: 'Signal: Signed-in account', value: 'read: amira.khan3@nhs.net' },
      { label: 'Signal: Mailbox of the selected item', value: 'refused: The selected message is in your own mailbox.' },
      { label: 'Can do here', value: 'fill in this email, read From' },
      { label: 'Send guard', value: `${supported} ${notRecorded}` },
      { label: 'Collected', value: '2026-11-20T10:00:00.000Z' },
    ]);
  });

  test('nothing known: every unknown said, and why where a reason was given', () => {
    expect(diagnosticsRows({ hostName: 'outlook', infoError: 'timed out', snapshotError: 'no item', now })).toEqual([
      { label: 'Add-in host', value: 'Outlook (Office.js)' },
      { label: 'Outlook client', value: 'unknown (timed out)' },
      { label: 'Platform', value: 'unknown' },
      { label: 'Outlook version', value: 'unknown' },
      { label: 'Mailbox requirement sets', value: 'unknown' },
      { label: 'Mode', value: 'unknown' },
      { label: 'Theme', value: 'unknown' },
      { label: 'Mailbox signals', value: 'not read (no item)' },
      { label: 'Send guard', value: 'Unknown: Outlook did not say which requirement sets it supports.' },
      { label: 'Collected', value: '2026-11-20T10:00:00.000Z' },
    ]);
    const bare = diagnosticsRows({ hostName: 'outlook', now });
    expect(value(bare, 'Outlook client')).toEqual(['unknown']);
    expect(value(bare, 'Mailbox signals')).toEqual(['not read']);
  });

  test('the add-in host: Outlook, a tab in Teams, or the preview', () => {
    expect(value(diagnosticsRows({ hostName: 'outlook', now }), 'Add-in host')).toEqual(['Outlook (Office.js)']);
    expect(value(diagnosticsRows({ hostName: 'teams', now }), 'Add-in host')).toEqual([
      'Tab in Teams, Outlook or the Microsoft 365 app (TeamsJS)',
    ]);
    expect(value(diagnosticsRows({ hostName: 'preview', now }), 'Add-in host')).toEqual(['Preview (in-memory host, not Outlook)']);
  });

  test('requirement sets: the highest by number, not by text (1.10 above 1.9), listed as Outlook gave them', () => {
    const rows = diagnosticsRows({ hostName: 'outlook', info: { ...info, mailboxSets: ['1.1', '1.9', '1.10', '1.2'] }, now });
    expect(value(rows, 'Mailbox requirement sets')).toEqual(['1.1, 1.9, 1.10, 1.2 (highest 1.10)']);
    const one = diagnosticsRows({ hostName: 'outlook', info: { ...info, mailboxSets: ['1.16', '1.3'] }, now });
    expect(value(one, 'Mailbox requirement sets')).toEqual(['1.16, 1.3 (highest 1.16)']);
    const none = diagnosticsRows({ hostName: 'outlook', info: { ...info, mailboxSets: [] }, now });
    expect(value(none, 'Mailbox requirement sets')).toEqual(['none reported']);
  });

  test('each mode in words', () => {
    const mode = (m: HostSnapshot['mode']) =>
      value(diagnosticsRows({ hostName: 'outlook', snapshot: { ...snapshot, mode: m }, now }), 'Mode');
    expect(mode('read')).toEqual(['Reading an email']);
    expect(mode('compose')).toEqual(['Writing an email']);
    expect(mode('none')).toEqual(['No email selected']);
  });

  test('each signal source named, read or refused, in the order given', () => {
    const rows = diagnosticsRows({
      hostName: 'outlook',
      snapshot: {
        ...snapshot,
        signals: [
          { source: 'remembered', address: 'care.vn6c2@nhs.net' },
          { source: 'typed', address: 'care.ab123@nhs.net' },
          { source: 'shared-properties', address: 'care.vl86q@nhs.net' },
        ],
        refused: [
          { source: 'from', reason: 'Outlook could not read From.' },
          { source: 'user-profile', reason: 'No profile.' },
          { source: 'remembered', reason: 'Nothing remembered.' },
          { source: 'typed', reason: 'Nothing typed.' },
        ],
      },
      now,
    });
    expect(rows.filter((r) => r.label.startsWith('Signal: '))).toEqual([
      { label: 'Signal: Remembered shared mailbox', value: 'read: care.vn6c2@nhs.net' },
      { label: 'Signal: Typed by the user', value: 'read: care.ab123@nhs.net' },
      { label: 'Signal: Mailbox of the selected item', value: 'read: care.vl86q@nhs.net' },
      { label: 'Signal: From of the open email', value: 'refused: Outlook could not read From.' },
      { label: 'Signal: Signed-in account', value: 'refused: No profile.' },
      { label: 'Signal: Remembered shared mailbox', value: 'refused: Nothing remembered.' },
      { label: 'Signal: Typed by the user', value: 'refused: Nothing typed.' },
    ]);
    expect(value(rows, 'Mailbox signals')).toEqual([]);
  });

  test('a source the view has no name for is shown as Outlook gave it', () => {
    const odd = { source: 'delegate', address: 'care.vn6c2@nhs.net' } as unknown as HostSnapshot['signals'][number];
    const rows = diagnosticsRows({ hostName: 'outlook', snapshot: { ...snapshot, signals: [odd], refused: [] }, now });
    expect(rows.filter((r) => r.label.startsWith('Signal: '))).toEqual([{ label: 'Signal: delegate', value: 'read: care.vn6c2@nhs.net' }]);
    const refused = { source: 'delegate', reason: 'Not allowed.' } as unknown as HostSnapshot['refused'][number];
    const rows2 = diagnosticsRows({ hostName: 'outlook', snapshot: { ...snapshot, signals: [], refused: [refused] }, now });
    expect(rows2.filter((r) => r.label.startsWith('Signal: '))).toEqual([{ label: 'Signal: delegate', value: 'refused: Not allowed.' }]);
  });

  test('a snapshot with no signals: no signal rows, and no "not read" either', () => {
    const rows = diagnosticsRows({ hostName: 'outlook', snapshot: { ...snapshot, signals: [], refused: [] }, now, snapshotError: 'x' });
    expect(rows.filter((r) => r.label.startsWith('Signal'))).toEqual([]);
    expect(value(rows, 'Mailbox signals')).toEqual([]);
  });

  test('what the pane can do here, each capability and none', () => {
    const can = (c: HostSnapshot['capabilities']) =>
      value(diagnosticsRows({ hostName: 'outlook', snapshot: { ...snapshot, capabilities: c }, now }), 'Can do here');
    expect(can({ composeNew: true, fillCurrent: true, readFrom: true })).toEqual(['open a new email, fill in this email, read From']);
    expect(can({ composeNew: true, fillCurrent: false, readFrom: false })).toEqual(['open a new email']);
    expect(can({ composeNew: false, fillCurrent: true, readFrom: false })).toEqual(['fill in this email']);
    expect(can({ composeNew: false, fillCurrent: false, readFrom: true })).toEqual(['read From']);
    expect(can({ composeNew: false, fillCurrent: false, readFrom: false })).toEqual(['nothing in this mode']);
    expect(value(diagnosticsRows({ hostName: 'outlook', now }), 'Can do here')).toEqual([]);
  });

  test('saved answers: working, blocked or a failed save, with this session’s counts; no row without the draft store', () => {
    const drafts = { discarded: 2, expired: 1, failedWrites: 3 };
    const saved = (trouble?: string) =>
      value(diagnosticsRows({ hostName: 'outlook', now, drafts: { ...drafts, trouble } }), 'Saved answers');
    const counts = 'this session: 2 damaged or foreign drafts discarded, 1 expired removed, 3 saves refused';
    expect(saved()).toEqual([`storage working; ${counts}`]);
    expect(saved('blocked')).toEqual([`storage blocked: answers kept only while the pane is open; ${counts}`]);
    expect(saved('failed')).toEqual([`storage a save failed (full?): answers kept only while the pane is open; ${counts}`]);
    expect(value(diagnosticsRows({ hostName: 'outlook', now }), 'Saved answers')).toEqual([]);
    const rows = diagnosticsRows({ hostName: 'outlook', now, drafts: { discarded: 0, expired: 0, failedWrites: 0 } });
    expect(rows.slice(-3)).toEqual([
      { label: 'Send guard', value: 'Unknown: Outlook did not say which requirement sets it supports.' },
      {
        label: 'Saved answers',
        value: 'storage working; this session: 0 damaged or foreign drafts discarded, 0 expired removed, 0 saves refused',
      },
      { label: 'Collected', value: '2026-11-20T10:00:00.000Z' },
    ]);
  });

  test('no display name appears anywhere, not even the site name', () => {
    const text = diagnosticsText(diagnosticsRows({ hostName: 'outlook', info, snapshot, now }));
    expect(text).not.toContain('Amira Khan');
    expect(text).not.toContain('Sunrise House');
  });
});

describe('diagnosticsText', () => {
  test('a heading, then one "label: value" line a row', () => {
    expect(
      diagnosticsText([
        { label: 'Add-in host', value: 'Outlook (Office.js)' },
        { label: 'Theme', value: 'dark' },
      ]),
    ).toBe('NAS Assistant diagnostics\nAdd-in host: Outlook (Office.js)\nTheme: dark');
    expect(diagnosticsText([])).toBe('NAS Assistant diagnostics');
  });
});

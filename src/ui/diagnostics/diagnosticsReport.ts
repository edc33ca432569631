// The Diagnostics view's content, kept pure: what a pilot's IT contact needs to see, and the text
// that Copy diagnostics puts on the clipboard. Mailbox addresses are the only personal data in it:
// display names are left out.

import type { HostDiagnostics, HostSnapshot } from '../../office/host';
import { sendGuardMinSet } from '../../domain/sendGuardProtocol';
import type { DraftDiagnostics } from '../lazy/drafts/draftStore';

export interface DiagnosticsRow {
  label: string;
  value: string;
}

const sourceNames: Record<string, string> = {
  from: 'From of the open email',
  'shared-properties': 'Mailbox of the selected item',
  'user-profile': 'Signed-in account',
  remembered: 'Remembered shared mailbox',
  typed: 'Typed by the user',
};

const setNumber = (v: string) => Number(v.split('.')[1]);

export function sendGuardStatus(info: HostDiagnostics | undefined): string {
  if (!info) return 'Unknown: Outlook did not say which requirement sets it supports.';
  if (!info.mailboxSets.includes(sendGuardMinSet)) {
    const highest = info.mailboxSets[info.mailboxSets.length - 1] ?? 'none';
    return `Not available here: the send guard needs Mailbox ${sendGuardMinSet}, and this Outlook supports up to ${highest}.`;
  }
  const ran = info.sendGuardLastRan
    ? `Last ran on this computer: ${info.sendGuardLastRan}.`
    : 'No run recorded here yet (classic Outlook on Windows runs it apart from the pane, so it is never recorded there).';
  return `Supported (Mailbox ${sendGuardMinSet}+). It runs only when an administrator deployed the add-in, or when sideloaded for testing. ${ran}`;
}

export function diagnosticsRows(input: {
  hostName: string;
  info?: HostDiagnostics;
  infoError?: string;
  snapshot?: HostSnapshot;
  snapshotError?: string;
  now: Date;
  drafts?: DraftDiagnostics & { trouble?: string };
}): DiagnosticsRow[] {
  const { info, snapshot } = input;
  const rows: DiagnosticsRow[] = [
    {
      label: 'Add-in host',
      value:
        input.hostName === 'outlook'
          ? 'Outlook (Office.js)'
          : input.hostName === 'teams'
            ? 'Tab in Teams, Outlook or the Microsoft 365 app (TeamsJS)'
            : 'Preview (in-memory host, not Outlook)',
    },
    { label: 'Outlook client', value: info?.host ?? `unknown${input.infoError ? ` (${input.infoError})` : ''}` },
    { label: 'Platform', value: info?.platform ?? 'unknown' },
    { label: 'Outlook version', value: info?.version ?? 'unknown' },
    {
      label: 'Mailbox requirement sets',
      value: info
        ? info.mailboxSets.length
          ? `${info.mailboxSets.join(', ')} (highest ${[...info.mailboxSets].sort((a, b) => setNumber(a) - setNumber(b)).pop()})`
          : 'none reported'
        : 'unknown',
    },
    {
      label: 'Mode',
      value: snapshot ? { read: 'Reading an email', compose: 'Writing an email', none: 'No email selected' }[snapshot.mode] : 'unknown',
    },
    { label: 'Theme', value: snapshot?.theme ?? 'unknown' },
  ];
  if (!snapshot) rows.push({ label: 'Mailbox signals', value: `not read${input.snapshotError ? ` (${input.snapshotError})` : ''}` });
  for (const s of snapshot?.signals ?? [])
    rows.push({ label: `Signal: ${sourceNames[s.source] ?? s.source}`, value: `read: ${s.address}` });
  for (const r of snapshot?.refused ?? [])
    rows.push({ label: `Signal: ${sourceNames[r.source] ?? r.source}`, value: `refused: ${r.reason}` });
  if (snapshot) {
    const c = snapshot.capabilities;
    rows.push({
      label: 'Can do here',
      value:
        [c.composeNew && 'open a new email', c.fillCurrent && 'fill in this email', c.readFrom && 'read From'].filter(Boolean).join(', ') ||
        'nothing in this mode',
    });
  }
  rows.push({ label: 'Send guard', value: sendGuardStatus(info) });
  const d = input.drafts;
  if (d) {
    const storage =
      d.trouble === 'blocked'
        ? 'blocked: answers kept only while the pane is open'
        : d.trouble === 'failed'
          ? 'a save failed (full?): answers kept only while the pane is open'
          : 'working';
    rows.push({
      label: 'Saved answers',
      value: `storage ${storage}; this session: ${d.discarded} damaged or foreign drafts discarded, ${d.expired} expired removed, ${d.failedWrites} saves refused`,
    });
  }
  rows.push({ label: 'Collected', value: input.now.toISOString() });
  return rows;
}

export function diagnosticsText(rows: readonly DiagnosticsRow[]): string {
  return ['NAS Assistant diagnostics', ...rows.map((r) => `${r.label}: ${r.value}`)].join('\n');
}

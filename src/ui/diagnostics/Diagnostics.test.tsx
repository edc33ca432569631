import { describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Diagnostics from './Diagnostics';
import { diagnosticsRows, diagnosticsText, sendGuardStatus } from './diagnosticsReport';
import { renderPane } from '../../../test/support/pane';
import { MemoryHost } from '../../office/memoryHost';
import { defaultScenario } from '../../office/scenario';
import { memoryStorage, type HostDiagnostics, type HostSnapshot } from '../../office/host';
import { guardRanKey } from '../../domain/sendGuardProtocol';

const now = () => new Date('2026-11-20T10:00:00Z');
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
    { source: 'from', address: 'care.vn6c2@nhs.net', displayName: 'Amira Khan' },
    { source: 'user-profile', address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
  ],
  displayNames: { 'care.vn6c2@nhs.net': 'Care.VN6C2 (Sunrise House, Durham)' },
  refused: [{ source: 'shared-properties', reason: 'The selected message is in your own mailbox.' }],
  theme: 'dark',
  capabilities: { composeNew: false, fillCurrent: true, readFrom: true },
};

describe('diagnostics content', () => {
  test('host, platform, version, requirement sets, mode, theme, each signal read or refused, and the send guard', () => {
    const text = diagnosticsText(diagnosticsRows({ hostName: 'outlook', info, snapshot, now: now() }));
    expect(text).toContain('Outlook client: Outlook');
    expect(text).toContain('Platform: PC');
    expect(text).toContain('Outlook version: 16.0.18324.20172');
    expect(text).toContain('Mailbox requirement sets: 1.1, 1.12, 1.13, 1.14, 1.15 (highest 1.15)');
    expect(text).toContain('Mode: Writing an email');
    expect(text).toContain('Theme: dark');
    expect(text).toContain('Signal: From of the open email: read: care.vn6c2@nhs.net');
    expect(text).toContain('Signal: Signed-in account: read: amira.khan3@nhs.net');
    expect(text).toContain('Signal: Mailbox of the selected item: refused: The selected message is in your own mailbox.');
    expect(text).toMatch(/Send guard: Supported \(Mailbox 1\.14\+\)/);
  });

  test('no personal data beyond mailbox addresses: no display names, not even the site name', () => {
    const text = diagnosticsText(diagnosticsRows({ hostName: 'outlook', info, snapshot, now: now() }));
    expect(text).not.toContain('Amira Khan');
    expect(text).not.toContain('Sunrise House');
  });

  test('the send guard: not available below Mailbox 1.14; its last run shown where the pane can see it', () => {
    expect(sendGuardStatus({ ...info, mailboxSets: ['1.1', '1.12', '1.13'] })).toBe(
      'Not available here: the send guard needs Mailbox 1.14, and this Outlook supports up to 1.13.',
    );
    expect(sendGuardStatus({ ...info, sendGuardLastRan: '2026-11-20T09:59:00.000Z' })).toContain(
      'Last ran on this computer: 2026-11-20T09:59:00.000Z.',
    );
    expect(sendGuardStatus(info)).toContain('No run recorded here yet');
    expect(sendGuardStatus(undefined)).toMatch(/^Unknown/);
  });

  test('when Outlook does not answer, the view says what could not be read', () => {
    const text = diagnosticsText(diagnosticsRows({ hostName: 'outlook', infoError: 'timed out', snapshotError: 'no item', now: now() }));
    expect(text).toContain('Outlook client: unknown (timed out)');
    expect(text).toContain('Mailbox signals: not read (no item)');
  });
});

describe('Diagnostics view', () => {
  test('reachable from the pane; Copy diagnostics copies the text', async () => {
    const { user } = await renderPane();
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Diagnostics' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Diagnostics' });
    // Focus moves in an effect, which can run after the heading is in the document (it failed so on a busy machine).
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(await screen.findByText('Preview (no Outlook)')).toBeTruthy();
    expect(screen.getByText('read: care.vn6c2@nhs.net')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('NAS Assistant diagnostics\nAdd-in host: Preview'));
    expect(await screen.findByText('Diagnostics copied.')).toBeTruthy();
    expect(writeText.mock.calls[0]![0]).not.toContain('Amira Khan');
    await user.click(screen.getByRole('button', { name: 'Close diagnostics' }));
    expect(screen.queryByRole('heading', { level: 2, name: 'Diagnostics' })).toBeNull();
  });

  test('shows the send guard run the handler recorded, and the text to select when copying fails', async () => {
    const store = memoryStorage();
    store.set(guardRanKey, '2026-11-20T09:59:00.000Z');
    const host = new MemoryHost(defaultScenario, store);
    const user = userEvent.setup();
    render(
      <Diagnostics host={host} onClose={() => undefined} now={now} clipboard={{ writeText: () => Promise.reject(new Error('denied')) }} />,
    );
    expect(await screen.findByText(/Last ran on this computer: 2026-11-20T09:59:00.000Z/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    expect(await screen.findByText(/Copying did not work here/)).toBeTruthy();
    await waitFor(() => expect(document.querySelector('pre')?.textContent).toContain('Send guard: Supported'));
  });

  test('a host that cannot say: the view still opens and says so', async () => {
    const host = new MemoryHost({ ...defaultScenario, fail: ['snapshot'] }, memoryStorage());
    render(<Diagnostics host={host} onClose={() => undefined} now={now} />);
    expect(await screen.findByText(/unknown \(Outlook did not answer when asked about itself\.\)/)).toBeTruthy();
  });
});

// Test helpers: the real App on the in-memory host.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/shell/App';
import { MemoryHost } from '../../src/office/memoryHost';
import { memoryStorage, type KeyValueStore } from '../../src/office/host';
import { defaultScenario, type Scenario } from '../../src/office/scenario';
import type { DeploymentOptions } from '../../src/domain/recipients';

export function memoryStore(): KeyValueStore {
  return memoryStorage();
}

/** The clock component tests run on unless they pass their own: Friday 20 November 2026, 10:00 UK time (NAS open). */
export const testNow = () => new Date('2026-11-20T10:00:00Z');

export async function renderPane(
  scenario: Partial<Scenario> = {},
  store: KeyValueStore = memoryStore(),
  deployment?: DeploymentOptions,
  now: () => Date = testNow,
) {
  const host = new MemoryHost({ ...defaultScenario, ...scenario }, store);
  const user = userEvent.setup();
  const view = render(<App host={host} deployment={deployment} now={now} />);
  // Until Outlook has answered (the banner, or the error when it never does).
  await waitFor(() => expect(screen.queryByText('Checking which mailbox is open…')).toBeNull()).catch(() => undefined);
  return { host, user, store, view };
}

export async function openAction(user: ReturnType<typeof userEvent.setup>, name: RegExp | string) {
  // The first match: a request with a draft is also offered as "Continue your unfinished request".
  await user.click(screen.getAllByRole('button', { name })[0]!);
  // The first screen opened loads its code chunk: allow for a slow machine.
  return screen.findByRole('heading', { level: 2, name }, { timeout: 10_000 });
}

export { screen, within };

/** The banner's address line ("care.vn6c2@nhs.net · ODS VN6C2"), whose ODS is an <abbr>. */
export const bannerLine = (text: string) => (_: string, el: Element | null) => el?.tagName === 'P' && el.textContent === text;

/** A store two panes share, on which "another pane" can write and announce it, as a storage event would. */
export function sharedStore() {
  const listeners = new Set<(k: string | null) => void>();
  const base = memoryStorage();
  const kv: KeyValueStore & { fromOtherPane: (key: string, value: string) => void } = {
    ...base,
    onExternalChange: (l) => (listeners.add(l), () => listeners.delete(l)),
    fromOtherPane: (key, value) => {
      base.set(key, value);
      act(() => listeners.forEach((l) => l(key)));
    },
  };
  return kv;
}

/**
 * "Update someone's name" typed as far as Sarah Bell and saved, the pane closed, then a new pane on
 * the same store with the request open again.
 */
export async function reopenedNameChange() {
  const first = await renderPane();
  await openAction(first.user, /Update someone's name/);
  await first.user.type(screen.getByLabelText(/Current name/), 'Sarah Bell');
  await waitFor(() => expect(first.store.get('draft:name-change:care.vn6c2@nhs.net')).toContain('Sarah Bell'));
  first.view.unmount();
  const second = await renderPane({}, first.store);
  await openAction(second.user, /Update someone's name/);
  return second;
}

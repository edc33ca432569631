// Drafts in the real pane: blank forms, sites, the race with compose, failing storage, other panes.
import { describe, expect, test } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { memoryStorage, prefixedStorage, type KeyValueStore } from '../../../office/host';
import { draftKey } from '../../../domain/draft';
import { findKind } from '../../../domain/compose';
import type { EmailKind } from '../../../domain/requestKind';
import { emptyValues } from '../request/formValues';
import { openAction, renderPane, screen, sharedStore } from '../../../../test/support/pane';
import { quotaStorage } from '../../../../test/setup/quotaStorage';
import { draftStoreFor } from './draftStore';
import { keptWords } from '../request/DraftNotices';

const nameKey = draftKey('name-change', 'care.vn6c2@nhs.net');
const kept = 'Your answers are kept only while this pane is open';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const otherDraft = (values: Record<string, unknown>, savedAt = Date.now()) => JSON.stringify({ v: 2, id: 'other-pane', savedAt, values });

describe('a blank form is never saved, and "restored" means something was', () => {
  test('opening a form and leaving saves nothing; reopening shows no "restored"', async () => {
    const first = await renderPane();
    await openAction(first.user, /Update someone's name/);
    await wait(300);
    first.view.unmount();
    expect([...first.store.area!.memory.keys()].filter((k) => k.startsWith('draft:'))).toEqual([]);
    const second = await renderPane({}, first.store);
    await openAction(second.user, /Update someone's name/);
    expect(screen.queryByText('Your earlier answers were restored.')).toBeNull();
  });

  test('typing and then rubbing it all out saves nothing either', async () => {
    const first = await renderPane();
    await openAction(first.user, /Update someone's name/);
    await first.user.type(screen.getByLabelText(/Current name/), 'S');
    await waitFor(() => expect(first.store.get(nameKey)).toContain('"S"'));
    await first.user.type(screen.getByLabelText(/Current name/), '{Backspace}');
    first.view.unmount();
    expect(first.store.get(nameKey)).toBeNull();
  });
});

test("one site's draft never appears in another site's pane", async () => {
  const first = await renderPane();
  await openAction(first.user, /Update someone's name/);
  await first.user.type(screen.getByLabelText(/Current name/), 'Sarah Bell');
  first.view.unmount();
  const other = await renderPane({ mailbox: 'care.vl86q@nhs.net', displayName: 'Care.VL86Q (Oak Lodge, York)' }, first.store);
  await openAction(other.user, /Update someone's name/);
  expect((screen.getByLabelText(/Current name/) as HTMLInputElement).value).toBe('');
  expect(screen.queryByText('Your earlier answers were restored.')).toBeNull();
  other.view.unmount();
  const same = await renderPane({}, first.store);
  await openAction(same.user, /Update someone's name/);
  expect((screen.getByLabelText(/Current name/) as HTMLInputElement).value).toBe('Sarah Bell');
});

test('creating the email straight after the last keystroke: the sent answers do not come back as a draft', async () => {
  const { user, store } = await renderPane();
  await openAction(user, /Check who can use/);
  await user.type(screen.getByLabelText(/Anything to add/), 'x');
  await user.click(screen.getByRole('button', { name: 'Check and preview' }));
  await user.click(screen.getByRole('button', { name: 'Create email' }));
  expect(await screen.findByText('Your email is ready')).toBeTruthy();
  await wait(400);
  expect([...store.area!.memory.keys()].filter((k) => k.startsWith('draft:'))).toEqual([]);
});

describe('storage that fails', () => {
  test('storage full: the user is told once, in words, and what was typed since comes back, not the older draft', async () => {
    const backing = quotaStorage();
    const kv = prefixedStorage('t:', backing);
    const { user } = await renderPane({}, kv);
    await openAction(user, /Update someone's name/);
    const name = () => screen.getByLabelText(/Current name/) as HTMLInputElement;
    await user.type(name(), 'Older');
    await waitFor(() => expect(backing.getItem(`t:${nameKey}`)).toContain('Older'));
    expect(screen.queryByText(new RegExp(kept))).toBeNull();
    backing.full = true;
    await user.clear(name());
    await user.type(name(), 'Newer');
    expect(await screen.findByText(new RegExp(kept))).toBeTruthy();
    await user.type(name(), ' still');
    await wait(300);
    expect(screen.getAllByText(new RegExp(kept))).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '← All requests' }));
    await openAction(user, /Update someone's name/);
    expect(name().value).toBe('Newer still');
  });

  test('storage blocked: said at start-up, before anything is typed', async () => {
    await renderPane({}, prefixedStorage('t:', null));
    expect(await screen.findByText(new RegExp(kept), undefined, { timeout: 10_000 })).toBeTruthy();
  });

  test('storage working: nothing is said', async () => {
    await renderPane();
    await screen.findByRole('heading', { name: 'Sunrise House, Durham' });
    expect(screen.queryByText(new RegExp(kept))).toBeNull();
  });
});

describe('two panes on the same request', () => {
  test('a draft changed in another pane is announced and can be loaded; nothing is overwritten silently', async () => {
    const kv = sharedStore();
    const { user } = await renderPane({}, kv);
    await openAction(user, /Update someone's name/);
    const name = () => screen.getByLabelText(/Current name/) as HTMLInputElement;
    await user.type(name(), 'Mine');
    kv.fromOtherPane(
      nameKey,
      otherDraft({ ...emptyValues((findKind('name-change') as unknown as EmailKind).fields), currentName: 'Theirs' }),
    );
    expect(await screen.findByText(/changed in another Outlook window/)).toBeTruthy();
    expect(name().value).toBe('Mine');
    await user.click(screen.getByRole('button', { name: 'Load the other answers' }));
    expect(name().value).toBe('Theirs');
    expect(screen.queryByText(/changed in another Outlook window/)).toBeNull();
  });

  test("creating the email clears only this pane's draft, never the other pane's newer one", async () => {
    const kv = sharedStore();
    const { user } = await renderPane({}, kv);
    await openAction(user, /Check who can use/);
    const key = draftKey('audit', 'care.vn6c2@nhs.net');
    await user.type(screen.getByLabelText(/Anything to add/), 'mine');
    await waitFor(() => expect(kv.get(key)).toContain('mine'));
    const theirs = otherDraft({ note: 'theirs' });
    kv.fromOtherPane(key, theirs);
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(screen.getByRole('button', { name: 'Create email' }));
    expect(await screen.findByText('Your email is ready')).toBeTruthy();
    expect(kv.get(key)).toBe(theirs);
  });
});

/** Two panes on one storage: each hears the other's writes (as the browser's storage event does), never its own. */
function twoPanes() {
  const shared = memoryStorage();
  const listeners = { a: new Set<(k: string | null) => void>(), b: new Set<(k: string | null) => void>() };
  const pane = (me: 'a' | 'b'): KeyValueStore => {
    const other = me === 'a' ? listeners.b : listeners.a;
    const tell = (key: string) => act(() => other.forEach((l) => l(key)));
    return {
      get: (k) => shared.get(k),
      area: shared.area,
      set: (k, v) => {
        shared.set(k, v);
        tell(k);
        return true;
      },
      remove: (k) => {
        shared.remove(k);
        tell(k);
      },
      onExternalChange: (l) => (listeners[me].add(l), () => listeners[me].delete(l)),
    };
  };
  return { shared, a: pane('a'), b: pane('b') };
}

describe('two panes never lose typing', () => {
  const nameValues = (currentName: string) => ({ ...emptyValues((findKind('name-change') as unknown as EmailKind).fields), currentName });

  test('the other pane sends the same request for the same site: what this pane is writing is saved again, survives closing, and the pane says what happened', async () => {
    const panes = twoPanes();
    const { user, view } = await renderPane({}, panes.b);
    await openAction(user, /Update someone's name/);
    const name = () => screen.getByLabelText(/Current name/) as HTMLInputElement;
    await user.type(name(), 'Sarah Bell');
    await waitFor(() => expect(panes.shared.get(nameKey)).toContain('Sarah Bell'));
    // Pane A saves its own answers over this pane's, then sends them.
    const other = draftStoreFor(panes.a);
    const seen = other.save(nameKey, 'pane-a', nameValues('Tom Hill'));
    await user.click(await screen.findByRole('button', { name: 'Keep mine' }));
    other.clear(nameKey, seen, { sent: true });
    expect(await screen.findByText(keptWords.sent)).toBeTruthy();
    expect(name().value).toBe('Sarah Bell');
    expect(panes.shared.get(nameKey)).toContain('Sarah Bell');
    view.unmount();
    expect(panes.shared.get(nameKey)).toContain('Sarah Bell');
  });

  test('this pane kept its answers over another pane’s, then is closed without another keystroke: its answers are saved', async () => {
    const panes = twoPanes();
    const { user, view } = await renderPane({}, panes.b);
    await openAction(user, /Update someone's name/);
    await user.type(screen.getByLabelText(/Current name/), 'Sarah Bell');
    await waitFor(() => expect(panes.shared.get(nameKey)).toContain('Sarah Bell'));
    draftStoreFor(panes.a).save(nameKey, 'pane-a', nameValues('Tom Hill'));
    await user.click(await screen.findByRole('button', { name: 'Keep mine' }));
    view.unmount();
    expect(panes.shared.get(nameKey)).toContain('Sarah Bell');
  });

  test('answers only restored here, not typed: the other pane’s sending is final, nothing comes back', async () => {
    const panes = twoPanes();
    const seen = draftStoreFor(panes.a).save(nameKey, 'pane-a', nameValues('Tom Hill'));
    const { user, view } = await renderPane({}, panes.b);
    await openAction(user, /Update someone's name/);
    expect((screen.getByLabelText(/Current name/) as HTMLInputElement).value).toBe('Tom Hill');
    draftStoreFor(panes.a).clear(nameKey, seen, { sent: true });
    await wait(50);
    expect(screen.queryByText(keptWords.sent)).toBeNull();
    view.unmount();
    expect(panes.shared.get(nameKey)).toBeNull();
  });
});

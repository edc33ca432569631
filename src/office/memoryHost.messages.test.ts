// MemoryHost: the messages it gives, the order of what it reports, and the preview's controls.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ComposedMessage } from '../domain/compose';
import { HostError, memoryStorage, type HostChange } from './host';
import { MemoryHost } from './memoryHost';
import { rejection } from '../../test/support/hostContract';
import { defaultScenario, type Scenario } from './scenario';
import { markedHtml } from './fillMarker';

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

const message = (html = '<p>Request</p>'): ComposedMessage => ({
  to: ['helpdesk@nhs.net'],
  cc: [],
  subject: 'NAS request',
  text: 'Request',
  html,
});

const make = (s: Partial<Scenario> = {}) => new MemoryHost({ ...defaultScenario, ...s }, memoryStorage());

describe('snapshot', () => {
  test('fail=snapshot rejects with a HostError for snapshot, in plain words', async () => {
    const e = await rejection(make({ fail: ['snapshot'] }).snapshot());
    expect(e).toBeInstanceOf(HostError);
    expect(e.operation).toBe('snapshot');
    expect(e.message).toBe('Outlook did not answer when asked about the selected item.');
  });
  test('fail=userProfile: the signed-in account is refused, with the reason', async () => {
    const snap = await make({ fail: ['userProfile'] }).snapshot();
    expect(snap.refused).toEqual([{ source: 'user-profile', reason: 'Outlook did not give the signed-in account.' }]);
    expect(snap.signals).toEqual([{ source: 'shared-properties', address: 'care.vn6c2@nhs.net' }]);
  });
  test('without failures: the user profile and the shared mailbox, with the user and display names', async () => {
    const snap = await make({ mailbox: 'Care.VN6C2@nhs.net', displayName: 'Care.VN6C2 (Sunrise House, Durham)' }).snapshot();
    expect(snap).toEqual({
      mode: 'read',
      user: { address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
      signals: [
        { source: 'user-profile', address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
        { source: 'shared-properties', address: 'Care.VN6C2@nhs.net' },
      ],
      displayNames: { 'care.vn6c2@nhs.net': 'Care.VN6C2 (Sunrise House, Durham)' },
      refused: [],
      theme: 'light',
      capabilities: { composeNew: true, fillCurrent: false, readFrom: false },
    });
  });
  test('no display name: no display names', async () => {
    expect((await make({ displayName: undefined }).snapshot()).displayNames).toEqual({});
  });
  test('fail=sharedProperties: refused with the reason Outlook would give', async () => {
    const snap = await make({ fail: ['sharedProperties'] }).snapshot();
    expect(snap.refused).toEqual([
      { source: 'shared-properties', reason: 'Outlook could not say which mailbox the selected message is in.' },
    ]);
  });
  test('compose mode: From is read; a From that never answers is refused after 3 seconds, listed before the shared mailbox', async () => {
    vi.useFakeTimers();
    const host = make({ mode: 'compose', from: 'care.vn6c2@nhs.net', fail: ['sharedProperties', 'userProfile'], hang: ['getFrom'] });
    const snap = host.snapshot();
    await vi.advanceTimersByTimeAsync(3000);
    expect((await snap).refused).toEqual([
      { source: 'user-profile', reason: 'Outlook did not give the signed-in account.' },
      { source: 'from', reason: 'Outlook could not read the From address (Outlook did not answer within 3 seconds)' },
      { source: 'shared-properties', reason: 'Outlook could not say which mailbox the selected message is in.' },
    ]);
  });
  test('a shared mailbox lookup that never answers is refused after 3 seconds', async () => {
    vi.useFakeTimers();
    const snap = make({ hang: ['sharedProperties'] }).snapshot();
    await vi.advanceTimersByTimeAsync(3000);
    expect((await snap).refused).toEqual([
      {
        source: 'shared-properties',
        reason: 'Outlook did not say which mailbox this message is in (Outlook did not answer within 3 seconds)',
      },
    ]);
  });
  test('signals come in a fixed order (user profile, From, shared mailbox), whichever Outlook answers first', async () => {
    const host = make({ mode: 'compose', from: 'care.vn6c2@nhs.net' });
    // Outlook answers the From after the shared mailbox.
    (host as unknown as { fromCall: () => Promise<string> }).fromCall = () =>
      new Promise((resolve) => setTimeout(() => resolve('care.vn6c2@nhs.net'), 20));
    const snap = await host.snapshot();
    expect(snap.signals.map((s) => s.source)).toEqual(['user-profile', 'from', 'shared-properties']);
  });
  test('compose mode without failures: From and shared mailbox signals', async () => {
    const snap = await make({ mode: 'compose', from: 'amira.khan3@nhs.net' }).snapshot();
    expect(snap.signals).toEqual([
      { source: 'user-profile', address: 'amira.khan3@nhs.net', displayName: 'Amira Khan' },
      { source: 'from', address: 'amira.khan3@nhs.net' },
      { source: 'shared-properties', address: 'care.vn6c2@nhs.net' },
    ]);
    expect(snap.capabilities).toEqual({ composeNew: false, fillCurrent: true, readFrom: true });
  });
});

describe('composeNew', () => {
  test('records the message from the user, bumps the version and tells each listener', async () => {
    const host = make();
    const heard: number[] = [];
    const stop = host.onMessage(() => heard.push(host.messageVersion));
    expect(host.messageVersion).toBe(0);
    await host.composeNew(message());
    expect(host.messages).toEqual([{ ...message(), via: 'composeNew', from: 'amira.khan3@nhs.net' }]);
    expect(host.messageVersion).toBe(1);
    expect(heard).toEqual([1]);
    expect(host.calls.composeNew).toBe(1);
    stop();
    await host.composeNew(message('<p>Again</p>'));
    expect(host.messageVersion).toBe(2);
    expect(heard).toEqual([1]);
    expect(host.messages).toHaveLength(2);
  });
  test('a window that never opens rejects after 15 seconds', async () => {
    vi.useFakeTimers();
    const done = rejection(make({ hang: ['composeNew'] }).composeNew(message()));
    await vi.advanceTimersByTimeAsync(15_000);
    const e = await done;
    expect(e.operation).toBe('composeNew');
    expect(e.message).toBe('Outlook could not open a new email window (Outlook did not answer within 15 seconds)');
  });
});

describe('fillCurrent', () => {
  test('a fresh email gets the marked request only; listeners hear each fill', async () => {
    const host = make({ mode: 'compose' });
    expect(host.currentBody).toBe('');
    const heard: number[] = [];
    host.onMessage(() => heard.push(host.messageVersion));
    await host.fillCurrent(message());
    expect(host.currentBody).toBe('<div id="nas-assistant-request"><p>Request</p></div>');
    await host.fillCurrent(message('<p>Second</p>'));
    expect(heard).toEqual([1, 2]);
    expect(host.messages).toHaveLength(1);
    expect(host.messages[0]).toMatchObject({ html: '<p>Second</p>', via: 'fillCurrent', from: 'care.vn6c2@nhs.net' });
  });
  test('a body of spaces only counts as empty', async () => {
    const host = make({ mode: 'compose' });
    host.setBody('   ');
    await host.fillCurrent(message());
    expect(host.currentBody).toBe(markedHtml('<p>Request</p>'));
  });
  test('a signature stays below the request', async () => {
    const host = make({ mode: 'compose' });
    host.setBody('<p>Kind regards</p>');
    await host.fillCurrent(message());
    expect(host.currentBody).toBe('<div id="nas-assistant-request"><p>Request</p></div><br><p>Kind regards</p>');
  });
  test('a body already holding a marked request (a reopened draft) is replaced and recorded once', async () => {
    const host = make({ mode: 'compose' });
    host.setBody(`${markedHtml('<p>Old</p>')}<p>Kind regards</p>`);
    await host.fillCurrent(message());
    expect(host.currentBody).toBe('<div id="nas-assistant-request"><p>Request</p></div><p>Kind regards</p>');
    expect(host.messages).toHaveLength(1);
    expect(host.messages[0]!.via).toBe('fillCurrent');
  });
  test('a fill that never answers rejects after 15 seconds', async () => {
    vi.useFakeTimers();
    const done = rejection(make({ mode: 'compose', hang: ['fillCurrent'] }).fillCurrent(message()));
    await vi.advanceTimersByTimeAsync(15_000);
    const e = await done;
    expect(e.operation).toBe('fillCurrent');
    expect(e.message).toBe('Outlook could not fill in this email (Outlook did not answer within 15 seconds)');
  });
});

describe('diagnostics', () => {
  test('says it is the preview and claims every requirement set', async () => {
    const d = await make().diagnostics();
    expect(d).toStrictEqual({
      host: 'Preview (no Outlook)',
      platform: 'browser',
      version: 'not Outlook',
      mailboxSets: ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12', '1.13', '1.14', '1.15', '1.16'],
      sendGuardLastRan: undefined,
    });
  });
  test('shows when the send guard last ran, from storage', async () => {
    const host = make();
    host.storage.set('guard-last-ran', '2026-12-01T05:00:00.000Z');
    expect((await host.diagnostics()).sendGuardLastRan).toBe('2026-12-01T05:00:00.000Z');
  });
  test('fail=snapshot rejects, in plain words', async () => {
    const e = await rejection(make({ fail: ['snapshot'] }).diagnostics());
    expect(e.operation).toBe('snapshot');
    expect(e.message).toBe('Outlook did not answer when asked about itself.');
  });
  test('other failures leave it working', async () => {
    await expect(make({ fail: ['readItem', 'composeNew'] }).diagnostics()).resolves.toMatchObject({ platform: 'browser' });
  });
});

describe('getFrom and readItem', () => {
  test('a From that never answers rejects after 3 seconds', async () => {
    vi.useFakeTimers();
    const done = rejection(make({ mode: 'compose', hang: ['getFrom'] }).getFrom());
    await vi.advanceTimersByTimeAsync(3000);
    const e = await done;
    expect(e.operation).toBe('getFrom');
    expect(e.message).toBe('Outlook could not read the From address (Outlook did not answer within 3 seconds)');
  });
  test('hang=all hangs every call', async () => {
    vi.useFakeTimers();
    const done = rejection(make({ mode: 'compose', hang: ['all'] }).getFrom());
    await vi.advanceTimersByTimeAsync(3000);
    expect((await done).message).toMatch(/did not answer within 3 seconds/);
  });
  test('fail=readItem rejects, in plain words', async () => {
    const e = await rejection(make({ fail: ['readItem'] }).readItem());
    expect(e.operation).toBe('readItem');
    expect(e.message).toBe('Outlook could not read the selected message.');
  });
});

describe('events', () => {
  test('read mode runs no From poll', async () => {
    vi.useFakeTimers();
    const host = make({ mode: 'read' });
    const stop = host.subscribe(() => undefined);
    expect(vi.getTimerCount()).toBe(0);
    host.setFrom('x@nhs.net');
    await vi.advanceTimersByTimeAsync(5000);
    expect(host.calls.getFrom).toBe(0);
    // Nothing left scheduled: no poll waiting for its next turn.
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });
  test('compose mode polls From every 2 seconds while subscribed', async () => {
    vi.useFakeTimers();
    const host = make({ mode: 'compose' });
    const stop = host.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.calls.getFrom).toBe(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.calls.getFrom).toBe(2);
    stop();
  });
  test('the last unsubscribe removes the item and theme handlers', () => {
    const host = make();
    const stop = host.subscribe(() => undefined);
    expect(host.outlookHandlers.get('item')).toHaveLength(1);
    expect(host.outlookHandlers.get('theme')).toHaveLength(1);
    stop();
    expect(host.outlookHandlers.has('item')).toBe(false);
    expect(host.outlookHandlers.has('theme')).toBe(false);
  });
});

describe('the preview controls', () => {
  test('setFrom without a subscriber changes From quietly', () => {
    const host = make({ mode: 'read' });
    expect(host.currentFrom).toBe('care.vn6c2@nhs.net');
    expect(() => host.setFrom('amira.khan3@nhs.net')).not.toThrow();
    expect(host.currentFrom).toBe('amira.khan3@nhs.net');
  });
  test('From defaults to the mailbox, or the scenario From', () => {
    expect(make({ mailbox: 'pharmacy.fh542@nhs.net' }).currentFrom).toBe('pharmacy.fh542@nhs.net');
    expect(make({ from: 'amira.khan3@nhs.net' }).currentFrom).toBe('amira.khan3@nhs.net');
  });
  test('selectItem changes only the mailbox and display name, and fires item', async () => {
    const host = make();
    const seen: HostChange[] = [];
    host.subscribe((c) => seen.push(c));
    host.selectItem('pharmacy.fh542@nhs.net', 'Pharmacy.FH542');
    expect(host.currentScenario).toEqual({ ...defaultScenario, mailbox: 'pharmacy.fh542@nhs.net', displayName: 'Pharmacy.FH542' });
    expect(seen).toEqual(['item']);
    expect((await host.snapshot()).displayNames).toEqual({ 'pharmacy.fh542@nhs.net': 'Pharmacy.FH542' });
  });
  test('setTheme changes only the theme, and fires theme', async () => {
    const host = make();
    const seen: HostChange[] = [];
    host.subscribe((c) => seen.push(c));
    host.setTheme('dark');
    expect(host.currentScenario).toEqual({ ...defaultScenario, theme: 'dark' });
    expect(seen).toEqual(['theme']);
    expect((await host.snapshot()).theme).toBe('dark');
  });
  test('without a store given, the preview keeps its values in localStorage under its own prefix', () => {
    const host = new MemoryHost(defaultScenario);
    host.storage.set('mailboxes', '[]');
    expect(localStorage.getItem('nas-assistant-preview:mailboxes')).toBe('[]');
  });
});

// The host contract (test support, not shipped): one suite that every Host must pass, run against
// MemoryHost (memoryHost.contract.test.ts), OfficeHost on office-addin-mock
// (officeHost.contract.test.ts) and TeamsHost on a stand-in Teams host (teamsHost.contract.test.ts),
// so the preview, the tab and the tests cannot drift from Outlook. Where a host genuinely differs
// (a tab has no mail item) the driver says so in `capabilities`, and the suite checks what that
// host must do instead: nothing is skipped silently.

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HostError, outlookClients, type Host, type HostChange, type HostOperation } from './host';
import { callDeadlineMs, composeDeadlineMs } from './deadline';
import { fromPollMs } from './hostEvents';

/** 'sharedProperties' is the call that says whose mailbox (Outlook) or who is signed in (Teams' getContext). */
export type ContractCall = 'getFrom' | 'sharedProperties' | 'composeNew' | 'fillCurrent';

export interface HostCapabilities {
  /**
   * An email is selected or open (Outlook's task pane): item changes, a compose From to poll, an email
   * to fill. A tab has none: its only change is the theme, getFrom is always undefined and fillCurrent
   * always a HostError.
   */
  mailItem: boolean;
  /**
   * The host's event handlers go once the last listener leaves. TeamsJS cannot remove its theme
   * handler (registering again replaces it), so a tab keeps its one handler for the page.
   */
  releasesHandlers: boolean;
}

export interface HostSetup {
  mode: 'read' | 'compose';
  /** The compose From at the start. */
  from?: string;
  fail?: ContractCall[];
  hang?: ContractCall[];
}

export interface ContractDriver {
  name: string;
  capabilities: HostCapabilities;
  /** A host started as the pane starts it (a tab waits for Teams to answer). `mode` means nothing without a mail item. */
  make(setup: HostSetup): Host | Promise<Host>;
  /** The user selects another item in a pinned pane: Outlook fires ItemChanged. */
  fireItemChanged(host: Host): void;
  /** Outlook switches to dark: OfficeThemeChanged. */
  fireThemeChanged(host: Host): void;
  /** The user changes From in the compose window (Outlook tells the pane nothing). */
  changeFrom(host: Host, address: string): void;
  /** How many times the host asked Outlook for From. */
  fromReads(host: Host): number;
  /** How many handlers the host holds with Outlook for ItemChanged (with Teams, for theme changes). */
  itemHandlers(host: Host): number;
  cleanup?(): void;
}

const message = {
  to: ['helpdesk@nhs.net'],
  cc: [],
  subject: 'New user accounts – VN6C2 – Sunrise House',
  text: 'Plain',
  html: '<p>Rich</p>',
};

/** The error `promise` rejects with (the pin tests use it too); a promise that resolves fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    return error as HostError;
  }
  throw new Error('expected a rejection');
}

/** Settles `promise` while fake time runs, and says how much fake time it took. */
async function timed<T>(promise: Promise<T>, stepMs = 250, maxMs = 60_000): Promise<{ ms: number; result: T | undefined; error: unknown }> {
  let done = false;
  let result: T | undefined;
  let error: unknown;
  promise.then(
    (r) => ((done = true), (result = r)),
    (e: unknown) => ((done = true), (error = e)),
  );
  let ms = 0;
  await vi.advanceTimersByTimeAsync(0);
  while (!done && ms < maxMs) {
    await vi.advanceTimersByTimeAsync(stepMs);
    ms += stepMs;
  }
  return { ms, result, error };
}

export function hostContract(driver: ContractDriver) {
  const { mailItem, releasesHandlers } = driver.capabilities;
  // The change a host reports on its own: Outlook's item change; a tab (no item) has only theme changes.
  const changed: HostChange = mailItem ? 'item' : 'theme';
  const fireChange = (host: Host) => (mailItem ? driver.fireItemChanged(host) : driver.fireThemeChanged(host));
  describe(`host contract: ${driver.name}`, () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
      driver.cleanup?.();
    });

    describe('events', () => {
      test('subscribe twice, unsubscribe one: the other still hears item changes', async () => {
        const host = await driver.make({ mode: 'read' });
        const first: HostChange[] = [];
        const second: HostChange[] = [];
        const stopFirst = host.subscribe((c) => first.push(c));
        const stopSecond = host.subscribe((c) => second.push(c));
        fireChange(host);
        stopFirst();
        fireChange(host);
        driver.fireThemeChanged(host);
        expect(first).toEqual([changed]);
        expect(second).toEqual([changed, changed, 'theme']);
        stopSecond();
        fireChange(host);
        expect(second).toEqual([changed, changed, 'theme']);
      });

      test('the same function subscribed twice and unsubscribed once still hears', async () => {
        const host = await driver.make({ mode: 'read' });
        const seen: HostChange[] = [];
        const listener = (c: HostChange) => seen.push(c);
        const stop = host.subscribe(listener);
        host.subscribe(listener);
        stop();
        stop(); // unsubscribing twice removes nothing more
        fireChange(host);
        expect(seen).toEqual([changed]);
      });

      test('Outlook holds one handler per event however many listen, none once all have gone (a tab: still its one), one again after', async () => {
        const host = await driver.make({ mode: 'read' });
        const idle = releasesHandlers ? 0 : 1;
        expect(driver.itemHandlers(host)).toBe(idle);
        const stops = [host.subscribe(() => undefined), host.subscribe(() => undefined), host.subscribe(() => undefined)];
        expect(driver.itemHandlers(host)).toBe(1);
        stops[0]!();
        stops[1]!();
        expect(driver.itemHandlers(host)).toBe(1);
        stops[2]!();
        expect(driver.itemHandlers(host)).toBe(idle);
        const seen: HostChange[] = [];
        host.subscribe((c) => seen.push(c));
        expect(driver.itemHandlers(host)).toBe(1);
        fireChange(host);
        expect(seen).toEqual([changed]);
      });

      test('a listener that throws does not keep the change from the others', async () => {
        const host = await driver.make({ mode: 'read' });
        const seen: HostChange[] = [];
        host.subscribe(() => {
          throw new Error('listener bug');
        });
        host.subscribe((c) => seen.push(c));
        fireChange(host);
        expect(seen).toEqual([changed]);
      });
    });

    if (!mailItem)
      describe('no mail item (a tab): no From, nothing to fill', () => {
        test('getFrom is undefined at once, nothing is polled, and an hour brings no From change', async () => {
          const host = await driver.make({ mode: 'compose', from: 'care.vn6c2@nhs.net' });
          const seen: HostChange[] = [];
          host.subscribe((c) => seen.push(c));
          await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
          expect(seen).toEqual([]);
          expect(driver.fromReads(host)).toBe(0);
          expect(await host.getFrom()).toBeUndefined();
        });

        test('fillCurrent is a HostError named fillCurrent, at once', async () => {
          const host = await driver.make({ mode: 'compose' });
          const { ms, error } = await timed(host.fillCurrent(message));
          expect(error).toMatchObject({
            name: 'HostError',
            operation: 'fillCurrent',
            message: expect.stringMatching(/^There is no open email to fill in here\./),
          });
          expect(ms).toBe(0);
        });

        test('the snapshot says there is no mail item: mode none, fillCurrent false', async () => {
          const { result } = await timed((await driver.make({ mode: 'compose' })).snapshot());
          expect(result?.mode).toBe('none');
          expect(result?.capabilities.fillCurrent).toBe(false);
        });
      });

    if (mailItem)
      describe('From polling', () => {
        test('a From change is seen by the poll within one interval, once, by every listener', async () => {
          const host = await driver.make({ mode: 'compose', from: 'amira.khan3@nhs.net' });
          const a: HostChange[] = [];
          const b: HostChange[] = [];
          host.subscribe((c) => a.push(c));
          host.subscribe((c) => b.push(c));
          await vi.advanceTimersByTimeAsync(fromPollMs + 100);
          expect(a).toEqual([]);
          driver.changeFrom(host, 'care.vn6c2@nhs.net');
          await vi.advanceTimersByTimeAsync(fromPollMs + 100);
          expect(a).toEqual(['from']);
          expect(b).toEqual(['from']);
          await vi.advanceTimersByTimeAsync(5 * fromPollMs);
          expect(a).toEqual(['from']);
          expect((await timed(host.getFrom())).result).toBe('care.vn6c2@nhs.net');
        });

        test('runs once however many listeners: three listeners read From as often as one', async () => {
          const readsWith = async (listeners: number) => {
            const host = await driver.make({ mode: 'compose' });
            const stops = Array.from({ length: listeners }, () => host.subscribe(() => undefined));
            const before = driver.fromReads(host);
            await vi.advanceTimersByTimeAsync(10 * fromPollMs + 100);
            const reads = driver.fromReads(host) - before;
            stops.forEach((stop) => stop());
            return reads;
          };
          // One read each interval (the baseline read came at subscribe).
          expect(await readsWith(1)).toBe(10);
          expect(await readsWith(3)).toBe(10);
        });

        test('stops when the last listener goes', async () => {
          const host = await driver.make({ mode: 'compose' });
          const stops = [host.subscribe(() => undefined), host.subscribe(() => undefined)];
          await vi.advanceTimersByTimeAsync(3 * fromPollMs + 100);
          stops[0]!();
          const mid = driver.fromReads(host);
          await vi.advanceTimersByTimeAsync(3 * fromPollMs);
          expect(driver.fromReads(host)).toBe(mid + 3);
          stops[1]!();
          const end = driver.fromReads(host);
          await vi.advanceTimersByTimeAsync(10 * fromPollMs);
          expect(driver.fromReads(host)).toBe(end);
        });

        test('read mode: no From poll at all', async () => {
          const host = await driver.make({ mode: 'read' });
          host.subscribe(() => undefined);
          await vi.advanceTimersByTimeAsync(10 * fromPollMs);
          expect(driver.fromReads(host)).toBe(0);
        });

        test('polls never overlap: while from.getAsync hangs, an hour of polling asks Outlook once', async () => {
          const host = await driver.make({ mode: 'compose', hang: ['getFrom'] });
          const seen: HostChange[] = [];
          host.subscribe((c) => seen.push(c));
          host.subscribe((c) => seen.push(c));
          await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
          expect(driver.fromReads(host)).toBe(1);
          expect(seen).toEqual([]);
          // Asking directly shares the call in flight, and still gets an answer by the deadline.
          const asked = await timed(host.getFrom());
          expect(driver.fromReads(host)).toBe(1);
          expect(asked.error).toBeInstanceOf(HostError);
          expect((asked.error as HostError).operation).toBe('getFrom');
        });
      });

    describe('deadlines', () => {
      test.runIf(mailItem)(
        `a getFrom that never answers rejects after ${callDeadlineMs / 1000} seconds with a HostError naming getFrom`,
        async () => {
          const host = await driver.make({ mode: 'compose', hang: ['getFrom'] });
          const { ms, error } = await timed(host.getFrom(), 100);
          expect(error).toBeInstanceOf(HostError);
          expect(error).toMatchObject({ operation: 'getFrom', message: expect.stringMatching(/did not answer within 3 seconds/) });
          expect(ms).toBeGreaterThanOrEqual(callDeadlineMs - 100);
          expect(ms).toBeLessThanOrEqual(callDeadlineMs + 100);
        },
      );

      test(`composeNew that never answers rejects after ${composeDeadlineMs / 1000} seconds (longer than a read), naming composeNew`, async () => {
        const host = await driver.make({ mode: 'read', hang: ['composeNew'] });
        const { ms, error } = await timed(host.composeNew(message), 500);
        expect(error).toMatchObject({
          name: 'HostError',
          operation: 'composeNew',
          message: expect.stringMatching(/did not answer within 15 seconds/),
        });
        expect(ms).toBeGreaterThanOrEqual(composeDeadlineMs - 500);
        expect(ms).toBeLessThanOrEqual(composeDeadlineMs + 500);
      });

      test.runIf(mailItem)('fillCurrent that never answers rejects with a HostError naming fillCurrent', async () => {
        const host = await driver.make({ mode: 'compose', hang: ['fillCurrent'] });
        const { ms, error } = await timed(host.fillCurrent(message), 500);
        expect(error).toMatchObject({ name: 'HostError', operation: 'fillCurrent' });
        expect(ms).toBeGreaterThanOrEqual(composeDeadlineMs - 500);
      });

      test('snapshot: shared properties never answer; it resolves by the deadline with the rest and says what Outlook did not answer', async () => {
        const host = await driver.make({ mode: 'read', hang: ['sharedProperties'] });
        const { ms, result } = await timed(host.snapshot(), 100);
        expect(ms).toBeLessThanOrEqual(callDeadlineMs + 100);
        if (mailItem) {
          expect(result?.signals).toEqual([expect.objectContaining({ source: 'user-profile', address: 'amira.khan3@nhs.net' })]);
          expect(result?.refused).toEqual([
            { source: 'shared-properties', reason: expect.stringMatching(/did not say which mailbox.*did not answer within 3 seconds/) },
          ]);
        } else {
          // A tab's one question (who is signed in, the theme) is refused; the site still comes from what was remembered.
          expect(result?.refused[0]).toEqual({
            source: 'user-profile',
            reason: expect.stringMatching(/did not say who is signed in.*did not answer within 3 seconds/),
          });
          expect(result?.user.address).toBe('');
        }
      });

      test.runIf(mailItem)('snapshot in compose mode: From and shared properties both hang; one deadline, not two', async () => {
        const host = await driver.make({ mode: 'compose', hang: ['getFrom', 'sharedProperties'] });
        const { ms, result } = await timed(host.snapshot(), 100);
        expect(ms).toBeLessThanOrEqual(callDeadlineMs + 100);
        expect(result?.refused.map((r) => r.source)).toEqual(['from', 'shared-properties']);
        expect(result?.signals.map((s) => s.source)).toEqual(['user-profile']);
      });
    });

    describe('failures', () => {
      const cases: { call: ContractCall; mode: HostSetup['mode']; operation: HostOperation; run: (h: Host) => Promise<unknown> }[] = [
        { call: 'composeNew', mode: 'read', operation: 'composeNew', run: (h) => h.composeNew(message) },
        { call: 'fillCurrent', mode: 'compose', operation: 'fillCurrent', run: (h) => h.fillCurrent(message) },
        { call: 'getFrom', mode: 'compose', operation: 'getFrom', run: (h) => h.getFrom() },
      ];
      for (const c of cases) {
        test.runIf(mailItem || c.call === 'composeNew')(`${c.call} failing rejects with a HostError named ${c.operation}`, async () => {
          const host = await driver.make({ mode: c.mode, fail: [c.call] });
          const { error } = await timed(c.run(host));
          expect(error).toBeInstanceOf(HostError);
          expect((error as HostError).operation).toBe(c.operation);
          expect((error as HostError).message).not.toBe('');
        });
      }

      test('fillCurrent in read mode (no email open) is a HostError named fillCurrent', async () => {
        const host = await driver.make({ mode: 'read' });
        const error = await rejection(host.fillCurrent(message));
        expect(error).toMatchObject({
          name: 'HostError',
          operation: 'fillCurrent',
          message: expect.stringMatching(/^There is no open email to fill in here\./),
        });
      });

      test('getFrom in read mode is undefined, not an error', async () => {
        const host = await driver.make({ mode: 'read' });
        expect(await host.getFrom()).toBeUndefined();
      });

      test('a failing signal is refused in the snapshot, never thrown', async () => {
        const host = await driver.make({ mode: 'compose', fail: ['getFrom', 'sharedProperties'] });
        const { result, error } = await timed(host.snapshot());
        expect(error).toBeUndefined();
        expect(result?.refused.map((r) => r.source)).toEqual(
          mailItem ? ['from', 'shared-properties'] : ['user-profile', 'shared-properties'],
        );
        expect(result?.refused.every((r) => r.reason.length > 0)).toBe(true);
      });

      test('the client, where the host names one, is one the pane has steps for (else unknown)', async () => {
        const { result } = await timed((await driver.make({ mode: 'compose' })).snapshot());
        expect([undefined, ...outlookClients]).toContain(result?.client);
      });

      test.runIf(!mailItem)(
        'succeeding calls (a tab): the signed-in user, no mailbox signal, Create email where the host can open one',
        async () => {
          const { result } = await timed((await driver.make({ mode: 'read' })).snapshot());
          expect(result?.mode).toBe('none');
          expect(result?.user.address).toBe('amira.khan3@nhs.net');
          expect(result?.signals).toEqual([]);
          expect(result?.capabilities).toEqual({ composeNew: true, fillCurrent: false, readFrom: false });
        },
      );

      test.runIf(mailItem)(
        'succeeding calls: compose mode snapshot gives user-profile, from and shared-properties in that order',
        async () => {
          const host = await driver.make({ mode: 'compose', from: 'care.vn6c2@nhs.net' });
          const { result } = await timed(host.snapshot());
          expect(result?.mode).toBe('compose');
          expect(result?.signals.map((s) => [s.source, s.address])).toEqual([
            ['user-profile', 'amira.khan3@nhs.net'],
            ['from', 'care.vn6c2@nhs.net'],
            ['shared-properties', 'care.vn6c2@nhs.net'],
          ]);
          expect(result?.capabilities).toEqual({ composeNew: false, fillCurrent: true, readFrom: true });
          const read = await timed((await driver.make({ mode: 'read' })).snapshot());
          expect(read.result?.capabilities).toEqual({ composeNew: true, fillCurrent: false, readFrom: false });
        },
      );
    });
  });
}

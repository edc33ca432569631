// One set of Outlook event handlers per host, fanned out to any number of listeners.
//
// Outlook's `mailbox.removeHandlerAsync(type)` removes every handler of that type, so a listener that
// unsubscribed its own handler used to remove the pane's too (a pinned pane stopped re-detecting).
// Here the host's handlers are registered once, when the first listener arrives, and removed (by
// reference) only when the last one leaves; the From poll likewise runs once, however many listen.

import type { HostChange } from './host';

export type Listener = (change: HostChange) => void;

/** Starts the host's event sources, calling `emit` for each change; returns how to stop them. */
export type EventSources = (emit: (change: HostChange) => void) => () => void;

export class HostEvents {
  // One entry per subscription (not per function), so the same function subscribed twice and
  // unsubscribed once still hears.
  private readonly subscriptions = new Set<{ listener: Listener }>();
  private stop: (() => void) | undefined;

  constructor(private readonly sources: EventSources) {}

  get listenerCount(): number {
    return this.subscriptions.size;
  }

  subscribe(listener: Listener): () => void {
    const entry = { listener };
    this.subscriptions.add(entry);
    if (!this.stop) this.stop = this.sources((change) => this.emit(change));
    return () => {
      if (!this.subscriptions.delete(entry) || this.subscriptions.size > 0) return;
      const stop = this.stop;
      this.stop = undefined;
      // Stryker disable next-line OptionalChaining: stop is unset only when a listener unsubscribes while sources() is still starting, inside emit, whose catch swallows the TypeError after the same state change
      stop?.();
    };
  }

  emit(change: HostChange) {
    for (const { listener } of [...this.subscriptions]) {
      try {
        listener(change);
      } catch {
        // One listener failing must not keep the change from the others.
      }
    }
  }
}

/** How often From is polled in compose mode: Outlook has no task-pane event for a From change. */
export const fromPollMs = 2000;

export interface FromPoll {
  stop(): void;
  /** Poll now (the preview's From changed, or the pane got focus); while one is in flight, once more after it. */
  now(): void;
}

/**
 * Reads `read` at once (the baseline), then every `intervalMs`, calling `changed` when the answer
 * differs from the last one. The next poll is scheduled only after the previous one settles, so
 * polls never overlap, however long Outlook takes to answer.
 */
export function pollFrom(read: () => Promise<string | undefined>, changed: () => void, intervalMs = fromPollMs): FromPoll {
  let last: string | undefined;
  let known = false;
  let stopped = false;
  let inFlight = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    inFlight = false;
    if (stopped) return;
    if (again) {
      again = false;
      tick();
    } else timer = setTimeout(tick, intervalMs);
  };
  const tick = () => {
    if (stopped) return;
    if (inFlight) {
      again = true;
      return;
    }
    clearTimeout(timer);
    inFlight = true;
    read().then(
      (from) => {
        if (!stopped && known && from !== last) changed();
        last = from;
        known = true;
        settle();
      },
      () => settle(),
    );
  };
  tick();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
    now: tick,
  };
}

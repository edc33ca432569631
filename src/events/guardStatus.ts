// What the pane can know about the send guard: the Mailbox requirement set it is declared for, and
// the last time it ran on this computer. The handler records each run in local storage, which the
// pane shares only where the handler runs in a browser runtime (web, new Outlook, Mac); classic
// Outlook on Windows runs it in a separate JavaScript-only runtime without local storage.

/** Both manifests declare the send event for this Mailbox requirement set and later. */
export const sendGuardMinSet = '1.14';
/** Local-storage key (under the pane's prefix) for the time of the guard's last run. */
export const guardRanKey = 'guard-last-ran';

interface StoreLike {
  set(key: string, value: string): void;
}

/** Never throws: a record is a help for the Diagnostics view, nothing more. */
export function recordGuardRan(store: StoreLike | undefined, now: Date): void {
  try {
    // Stryker disable next-line OptionalChaining: a missing store throws inside the try, which ignores it
    store?.set(guardRanKey, now.toISOString());
  } catch {
    /* storage blocked or absent */
  }
}

// Every host call has a deadline: Outlook can leave a callback unanswered for good (a hung
// getSharedPropertiesAsync leaves the pane blank; a hung displayNewMessageFormAsync spins forever).
// Both hosts pass every call through `withDeadline`, so a call that never answers rejects with a
// HostError naming the operation, the same way in the preview and in Outlook.

import { HostError, type HostOperation } from './host';

/** Reading something from Outlook: a few seconds. */
export const callDeadlineMs = 3000;
/** Opening or filling in an email can take longer (a new window, a large body). */
export const composeDeadlineMs = 15_000;

/** The deadline for each operation; compose operations get the longer one. */
export function deadlineFor(operation: HostOperation): number {
  return operation === 'composeNew' || operation === 'fillCurrent' ? composeDeadlineMs : callDeadlineMs;
}

/** The words for a call that did not answer in time (shown to the user, so plain English). */
export function timedOutMessage(failure: string, ms: number, host = 'Outlook'): string {
  return `${failure} (${host} did not answer within ${ms / 1000} seconds)`;
}

/**
 * Settles as `work` does, or rejects with a HostError for `operation` when `ms` pass first. Any
 * other rejection is turned into a HostError for the same operation, so callers see one error type.
 */
export function withDeadline<T>(
  work: Promise<T>,
  operation: HostOperation,
  failure: string,
  options: { ms?: number; timedOut?: string; host?: string } = {},
): Promise<T> {
  const ms = options.ms ?? deadlineFor(operation);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new HostError(operation, timedOutMessage(options.timedOut ?? failure, ms, options.host))), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(asHostError(error, operation, failure));
      },
    );
  });
}

/** A HostError as is; anything else becomes one for `operation`, keeping the reason. */
export function asHostError(error: unknown, operation: HostOperation, failure: string): HostError {
  if (error instanceof HostError) return error;
  const reason = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return new HostError(operation, reason ? `${failure} (${reason})` : failure);
}

/**
 * One call in flight at a time: while the previous call has not settled (even after its deadline
 * has passed), callers share it instead of starting another, so a call Outlook never answers cannot
 * pile up (a From poll every 2 s would otherwise leave 1,800 unsettled calls an hour).
 */
export function singleFlight<T>(start: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (pending) return pending;
    const call = start();
    pending = call;
    // Only this call can be pending until it settles: no other starts meanwhile.
    const clear = () => {
      pending = undefined;
    };
    call.then(clear, clear);
    return call;
  };
}

// Every event handler ends the same way: event.completed exactly once, by its own time limit at the
// latest, with the fail-open answer when anything throws or rejects.

/**
 * Runs `decide` and completes with its answer, or with `fallback` when it fails or when
 * `timeoutMs` passes first. A later answer changes nothing; completed throwing is ignored.
 */
export function completeOnce<T>(completed: (result: T) => void, decide: () => Promise<T>, fallback: T, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let done = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const complete = (result: T) => {
      if (done) return;
      done = true;
      // Stryker disable next-line ConditionalExpression: clearTimeout(undefined) does nothing
      if (watchdog !== undefined) clearTimeout(watchdog);
      try {
        completed(result);
      } catch {
        /* nothing more can be done */
      }
      resolve();
    };
    try {
      watchdog = setTimeout(() => complete(fallback), timeoutMs);
      decide().then(complete, () => complete(fallback));
    } catch {
      complete(fallback);
    }
  });
}

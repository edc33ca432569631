// Office's callback APIs as Promises, shared by the task pane host and the send-guard handler.

type Start<T> = (callback: (result: Office.AsyncResult<T>) => void) => void;

/**
 * Resolves with the call's value; rejects with `fail(reason)` when Outlook reports a failure, the
 * call throws, or (with `timeoutMs`) no answer comes in time.
 */
export function officeAsync<T>(
  start: Start<T>,
  fail: (reason: string | undefined) => Error,
  options: { office?: typeof Office; timeoutMs?: number } = {},
): Promise<T> {
  const office = options.office ?? Office;
  return new Promise<T>((resolve, reject) => {
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => reject(fail('timed out')), options.timeoutMs);
    try {
      start((result) => {
        clearTimeout(timer);
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(fail(result.error?.message));
      });
    } catch (error) {
      clearTimeout(timer);
      reject(fail(error instanceof Error ? error.message : undefined));
    }
  });
}

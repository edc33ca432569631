// office.js loads from Microsoft's CDN in <head>. Outside Office, Office.onReady resolves with
// host null; when the script is blocked it never resolves, so the wait has a time-out.

export type OfficeStart = { state: 'outlook' } | { state: 'outside'; reason: 'no-script' | 'not-outlook' | 'timeout' };

export const officeReadyTimeoutMs = 5000;

export async function waitForOffice(
  timeoutMs = officeReadyTimeoutMs,
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): Promise<OfficeStart> {
  if (!office || typeof office.onReady !== 'function') return { state: 'outside', reason: 'no-script' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<OfficeStart>((resolve) => {
    timer = setTimeout(() => resolve({ state: 'outside', reason: 'timeout' }), timeoutMs);
  });
  const ready = office.onReady().then(
    (info): OfficeStart => (info?.host === office.HostType?.Outlook ? { state: 'outlook' } : { state: 'outside', reason: 'not-outlook' }),
    (): OfficeStart => ({ state: 'outside', reason: 'not-outlook' }),
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// How long the tab waits for Teams before concluding it is not inside a Microsoft 365 host. Teams
// desktop and virtual desktops (widely used in the NHS) can take well over 5 s to answer TeamsJS's
// app.initialize() (teams-js #1181, #2769, #2607), so the tab waits at least 30 s, keeping the
// requests usable with a notice after 5 s. Opened in a browser, with no parent frame and no native
// host, TeamsJS refuses at once: there is nothing to wait for.
import type { TeamsStart } from '../office/teamsHost';

export const teamsPatienceMs = 30_000;
export const teamsSlowNoticeMs = 5_000;
/** After app.initialize() gives up (TeamsHost's own deadline), the next try comes this much later. */
export const teamsRetryMs = 1_000;

export type TabStatus = { state: 'connecting' } | { state: 'slow' } | TeamsStart;

export interface TeamsWait {
  /** TeamsHost.start: waits up to `timeoutMs` for Teams. */
  start(timeoutMs: number): Promise<TeamsStart>;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** The page has a parent frame or a native host (Teams and Outlook mobile) that may yet answer. */
  framed: boolean;
  onStatus(status: TabStatus): void;
}

export async function waitForTeamsPatiently(wait: TeamsWait): Promise<TeamsStart> {
  const began = wait.now();
  let settled = false;
  void wait.sleep(teamsSlowNoticeMs).then(() => {
    if (!settled) wait.onStatus({ state: 'slow' });
  });
  for (;;) {
    const left = teamsPatienceMs - (wait.now() - began);
    const result: TeamsStart = left > 0 ? await wait.start(left) : { state: 'outside', reason: 'timeout' };
    // Only app.initialize() giving up early (TeamsHost's own deadline) in a frame is worth another try.
    if (result.state === 'teams' || result.reason === 'timeout' || !wait.framed) {
      settled = true;
      wait.onStatus(result);
      return result;
    }
    await wait.sleep(Math.min(teamsRetryMs, left));
  }
}

/** A parent frame, or TeamsJS's native channel (Teams and Outlook on mobile). */
export function hasPossibleHost(win: Window): boolean {
  return win.parent !== win || 'nativeInterface' in win;
}

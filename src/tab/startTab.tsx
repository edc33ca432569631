// The tab's start-up, apart from the page (main.tsx) so tests can drive it with their own clock.
// The requests render at once, on a TeamsHost that has not heard from Teams yet (the remembered site,
// the theme Teams put in the address); TeamsJS is fetched after that first screen; when Teams answers
// the pane follows its theme, user and mail capability. Without an answer the requests stay usable,
// with a notice after 5 s and "Not inside Teams" after 30 s (teamsWait.ts), never in their place.
import type { Root } from 'react-dom/client';
import type { ReactNode } from 'react';
import { App } from '../ui/shell/App';
import type { TeamsHost } from '../office/teamsHost';
import type { ThemeName } from '../office/host';
import type { DeploymentOptions } from '../domain/recipients';
import { loadTheme, themeNow } from '../ui/shell/themes';
import { waitForTeamsPatiently, type TabStatus, type TeamsWait } from './teamsWait';

/** Set when Teams has answered and the tab has its context (the benchmark reports it). */
export const connectedMark = 'nas-tab-connected';

export interface TabStart {
  root: Root;
  host: TeamsHost;
  theme: ThemeName;
  deployment: DeploymentOptions;
  clock: Pick<TeamsWait, 'now' | 'sleep'>;
  framed: boolean;
  previewUrl?: string;
}

export async function startTab(s: TabStart): Promise<TabStatus> {
  if (s.theme !== 'light') await loadTheme(s.theme).catch(() => undefined);
  let notice: ReactNode = null;
  let app: ReactNode = null;
  // The App keeps its place (and its state: a half-typed request) whatever the notice does.
  const show = () =>
    s.root.render(
      <>
        {notice}
        {app}
      </>,
    );
  // TeamsJS once the first screen is up and its effects have run (the ready mark, the prefetch of
  // the request screens), then in a task of its own: evaluating TeamsJS never delays the requests.
  // (The 1 s fallback is for a first render that throws.)
  await new Promise((shown) => {
    const onFirstScreen = () => setTimeout(shown, 0);
    app = (
      <App host={s.host} initialSnapshot={s.host.connectingSnapshot(s.theme)} deployment={s.deployment} onFirstScreen={onFirstScreen} />
    );
    show();
    setTimeout(shown, 1000);
  });
  let status: TabStatus = { state: 'connecting' };
  const onStatus = async (next: TabStatus) => {
    status = next;
    if (next.state === 'teams') {
      performance.mark?.(connectedMark);
      notice = null;
      show();
      return;
    }
    if (next.state === 'connecting') return;
    const { OutsideTeams } = await import('../ui/outside/OutsideTeams');
    if (status !== next) return; // a later status has already been shown
    notice = <OutsideTeams reason={next.state === 'slow' ? 'slow' : next.reason} theme={themeNow(s.theme)} previewUrl={s.previewUrl} />;
    show();
  };
  await waitForTeamsPatiently({ start: (ms) => s.host.start(ms), ...s.clock, framed: s.framed, onStatus: (next) => void onStatus(next) });
  return status;
}

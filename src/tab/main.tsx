// The personal tab's entry (Teams, Outlook's app bar, the Microsoft 365 app). The requests render at
// once, on a TeamsHost that has not heard from Teams yet (the remembered site, the theme Teams put
// in the address); TeamsJS is fetched after that first screen, and when Teams answers the pane
// follows its theme, user and mail capability. No answer within 5 s: the "Not inside Teams" notice.
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { TeamsHost, themeFromTeams } from '../office/teamsHost';
import { lazyTeamsSdk } from '../office/lazyTeams';
import { loadTheme } from '../ui/themes';

/** Set when Teams has answered and the tab has its context (the benchmark reports it). */
export const connectedMark = 'nas-tab-connected';

const root = createRoot(document.getElementById('root')!);
const deployment = { useSectorAddresses: import.meta.env.VITE_NAS_SECTOR_ADDRESSES === 'true' };
const sdk = lazyTeamsSdk(() => import('../office/teamsJs').then((m) => m.teamsJs));
const host = new TeamsHost(sdk);
// contentUrl carries Teams' {theme} placeholder, so a dark Teams paints dark from the first frame.
const theme = themeFromTeams(new URLSearchParams(location.search).get('theme') ?? undefined);

async function main() {
  if (theme !== 'light') await loadTheme(theme).catch(() => undefined);
  // TeamsJS once the first screen is up and its effects have run (the ready mark, the prefetch of
  // the request screens), then in a task of its own: evaluating TeamsJS never delays the requests.
  // (The 1 s fallback is for a first render that throws.)
  await new Promise((shown) => {
    const onFirstScreen = () => setTimeout(shown, 0);
    root.render(<App host={host} initialSnapshot={host.connectingSnapshot(theme)} deployment={deployment} onFirstScreen={onFirstScreen} />);
    setTimeout(shown, 1000);
  });
  const start = await host.start();
  if (start.state === 'teams') performance.mark?.(connectedMark);
  else {
    const { OutsideTeams } = await import('../ui/OutsideTeams');
    root.render(<OutsideTeams reason={start.reason} previewUrl={import.meta.env.DEV ? './index.html?host=teams' : undefined} />);
  }
}
void main();

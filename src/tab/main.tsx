// The personal tab's entry (Teams, Outlook's app bar, the Microsoft 365 app). The requests render at
// once, on a TeamsHost that has not heard from Teams yet (the remembered site, the theme Teams put
// in the address); TeamsJS is fetched after that first paint, and when Teams answers the pane
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
  root.render(<App host={host} initialSnapshot={host.connectingSnapshot(theme)} deployment={deployment} />);
  // TeamsJS after the first paint: never on the first screen's critical path.
  // (A hidden frame gets no animation frames, hence the 200 ms fallback.)
  await new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted, 0));
    setTimeout(painted, 200);
  });
  const start = await host.start();
  if (start.state === 'teams') performance.mark?.(connectedMark);
  else {
    const { OutsideTeams } = await import('../ui/OutsideTeams');
    root.render(<OutsideTeams reason={start.reason} previewUrl={import.meta.env.DEV ? './index.html?host=teams' : undefined} />);
  }
}
void main();

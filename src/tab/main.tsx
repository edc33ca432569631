// The personal tab's entry (Teams, Outlook's app bar, the Microsoft 365 app): startTab.tsx does the
// work, on the page's clock.
import { createRoot } from 'react-dom/client';
import { TeamsHost, themeFromTeams } from '../office/teamsHost';
import { lazyTeamsSdk } from '../office/lazyTeams';
import { startTab } from './startTab';
import { hasPossibleHost } from './teamsWait';

export { connectedMark } from './startTab';

const sdk = lazyTeamsSdk(() => import('../office/teamsJs').then((m) => m.teamsJs));
void startTab({
  root: createRoot(document.getElementById('root')!),
  host: new TeamsHost(sdk),
  // contentUrl carries Teams' {theme} placeholder, so a dark Teams paints dark from the first frame.
  theme: themeFromTeams(new URLSearchParams(location.search).get('theme') ?? undefined),
  deployment: { useSectorAddresses: import.meta.env.VITE_NAS_SECTOR_ADDRESSES === 'true' },
  clock: { now: () => Date.now(), sleep: (ms) => new Promise((done) => setTimeout(done, ms)) },
  framed: hasPossibleHost(window),
  previewUrl: import.meta.env.DEV ? './index.html?host=teams' : undefined,
});

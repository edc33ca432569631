// The personal tab's entry (Teams, Outlook's app bar, the Microsoft 365 app): TeamsJS is bundled
// here and only here. Waits for the host (5 s at most), then renders the same pane on TeamsHost.
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { TeamsHost, waitForTeams } from '../office/teamsHost';
import { teamsJs } from '../office/teamsJs';
import { loadTheme } from '../ui/themes';

const root = createRoot(document.getElementById('root')!);
const deployment = { useSectorAddresses: import.meta.env.VITE_NAS_SECTOR_ADDRESSES === 'true' };
void waitForTeams(teamsJs).then(async (start) => {
  if (start.state === 'teams') {
    const host = new TeamsHost(teamsJs);
    const snapshot = await host.snapshot().catch(() => undefined);
    if (snapshot) await loadTheme(snapshot.theme).catch(() => undefined);
    root.render(<App host={host} initialSnapshot={snapshot} deployment={deployment} />);
  } else
    void import('../ui/OutsideTeams').then(({ OutsideTeams }) =>
      root.render(<OutsideTeams reason={start.reason} previewUrl={import.meta.env.DEV ? './index.html?host=teams' : undefined} />),
    );
});

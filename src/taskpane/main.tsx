// Production entry: waits for Office (with a time-out), then renders the pane on the Office.js host.
import { createRoot } from 'react-dom/client';
import { App } from '../ui/shell/App';
import { OfficeHost } from '../office/officeHost';
import { waitForOffice } from '../office/officeReady';
import { loadTheme } from '../ui/shell/themes';

const root = createRoot(document.getElementById('root')!);
// The preview is offered only by the development server: production hosting does not carry it.
const previewUrl = import.meta.env.DEV ? './index.html' : undefined;
// Set at build time: `npm run build -- --sector-addresses` sends NAS requests to careadmin@ and the like.
const deployment = { useSectorAddresses: import.meta.env.VITE_NAS_SECTOR_ADDRESSES === 'true' };
void waitForOffice().then(async (start) => {
  if (start.state === 'outlook') {
    // Ask Outlook first, so the first render is the real screen, not a loading state.
    const host = new OfficeHost();
    const snapshot = await host.snapshot().catch(() => undefined);
    // A dark Outlook gets the dark theme on the very first paint.
    if (snapshot) await loadTheme(snapshot.theme).catch(() => undefined);
    root.render(<App host={host} initialSnapshot={snapshot} deployment={deployment} />);
  }
  // Rare, so loaded only when needed.
  else
    void import('../ui/outside/OutsideOutlook').then(({ OutsideOutlook }) =>
      root.render(<OutsideOutlook reason={start.reason} previewUrl={previewUrl} />),
    );
});

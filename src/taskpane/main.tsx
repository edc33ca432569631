// Production entry: waits for Office (with a time-out), then renders the pane on the Office.js host.
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { OfficeHost } from '../office/officeHost';
import { waitForOffice } from '../office/officeReady';

const root = createRoot(document.getElementById('root')!);
waitForOffice().then(async (start) => {
  if (start.state === 'outlook') {
    // Ask Outlook first, so the first render is the real screen, not a loading state.
    const host = new OfficeHost();
    const snapshot = await host.snapshot().catch(() => undefined);
    root.render(<App host={host} initialSnapshot={snapshot} />);
  }
  // Rare, so loaded only when needed.
  else void import('../ui/OutsideOutlook').then(({ OutsideOutlook }) => root.render(<OutsideOutlook reason={start.reason} previewUrl="./index.html" />));
});

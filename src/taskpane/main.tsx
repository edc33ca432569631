// Production entry: waits for Office (with a time-out), then renders the pane on the Office.js host.
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { OfficeHost } from '../office/officeHost';
import { waitForOffice } from '../office/officeReady';

const root = createRoot(document.getElementById('root')!);
waitForOffice().then((start) => {
  if (start.state === 'outlook') root.render(<App host={new OfficeHost()} />);
  // Rare, so loaded only when needed.
  else void import('../ui/OutsideOutlook').then(({ OutsideOutlook }) => root.render(<OutsideOutlook reason={start.reason} previewUrl="./index.html" />));
});

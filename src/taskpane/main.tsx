// Production entry: waits for Office (with a time-out), then renders the pane on the Office.js host.
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { OutsideOutlook } from '../ui/OutsideOutlook';
import { OfficeHost } from '../office/officeHost';
import { waitForOffice } from '../office/officeReady';

const root = createRoot(document.getElementById('root')!);
waitForOffice().then((start) => {
  if (start.state === 'outlook') root.render(<App host={new OfficeHost()} />);
  else root.render(<OutsideOutlook reason={start.reason} previewUrl="./index.html" />);
});

// The preview: the real task pane on the in-memory host, inside a pretend Outlook. No remote scripts.
import { createRoot } from 'react-dom/client';
import { MemoryHost } from '../office/memoryHost';
import { scenarioFromQuery } from '../office/scenario';
import { PreviewPage } from './PreviewPage';

const query = new URLSearchParams(window.location.search);
const deployment = { useSectorAddresses: query.get('recipients') === 'sector' };
const root = createRoot(document.getElementById('root')!);
// ?host=teams: the personal tab on a stand-in Teams host (loaded only for that scenario).
if (query.get('host') === 'teams')
  void import('./TeamsPreview').then(({ TeamsPreview }) =>
    root.render(<TeamsPreview search={window.location.search} deployment={deployment} />),
  );
else root.render(<PreviewPage host={new MemoryHost(scenarioFromQuery(window.location.search))} deployment={deployment} />);

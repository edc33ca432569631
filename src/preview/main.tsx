// The preview: the real task pane on the in-memory host, inside a pretend Outlook. No remote scripts.
import { createRoot } from 'react-dom/client';
import { MemoryHost } from '../office/memoryHost';
import { scenarioFromQuery } from '../office/scenario';
import { PreviewPage } from './PreviewPage';

const scenario = scenarioFromQuery(window.location.search);
const host = new MemoryHost(scenario);
createRoot(document.getElementById('root')!).render(<PreviewPage host={host} deployment={{ useSectorAddresses: new URLSearchParams(window.location.search).get('recipients') === 'sector' }} />);

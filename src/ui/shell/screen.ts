// Which screen the pane shows, as one value: the mailbox still being read, the read failed, the
// site step before a request that needs it, the request, the questions, or the home screen.
// A screen from the lazy chunk is "waiting" until the chunk has loaded.
import type { KindSummary } from '../../domain/kindIndex';

export type Screen =
  | { name: 'checking' }
  | { name: 'failed' }
  | { name: 'site'; kind: KindSummary; waiting: boolean }
  | { name: 'request'; kind: KindSummary; waiting: boolean }
  | { name: 'questions'; waiting: boolean }
  | { name: 'home' };

export function screenFor(input: {
  status: 'loading' | 'failed' | 'ready';
  open: KindSummary | undefined;
  needsSite: boolean;
  faqOpen: boolean;
  screensLoaded: boolean;
}): Screen {
  const waiting = !input.screensLoaded;
  if (input.status === 'loading') return { name: 'checking' };
  if (input.status === 'failed') return { name: 'failed' };
  if (input.open) return { name: input.needsSite ? 'site' : 'request', kind: input.open, waiting };
  if (input.faqOpen) return { name: 'questions', waiting };
  return { name: 'home' };
}

// TeamsJS loaded on demand behind the TeamsSdk seam: the tab page renders its first screen without
// waiting for the library (about 30 KB gzipped) and fetches it after that first paint. Calls made
// before it arrives wait for it; mailSupported() says false until app.initialize() has answered
// (TeamsJS itself only knows after initialize).
import type { TeamsSdk } from './teamsSdk';

export function lazyTeamsSdk(load: () => Promise<TeamsSdk>): TeamsSdk & { load(): Promise<TeamsSdk> } {
  let loading: Promise<TeamsSdk> | undefined;
  let ready: TeamsSdk | undefined;
  const sdk = () =>
    (loading ??= load().then(
      (loaded) => (ready = loaded),
      (error: unknown) => {
        loading = undefined; // a later call may try again
        throw error;
      },
    ));
  return {
    load: sdk,
    initialize: () => sdk().then((s) => s.initialize()),
    getContext: () => sdk().then((s) => s.getContext()),
    onThemeChange: (handler) => {
      if (ready) ready.onThemeChange(handler);
      else
        void sdk().then(
          (s) => s.onThemeChange(handler),
          () => undefined,
        );
    },
    mailSupported: () => (ready ? ready.mailSupported() : false),
    composeMail: (mail) => sdk().then((s) => s.composeMail(mail)),
  };
}

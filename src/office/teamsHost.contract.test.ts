// The one host contract (hostContract.ts) on TeamsHost, driven by a local stand-in for the Teams
// host, started as the tab starts it. A tab has no mail item: the contract's capability says so.
import { vi } from 'vitest';
import { hostContract, type ContractCall, type HostSetup } from '../../test/support/hostContract';
import { TeamsHost } from './teamsHost';
import { FakeTeams, type FakeTeamsCall } from './fakeTeams';
import { memoryStorage, type Host } from './host';

const teams = new WeakMap<Host, FakeTeams>();
const get = (host: Host) => teams.get(host)!;
// The contract's calls as TeamsJS calls: whose mailbox → who is signed in (getContext); composeNew
// → mail.composeMail. getFrom and fillCurrent never reach Teams (no mail item).
const asTeams = (calls: ContractCall[] = []): FakeTeamsCall[] =>
  calls.flatMap((c) => (c === 'sharedProperties' ? ['getContext' as const] : c === 'composeNew' ? ['composeMail' as const] : []));

async function make(setup: HostSetup): Promise<Host> {
  // The tab inside Outlook (TeamsJS's mail capability), so Create email reaches the host.
  const fake = new FakeTeams({ mail: true, fail: asTeams(setup.fail), hang: asTeams(setup.hang) });
  const host = new TeamsHost(fake, memoryStorage());
  const started = host.start();
  await vi.advanceTimersByTimeAsync(1);
  await started;
  fake.calls.length = 0;
  teams.set(host, fake);
  return host;
}

hostContract({
  name: 'TeamsHost on a stand-in Teams host',
  capabilities: { mailItem: false, releasesHandlers: false },
  make,
  fireItemChanged: () => {
    throw new Error('A tab has no mail item, so nothing fires ItemChanged.');
  },
  fireThemeChanged: (host) => get(host).setTheme('dark'),
  changeFrom: () => {
    throw new Error('A tab has no From.');
  },
  fromReads: () => 0,
  itemHandlers: (host) => get(host).themeHandlers,
});

import { hostContract } from '../../test/support/hostContract';
import { MemoryHost } from './memoryHost';
import { memoryStorage, type Host } from './host';
import { defaultScenario } from './scenario';

const memory = (host: Host) => host as MemoryHost;

hostContract({
  name: 'MemoryHost',
  capabilities: { mailItem: true, releasesHandlers: true },
  make: (setup) =>
    new MemoryHost(
      { ...defaultScenario, mode: setup.mode, from: setup.from, fail: setup.fail ?? [], hang: setup.hang ?? [] },
      memoryStorage(),
    ),
  fireItemChanged: (host) => memory(host).selectItem(memory(host).currentScenario.mailbox, memory(host).currentScenario.displayName),
  fireThemeChanged: (host) => memory(host).setTheme('dark'),
  changeFrom: (host, address) => memory(host).setFrom(address),
  fromReads: (host) => memory(host).calls.getFrom,
  itemHandlers: (host) => memory(host).outlookHandlers.get('item')?.length ?? 0,
});

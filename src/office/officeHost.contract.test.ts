import { vi } from 'vitest';
import { hostContract, type ContractCall, type HostSetup } from '../../test/support/hostContract';
import { OfficeHost } from './officeHost';
import {
  composeItem,
  fail,
  hang,
  installOffice,
  ok,
  readItem,
  uninstallOffice,
  type Callback,
  type InstalledOffice,
} from '../../test/support/officeMock';
import type { Host } from './host';

interface Installed {
  office: InstalledOffice;
  from: { address: string };
  fromGetAsync: ReturnType<typeof vi.fn>;
}
const installed = new WeakMap<Host, Installed>();
const get = (host: Host) => installed.get(host)!;

/** An Office call that answers, fails or never answers, as the setup says. */
function call(setup: HostSetup, name: ContractCall, answer: (...args: unknown[]) => void) {
  if (setup.hang?.includes(name)) return hang();
  if (setup.fail?.includes(name)) return vi.fn(fail(`${name} is not available`));
  return vi.fn(answer);
}

function make(setup: HostSetup): Host {
  const from = { address: setup.from ?? 'care.vn6c2@nhs.net' };
  const fromGetAsync = call(setup, 'getFrom', (...args) =>
    (args.at(-1) as Callback)({ status: 'succeeded', value: { emailAddress: from.address, displayName: 'Amira Khan' } }),
  );
  const shared = call(setup, 'sharedProperties', ok({ owner: 'care.vn6c2@nhs.net' }));
  const composeNew = call(setup, 'composeNew', ok());
  const fill = call(setup, 'fillCurrent', ok());
  const item =
    setup.mode === 'compose'
      ? composeItem({ from: { getAsync: fromGetAsync }, getSharedPropertiesAsync: shared, to: { setAsync: fill } })
      : readItem({ getSharedPropertiesAsync: shared });
  const office = installOffice({ item, mailbox: { displayNewMessageFormAsync: composeNew } });
  const host = new OfficeHost();
  installed.set(host, { office, from, fromGetAsync });
  return host;
}

hostContract({
  name: 'OfficeHost on office-addin-mock',
  capabilities: { mailItem: true, releasesHandlers: true },
  make,
  fireItemChanged: (host) => get(host).office.fire('olkItemSelectedChanged'),
  fireThemeChanged: (host) => get(host).office.fire('officeThemeChanged', { officeTheme: { bodyBackgroundColor: '#1f1f1f' } }),
  changeFrom: (host, address) => {
    get(host).from.address = address;
  },
  fromReads: (host) => get(host).fromGetAsync.mock.calls.length,
  itemHandlers: (host) => get(host).office.handlers.get('olkItemSelectedChanged')?.length ?? 0,
  cleanup: uninstallOffice,
});

// The order a snapshot lists its signals and refusals in, the same for every host (the contract
// tests compare snapshots whole). Built per call, not at module level, so mutation testing scores it.
export function inSignalOrder<T extends { source: string }>(items: T[]): T[] {
  const order = ['user-profile', 'from', 'shared-properties'];
  return items.sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
}

// A Storage stand-in for tests whose writes fail once `full` is set, as localStorage does when its
// quota is exceeded. Shared by the draft-store and pane tests.
export function quotaStorage() {
  const data = new Map<string, string>();
  const s = {
    full: false,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (s.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    data,
  };
  return s;
}

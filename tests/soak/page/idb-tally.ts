// Counts the IndexedDB requests a page makes, by method, by wrapping the prototypes once: how many requests a vote costs, not how long they take.
export type IdbTally = Record<string, number>;

const METHODS: [string, { prototype: object }][] = [
  ['store', IDBObjectStore],
  ['index', IDBIndex],
];
const NAMES = ['add', 'put', 'get', 'getKey', 'getAll', 'getAllKeys', 'delete', 'count', 'openCursor', 'openKeyCursor'];

export interface IdbRequestCounter {
  snapshot(): IdbTally;
  diff(from: IdbTally, to: IdbTally): IdbTally;
  /** Puts the prototypes back as they were. */
  restore(): void;
}

export function countIdbRequests(): IdbRequestCounter {
  const tally: IdbTally = {};
  const originals: [Record<string, unknown>, string, unknown][] = [];
  for (const [kind, ctor] of METHODS) {
    const proto = ctor.prototype as Record<string, unknown>;
    for (const name of NAMES) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      const key = `${kind}.${name}`;
      tally[key] = 0;
      originals.push([proto, name, original]);
      proto[name] = function (this: unknown, ...args: unknown[]) {
        tally[key]! += 1;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  }
  return {
    snapshot: () => ({ ...tally }),
    diff: (from, to) => Object.fromEntries(Object.keys(to).map((k) => [k, to[k]! - (from[k] ?? 0)]).filter(([, n]) => (n as number) > 0)),
    restore() {
      for (const [proto, name, original] of originals.splice(0)) proto[name] = original;
    },
  };
}

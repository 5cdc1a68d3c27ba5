// A collector's short memory of terminals' device tokens and of what their votes may name: POST /votes spared three queries a request.
import type { Db } from '../store/database';

/**
 * How long an answer is reused. Writes made through this collector clear the cache at once
 * (installAccessControl); a write made through another collector on the same PostgreSQL, or by
 * `npm run admin`, takes effect here within this time (docs/deploy.md, "Several collectors").
 */
export const TERMINAL_CACHE_TTL_MS = 2_000;
/** Beyond this many entries expired ones are swept, then all if still too many: a bound on memory, not a tuning knob. */
const MAX_ENTRIES = 20_000;

interface Entry {
  value: unknown;
  /** On the monotonic clock: an entry lives TTL from the moment before its query started. */
  expires: number;
}

export class TerminalCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by clear(): an answer whose query started before a clear is used once, never kept. */
  private generation = 0;

  constructor(
    readonly ttlMs = TERMINAL_CACHE_TTL_MS,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /**
   * The value under `key`, loaded by `load` when absent or older than the TTL. null (a token
   * unknown or revoked) is never kept: a terminal paired a moment ago must be let in at once.
   */
  async remember<T>(key: string, load: () => Promise<T | null>): Promise<T | null> {
    const startedAt = this.clock();
    const kept = this.entries.get(key);
    if (kept && kept.expires > startedAt) return kept.value as T;
    const generation = this.generation;
    const value = await load();
    // Counted from before the query: whatever was committed before then, the answer shows, so a
    // change is seen no later than TTL after it was committed, wherever it was made.
    if (value !== null && generation === this.generation) this.keep(key, { value, expires: startedAt + this.ttlMs });
    return value;
  }

  private readonly clearListeners = new Set<() => void>();

  /**
   * Forgets everything (a terminal, office, service or reason may have changed). `fromPeer`: told
   * by another collector, which has announced it already (not announced again).
   */
  clear(options: { fromPeer?: boolean } = {}): void {
    this.generation += 1;
    this.entries.clear();
    if (!options.fromPeer) for (const listener of this.clearListeners) listener();
  }

  /** Called at each clear made here: the realtime layer tells the other collectors (socket.ts). */
  onClear(listener: () => void): () => void {
    this.clearListeners.add(listener);
    return () => this.clearListeners.delete(listener);
  }

  get size(): number {
    return this.entries.size;
  }

  private keep(key: string, entry: Entry): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const now = this.clock();
      for (const [k, e] of this.entries) if (e.expires <= now) this.entries.delete(k);
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    }
    this.entries.set(key, entry);
  }
}

const caches = new WeakMap<Db, TerminalCache>();

/** The cache of one collector's database handle: two collectors in one process (tests) each have their own, as two processes would. */
export function terminalCacheOf(db: Db): TerminalCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new TerminalCache();
    caches.set(db, cache);
  }
  return cache;
}

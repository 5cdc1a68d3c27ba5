// Group commit: requests that arrive while a transaction is writing wait for the next one, which
// stores them all with one commit (one fsync) instead of one each. Every request is still answered
// only after the transaction holding its votes has committed.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../store/database';
import type { NewVote } from '../store/insert-votes';
import { storeVotes } from './store-votes';

interface Pending {
  candidates: readonly NewVote[];
  resolve: (fresh: NewVote[]) => void;
  reject: (err: unknown) => void;
}

/** Enough to keep a transaction's statements well under a second on a small machine. */
const DEFAULT_MAX_VOTES = 5000;

export class WriteBuffer {
  private queue: Pending[] = [];
  private writing: Promise<void> | null = null;
  /** Transactions committed and requests they carried, for /metrics and the bench. */
  readonly stats = { transactions: 0, requests: 0 };

  constructor(
    private readonly db: Db,
    private readonly maxVotes = DEFAULT_MAX_VOTES,
    /** Called when a transaction that wrote votes has committed (server/store/store-health.ts). */
    private readonly onWritten: () => void = () => {},
  ) {}

  /**
   * Stores the votes (ids already stored are skipped) and resolves with those that were new.
   * No timer: a lone request is written after one turn of the event loop; a busy collector groups
   * whatever arrived meanwhile, so the group grows with the load.
   */
  store(candidates: readonly NewVote[]): Promise<NewVote[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ candidates, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.writing || this.queue.length === 0) return;
    // Looking at the queue again once done: a request may arrive between the drain's last look and its end.
    this.writing = this.drain().finally(() => {
      this.writing = null;
      this.kick();
    });
  }

  /** Resolves once everything submitted so far is written (for a clean stop). */
  async flushed(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      // One turn of the event loop before each group: the requests whose bytes have arrived run up
      // to store() and join it. Without it, on SQLite nothing ever joined: better-sqlite3 answers
      // synchronously, so a request ran from its first query through its commit (fsync included)
      // in microtasks, before the next request was even parsed: one transaction per request
      // (see docs/performance.md, Capacity). PostgreSQL answers asynchronously and grouped anyway.
      await nextTurn();
      const group: Pending[] = [];
      let votes = 0;
      while (this.queue.length > 0 && (group.length === 0 || votes + this.queue[0]!.candidates.length <= this.maxVotes)) {
        const next = this.queue.shift()!;
        group.push(next);
        votes += next.candidates.length;
      }
      try {
        const fresh = await this.write(group);
        group.forEach((p, i) => p.resolve(fresh[i]!));
      } catch (err) {
        if (group.length === 1) group[0]!.reject(err);
        // One request's failure must not fail the others that happened to share its transaction.
        else for (const p of group) await this.write([p]).then(([fresh]) => p.resolve(fresh!), p.reject);
      }
    }
  }

  /** One transaction for the whole group; a vote id sent by two requests at once belongs to the first. */
  private async write(group: readonly Pending[]): Promise<NewVote[][]> {
    const owner = new Map<string, number>();
    const unique: NewVote[] = [];
    group.forEach((p, i) => {
      for (const v of p.candidates) {
        if (owner.has(v.row.id)) continue;
        owner.set(v.row.id, i);
        unique.push(v);
      }
    });
    const inserted = await this.db.transaction().execute((trx) => storeVotes(trx, unique));
    if (inserted.length > 0) this.onWritten();
    this.stats.transactions += 1;
    this.stats.requests += group.length;
    const fresh: NewVote[][] = group.map(() => []);
    for (const v of inserted) fresh[owner.get(v.row.id)!]!.push(v);
    return fresh;
  }
}

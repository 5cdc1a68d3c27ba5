// A rate-limit store in the database, so that limits hold across every collector process.
import { sql } from 'kysely';
import type { Db } from '../store/database';
import { perTurnPerStore } from '../store/per-turn';
import { postgresTime, sharedTime } from '../store/shared-clock';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

interface Count {
  key: string;
  /** How long the key's window lasts if this count starts a new one, in ms. */
  windowMs: number;
}

/**
 * The counts of one turn of the event loop in one statement (server/store/per-turn.ts): every vote
 * request counts against its terminal's limit, and under load a turn reads many. Per key, the
 * window restarts when it has passed, otherwise it goes up by the turn's counts; each caller gets its
 * own place in that sum, as if they had counted one after the other.
 *
 * Windows start and end by PostgreSQL's clock, read in this statement (server/store/shared-clock.ts):
 * by each collector's own, one whose clock ran a window's length ahead saw every other's window
 * over and restarted it at each request, and the limit no longer held.
 */
async function countTogether(db: Db, counts: readonly Count[]): Promise<{ current: number; ttl: number }[]> {
  const added = new Map<string, { n: number; windowMs: number }>();
  const place = counts.map((c) => {
    const k = added.get(c.key) ?? { n: 0, windowMs: c.windowMs };
    added.set(c.key, { ...k, n: k.n + 1 });
    return k.n;
  });
  const keys = [...added.keys()];
  const now = postgresTime();
  const { rows } = await sql<{ key: string; count: number; reset_at: string; now: string }>`insert into rate_limits (key, count, reset_at)
    select key, n, ${postgresTime(sql<number>`w`)} from unnest(${keys}::text[], ${keys.map((k) => added.get(k)!.n)}::integer[], ${keys.map((k) => added.get(k)!.windowMs)}::double precision[]) as turn(key, n, w)
    on conflict (key) do update set
      count = case when rate_limits.reset_at <= ${now} then excluded.count else rate_limits.count + excluded.count end,
      reset_at = case when rate_limits.reset_at <= ${now} then excluded.reset_at else rate_limits.reset_at end
    returning key, count, reset_at, ${now} as now`.execute(db);
  const after = new Map(rows.map((r) => [r.key, r]));
  return counts.map((c, i) => {
    const row = after.get(c.key)!;
    // The turn's counts of a key are the last ones added: the i-th of them is this caller's.
    return { current: Number(row.count) - added.get(c.key)!.n + 1 + place[i]!, ttl: Math.max(0, Date.parse(row.reset_at) - Date.parse(row.now)) };
  });
}

const count = perTurnPerStore(countTogether);

/**
 * @fastify/rate-limit's store interface (incr and child), on PostgreSQL only (SQLite has one process,
 * which counts in memory). The counts go in one statement per turn of the event loop, outside any
 * transaction, on a table PostgreSQL keeps out of its write-ahead log (migration 032): no wait for the
 * disk, which a request must not wait for when a counter lost in a crash only gives a caller a few
 * more tries.
 */
export class SharedRateLimitStore {
  constructor(
    private readonly db: Db,
    private readonly prefix = '',
  ) {}

  incr(key: string, cb: Callback, timeWindow: number, _max: number): void {
    count(this.db, { key: `${this.prefix}${key}`, windowMs: timeWindow }).then(
      (r) => cb(null, r),
      (err: unknown) => cb(err instanceof Error ? err : new Error(String(err))),
    );
  }

  child(routeOptions: { routeInfo?: { method?: string | string[]; url?: string } }): SharedRateLimitStore {
    const route = routeOptions.routeInfo;
    return new SharedRateLimitStore(this.db, `${[route?.method ?? ''].flat().join(',')} ${route?.url ?? ''}|`);
  }
}

/**
 * Forgets windows that ended: run now and then (by one process: see leases). Ended by the clock that
 * counted them (PostgreSQL's): a sweeping collector whose clock ran ahead deleted windows still open.
 */
export async function sweepRateLimits(db: Db, now: Date): Promise<number> {
  const res = await db.deleteFrom('rate_limits').where('reset_at', '<=', sharedTime(db, now)).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** @fastify/rate-limit constructs its store itself (`new Store(options)`): a class bound to this database. */
export function sharedRateLimitStore(db: Db) {
  return class extends SharedRateLimitStore {
    constructor() {
      super(db);
    }
  };
}

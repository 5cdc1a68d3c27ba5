// A rate-limit store in the database, so that limits hold across every collector process.
import { sql } from 'kysely';
import type { Db } from '../store/database';
import { precompiled } from '../store/precompiled';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * One count: the window restarts when it has passed, otherwise the count goes up. Compiled once
 * per store (server/store/precompiled.ts): every vote request runs it.
 */
const countOne = precompiled<{ count: number; reset_at: string }>((db, [key, now, resetAt]) =>
  db
    .insertInto('rate_limits')
    .values({ key: key!, count: 1, reset_at: resetAt! })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when ${sql.ref('rate_limits.reset_at')} <= ${now} then 1 else ${sql.ref('rate_limits.count')} + 1 end`,
        reset_at: sql`case when ${sql.ref('rate_limits.reset_at')} <= ${now} then ${resetAt} else ${sql.ref('rate_limits.reset_at')} end`,
      }),
    )
    .returning(['count', 'reset_at']),
);

/**
 * @fastify/rate-limit's store interface (incr and child). One statement per request, outside any
 * transaction, on a table PostgreSQL keeps out of its write-ahead log (migration 032): no round
 * trip but the statement's, and no wait for the disk, which a request must not wait for when a
 * counter lost in a crash only gives a caller a few more tries.
 */
export class SharedRateLimitStore {
  constructor(
    private readonly db: Db,
    private readonly prefix = '',
  ) {}

  incr(key: string, cb: Callback, timeWindow: number, _max: number): void {
    const now = new Date();
    const resetAt = new Date(now.getTime() + timeWindow).toISOString();
    countOne(this.db, [`${this.prefix}${key}`, now.toISOString(), resetAt]).then(
      ([row]) => cb(null, { current: Number(row!.count), ttl: Math.max(0, Date.parse(row!.reset_at) - now.getTime()) }),
      (err: unknown) => cb(err instanceof Error ? err : new Error(String(err))),
    );
  }

  child(routeOptions: { routeInfo?: { method?: string | string[]; url?: string } }): SharedRateLimitStore {
    const route = routeOptions.routeInfo;
    return new SharedRateLimitStore(this.db, `${[route?.method ?? ''].flat().join(',')} ${route?.url ?? ''}|`);
  }
}

/** Forgets windows that ended: run now and then (by one process: see leases). */
export async function sweepRateLimits(db: Db, now: Date): Promise<number> {
  const res = await db.deleteFrom('rate_limits').where('reset_at', '<=', now.toISOString()).executeTakeFirst();
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

// A rate-limit store in the database, so that limits hold across every collector process.
import { sql } from 'kysely';
import type { Db } from '../store/database';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * @fastify/rate-limit's store interface (incr and child). One upsert per request: the window
 * restarts when it has passed, otherwise the count goes up. Its writes need no fsync of their
 * own (synchronous_commit off for the statement's transaction): a counter lost in a crash only
 * gives a caller a few more tries, and the request must not wait for the disk.
 */
export class SharedRateLimitStore {
  constructor(
    private readonly db: Db,
    private readonly prefix = '',
  ) {}

  incr(key: string, cb: Callback, timeWindow: number, _max: number): void {
    const now = new Date();
    const resetAt = new Date(now.getTime() + timeWindow).toISOString();
    const full = `${this.prefix}${key}`;
    this.db
      .transaction()
      .execute(async (trx) => {
        await sql`set local synchronous_commit = off`.execute(trx);
        return trx
          .insertInto('rate_limits')
          .values({ key: full, count: 1, reset_at: resetAt })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              count: sql`case when ${sql.ref('rate_limits.reset_at')} <= ${now.toISOString()} then 1 else ${sql.ref('rate_limits.count')} + 1 end`,
              reset_at: sql`case when ${sql.ref('rate_limits.reset_at')} <= ${now.toISOString()} then ${resetAt} else ${sql.ref('rate_limits.reset_at')} end`,
            }),
          )
          .returning(['count', 'reset_at'])
          .executeTakeFirstOrThrow();
      })
      .then(
        (row) => cb(null, { current: Number(row.count), ttl: Math.max(0, Date.parse(row.reset_at) - now.getTime()) }),
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

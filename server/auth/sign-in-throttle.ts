// Wrong passwords counted per e-mail and address: the lock falls on the guesser's address only.
import { sql } from 'kysely';
import type { Db } from '../store/database';
import { inCallersTime, sharedTime } from '../store/shared-clock';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/*
 * Locks start, end and are compared by the clock every collector shares (server/store/shared-clock.ts:
 * PostgreSQL's; SQLite's one process uses `now`). By each collector's own, one whose clock ran ahead
 * saw a lock over early and let the guesser go on, and one behind set locks that had already ended.
 * What the functions return is still said in the caller's time (`now` plus the time left), which is
 * the time the caller tells the person with.
 */

/** When the pair (e-mail typed, address) may try again, or null when it may now. */
export async function lockedUntil(db: Db, email: string, address: string, now: Date): Promise<string | null> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .select(['locked_until', sharedTime(db, now).as('now')])
    .where('email', '=', email)
    .where('address', '=', address)
    .executeTakeFirst();
  return row?.locked_until && row.locked_until > row.now ? inCallersTime(row.locked_until, row.now, now) : null;
}

/**
 * Counts one more wrong attempt, atomically (guesses sent all at once each count); at the fifth
 * the pair is locked for 15 minutes and the count starts again. Returns the lock's end, if locked.
 */
export async function recordFailure(db: Db, email: string, address: string, now: Date): Promise<string | null> {
  const at = sharedTime(db, now);
  const { failures } = await db
    .insertInto('sign_in_throttle')
    .values({ email, address, failures: 1, locked_until: null, last_failure_at: at })
    .onConflict((oc) => oc.columns(['email', 'address']).doUpdateSet({ failures: sql`${sql.ref('sign_in_throttle.failures')} + 1`, last_failure_at: at }))
    .returning('failures')
    .executeTakeFirstOrThrow();
  if (Number(failures) < MAX_FAILED_SIGN_INS) return null;
  const lock = await db
    .updateTable('sign_in_throttle')
    .set({ failures: 0, locked_until: sharedTime(db, now, LOCKOUT_MS) })
    .where('email', '=', email)
    .where('address', '=', address)
    .returning(['locked_until', sharedTime(db, now).as('now')])
    .executeTakeFirst();
  // Gone meanwhile: a right password from the same address cleared the pair in between.
  return lock?.locked_until ? inCallersTime(lock.locked_until, lock.now, now) : null;
}

/** A right password from an address forgets its wrong ones; a new password (an admin's reset) forgets all. */
export async function clearFailures(db: Db, email: string, address?: string): Promise<void> {
  let q = db.deleteFrom('sign_in_throttle').where('email', '=', email);
  if (address !== undefined) q = q.where('address', '=', address);
  await q.execute();
}

/** Old entries go: an hour after its last failure a pair starts afresh anyway (see the sweep job). */
export async function sweepSignInThrottle(db: Db, now: Date): Promise<number> {
  const res = await db.deleteFrom('sign_in_throttle').where('last_failure_at', '<', sharedTime(db, now, -LOCKOUT_MS - 60 * 60 * 1000)).executeTakeFirst();
  return Number(res.numDeletedRows);
}

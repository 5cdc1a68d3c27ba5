// Wrong passwords counted per e-mail and address (the lock falls on the guesser's address only), and
// per e-mail from every address together (the lock falls on the e-mail, but spares known browsers).
import { sql } from 'kysely';
import type { Db } from '../store/database';
import { inCallersTime, sharedTime } from '../store/shared-clock';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/**
 * The row that counts an e-mail's failures from every address together: no address key
 * (server/http/address-key.ts) is ever '*'. Without it, five guesses per address and 15 minutes
 * meant 50 guesses from 10 addresses, and an IPv6 /48 holds 65,536 /64 keys: unlimited guesses at
 * an installation admin's password.
 */
export const EVERY_ADDRESS = '*';
/**
 * NIST SP 800-63B 5.2.2 asks that failed attempts on one account be limited, to no more than 100
 * in a row. Here: 20 failures from any addresses, each within an hour of the one before, lock the
 * e-mail for an hour from every address. That is at most about 20 guesses an hour, 480 a day, at
 * one person's password, which the password rules (password-rules.ts: 12 characters, none of the
 * commonest or most obvious) make hopeless; a person who mistypes meets the per-address lock (5)
 * long before 20. A lower figure per hour rather than 100 for good: a lock that only an
 * administrator could lift would let anyone lock any manager out for ever. The person is still
 * let in from a browser they signed in from before (known-device.ts), so a guesser cannot lock
 * the real manager out of their usual PC either.
 */
export const ACCOUNT_MAX_FAILED_SIGN_INS = 20;
/** Failures further apart than this start the count again. */
export const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
/** Kept no longer than LOCKOUT_MS plus an hour: the sweep below deletes rows then, lock or not. */
export const ACCOUNT_LOCKOUT_MS = 60 * 60 * 1000;

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

/**
 * Counts one more wrong attempt on the e-mail from any address (not while the e-mail is locked:
 * those attempts are refused before any password is checked). At the 20th within the window the
 * e-mail is locked for an hour and the count starts again. Returns the lock's end to the one
 * caller that set it, and only to it (the audit records each lock once), null to every other.
 */
export async function recordAccountFailure(db: Db, email: string, now: Date): Promise<string | null> {
  const at = sharedTime(db, now);
  const failuresSoFar = sql.ref('sign_in_throttle.failures');
  const { failures } = await db
    .insertInto('sign_in_throttle')
    .values({ email, address: EVERY_ADDRESS, failures: 1, locked_until: null, last_failure_at: at })
    .onConflict((oc) =>
      oc.columns(['email', 'address']).doUpdateSet({
        failures: sql`case when ${sql.ref('sign_in_throttle.last_failure_at')} < ${sharedTime(db, now, -ACCOUNT_WINDOW_MS)} then 1 else ${failuresSoFar} + 1 end`,
        last_failure_at: at,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  if (Number(failures) < ACCOUNT_MAX_FAILED_SIGN_INS) return null;
  // Of failures counted all at once past the limit, the first update takes the count back to 0: the
  // others find nothing to lock.
  const lock = await db
    .updateTable('sign_in_throttle')
    .set({ failures: 0, locked_until: sharedTime(db, now, ACCOUNT_LOCKOUT_MS) })
    .where('email', '=', email)
    .where('address', '=', EVERY_ADDRESS)
    .where('failures', '>=', ACCOUNT_MAX_FAILED_SIGN_INS)
    .returning(['locked_until', sharedTime(db, now).as('now')])
    .executeTakeFirst();
  return lock?.locked_until ? inCallersTime(lock.locked_until, lock.now, now) : null;
}

/**
 * A right password from an address forgets its wrong ones (not the e-mail's count from every
 * address: the guesser's failures stay counted); a new password (an admin's reset) forgets all.
 */
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

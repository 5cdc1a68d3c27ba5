// Leases: a job that must run once across every collector process runs where the lease is held.
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { sharedTime } from '../store/shared-clock';

/** This process, as lease holders see it: a random id, so a restarted process is a new holder. */
export const PROCESS_ID = `${process.pid}-${randomUUID().slice(0, 8)}`;

/**
 * Takes the lease `name` for `ms`, or renews it if this holder already has it. One statement,
 * atomic on both stores: the row is taken only when free, expired or already ours. Returns
 * whether this holder has the lease now.
 *
 * On PostgreSQL the expiry is set and compared by the database's clock, in this one statement, and
 * `now` is not used: each collector's own clock made two machines whose clocks differed by more
 * than a lease both hold it (the one ahead saw the other's lease expired), and a job meant to run
 * once (a scheduled report e-mail, a sweep) ran twice. SQLite's one process uses `now`.
 */
export async function takeLease(db: Db, name: string, ms: number, now: Date, holder = PROCESS_ID): Promise<boolean> {
  const expiresAt = sharedTime(db, now, ms);
  const row = await db
    .insertInto('leases')
    .values({ name, holder, expires_at: expiresAt })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expires_at: expiresAt })
        .where((eb) => eb.or([eb('leases.holder', '=', holder), eb('leases.expires_at', '<=', sharedTime(db, now))])),
    )
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === holder;
}

/** Gives the lease back at once (a clean stop), so another process need not wait for it to expire. */
export async function releaseLease(db: Db, name: string, holder = PROCESS_ID): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
}

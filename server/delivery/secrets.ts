// The installation's own secrets: made once by whichever collector needs one first, then read by all.
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/database';

/**
 * The secret called `name`, created on first use. Every collector process of the installation
 * shares the database, so they share the secret: a link signed by one is checked by another.
 * Insert-if-absent, then read: two processes racing on the first use agree on the winner's value.
 */
export async function installationSecret(db: Db, name: string, now: Date): Promise<string> {
  const existing = await db.selectFrom('installation_secrets').select('value').where('name', '=', name).executeTakeFirst();
  if (existing) return existing.value;
  await db
    .insertInto('installation_secrets')
    .values({ name, value: randomBytes(32).toString('base64url'), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('installation_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}

// Keeps when a service was on a terminal once it is taken off, so that votes the terminal queued before still count (migration 035).
import type { Db } from '../store/database';

/** One service taken off one terminal: since when it was on it (null: from the start, as far as we know). */
export interface RemovedLink {
  terminalId: string;
  serviceId: string;
  addedAt: string | null;
}

/**
 * Records the time each link was in force, until `removedAt`; the caller deletes the links. Ingest
 * judges a vote by the set-up in force when it was cast (server/ingest/check-votes.ts), so a vote
 * queued offline before the change is neither lost nor taken for the new set-up.
 */
export async function recordFormerServices(db: Db, removed: readonly RemovedLink[], removedAt: string): Promise<void> {
  if (removed.length === 0) return;
  await db
    .insertInto('terminal_former_services')
    .values(removed.map((r) => ({ terminal_id: r.terminalId, service_id: r.serviceId, added_at: r.addedAt, removed_at: removedAt })))
    // Taken off twice at one instant (two changes in one transaction): once is the record.
    .onConflict((oc) => oc.doNothing())
    .execute();
}

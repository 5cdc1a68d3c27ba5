// Thirty-seventh schema, data only: a service archived before archiving took it off its terminals is still
// linked to them, so each edit of such a terminal sent it back and was refused as archived (a rename
// failed). Those links become former services, until the day the service was archived, as archiving now
// does (server/admin/services/archive-service.ts); ingest judges a vote for it as before (refused, held).
import type { Kysely, Migration } from 'kysely';

export const archivedServiceLinks: Migration = {
  async up(db: Kysely<any>) {
    const links: { terminal_id: string; service_id: string; added_at: string | null; archived_at: string }[] = await db
      .selectFrom('terminal_services')
      .innerJoin('services', 'services.id', 'terminal_services.service_id')
      .innerJoin('terminals', 'terminals.id', 'terminal_services.terminal_id')
      .select(['terminal_services.terminal_id', 'terminal_services.service_id', 'terminal_services.added_at', 'services.archived_at'])
      .where('services.archived_at', 'is not', null)
      // An archived terminal is edited no more: its list stays as it was when it was archived.
      .where('terminals.archived_at', 'is', null)
      .execute();
    for (const l of links) {
      await db
        .insertInto('terminal_former_services')
        .values({ terminal_id: l.terminal_id, service_id: l.service_id, added_at: l.added_at, removed_at: l.archived_at })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await db.deleteFrom('terminal_services').where('terminal_id', '=', l.terminal_id).where('service_id', '=', l.service_id).execute();
    }
  },
};

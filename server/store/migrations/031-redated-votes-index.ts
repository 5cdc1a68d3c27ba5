// Thirty-first schema: the votes a terminal's wrong clock got re-dated, findable per terminal. The terminals
// page names each terminal whose votes the collector re-dated over the last days (server/terminals/
// get-redated-votes.ts), and votes had no index on the terminal: that count read every vote of the
// installation. Partial, on the re-dated votes only (a handful in millions, 203 of 10 million in the
// national bench of docs/performance.md; the web, QR and phone channels' votes, dated at arrival by design,
// are 'arrival' since migration 030). A vote told by a good clock adds no entry, so ingest pays next to
// nothing for it; the query names the same condition, so both SQLite and PostgreSQL use it.
// Building it reads the votes table once, at the upgrade.
import { sql, type Kysely, type Migration } from 'kysely';

export const redatedVotesIndex: Migration = {
  async up(db: Kysely<unknown>) {
    // counted_at is the arrival for these votes: a terminal's last days are one range of its entries. With
    // time_source too the index covers the query, and the table is not visited for each vote.
    await db.schema
      .createIndex('votes_terminal_redated')
      .on('votes')
      .columns(['terminal_id', 'counted_at', 'time_source'])
      .where(sql.ref('time_source'), '=', 'collector')
      .execute();
  },
};

// Twenty-third schema: whole months per office, service and channel as totals only, like migration
// 022's day and weekday x hour rollups (issue 6, docs/performance.md). Every report reads whole
// months through this table (the period's figures per service and channel, the comparisons, the
// charter, the monthly trend, an administration's offices) and so does the public page; split by
// scale and face, an office's year was about 2,000 rows per statement, four statements a report.
// It replaces face_counts_month, whose every reader now reads this: no more rollups for ingest.
import { sql, type Kysely, type Migration } from 'kysely';
import { TALLY_NAMES, tallyNames, tallySums } from './022-totals-rollups';
import { onPostgres } from '../on-postgres';

export const monthTotals: Migration = {
  async up(db: Kysely<any>) {
    const postgres = onPostgres(db);
    await db.schema
      .createTable('tally_month')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .$call((b) => TALLY_NAMES.reduce((t, c) => t.addColumn(c, 'integer', (col) => col.notNull().defaultTo(0)), b))
      .addPrimaryKeyConstraint('tally_month_pk', ['office_id', 'month', 'service_id', 'channel'])
      // On SQLite in key order (see migration 022): an office's months are one range of the table.
      .$call((b) => (postgres ? b : b.modifyEnd(sql`without rowid`)))
      .execute();
    // From the rollup it replaces, not from the votes (retention may have removed some).
    await sql`insert into tally_month (office_id, month, service_id, channel, ${tallyNames})
      select office_id, month, service_id, channel, ${tallySums()} from face_counts_month group by office_id, month, service_id, channel`.execute(db);
    // Its covering index (migration 021) goes with it.
    await db.schema.dropTable('face_counts_month').execute();
  },
};

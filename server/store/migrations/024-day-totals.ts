// Twenty-fourth schema: the days at a period's edges as totals only, like migrations 022 and 023
// (issue 6, docs/performance.md). An office's 12 months across month edges read its edge days
// from the per-face rollups: the day rollup per service and channel (three statements of up to
// 1,450 rows an edge on the national file) and the hour rollup for the heatmap (4,768 rows an
// edge), each row one scale and face. What those reads show fits one row of totals per key:
// - tally_day (office, day, service, channel) replaces face_counts_day, whose every reader reads it
//   now (the period's figures, comparisons and charter parts, the trend per service, an
//   administration's edge days per channel, the CSV/XLSX days table, which shows each face's votes
//   with the scales together, as the tally keeps them);
// - tally_office_hour (office, day, hour), every service and channel together: the heatmap's edge
//   days and the office's holidays. face_counts, the per-face hour rollup, stays: it is the one
//   rollup at the votes' own grain, which the ingest tests and the capacity bench count votes by.
import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';
import { TALLY_NAMES, tallyNames, tallySums } from './022-totals-rollups';
import { onPostgres } from '../on-postgres';

export const dayTotals: Migration = {
  async up(db: Kysely<any>) {
    const postgres = onPostgres(db);
    const tallies = (b: CreateTableBuilder<any, any>) => TALLY_NAMES.reduce((t, c) => t.addColumn(c, 'integer', (col) => col.notNull().defaultTo(0)), b);
    // On SQLite in key order (see migration 022): an office's days are one range of the table.
    const clustered = (b: CreateTableBuilder<any, any>) => (postgres ? b : b.modifyEnd(sql`without rowid`));

    await db.schema
      .createTable('tally_day')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .$call(tallies)
      .addPrimaryKeyConstraint('tally_day_pk', ['office_id', 'day', 'service_id', 'channel'])
      .$call(clustered)
      .execute();
    await db.schema
      .createTable('tally_office_hour')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('hour', 'integer', (c) => c.notNull())
      .$call(tallies)
      .addPrimaryKeyConstraint('tally_office_hour_pk', ['office_id', 'day', 'hour'])
      .$call(clustered)
      .execute();

    // From the rollups, not from the votes: they count exactly the counted votes (misuse out),
    // including votes that retention has since removed.
    await sql`insert into tally_day (office_id, day, service_id, channel, ${tallyNames})
      select office_id, day, service_id, channel, ${tallySums()} from face_counts_day group by office_id, day, service_id, channel`.execute(db);
    await sql`insert into tally_office_hour (office_id, day, hour, ${tallyNames})
      select office_id, day, hour, ${tallySums()} from face_counts group by office_id, day, hour`.execute(db);

    // Its covering index (migration 021) goes with it.
    await db.schema.dropTable('face_counts_day').execute();
  },
};

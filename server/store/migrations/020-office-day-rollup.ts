// Twentieth schema: votes per office, day, scale and face, every service and channel together. An
// office's daily series over a year read 37,373 rows of face_counts_day (kept per service and
// channel) to return 2,743 on the national bench; this rollup holds just those rows (issue 6,
// docs/performance.md). Ingest adds to it in the vote's own transaction like every other rollup.
import { sql, type Kysely, type Migration } from 'kysely';

export const officeDayRollup: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('face_counts_office_day')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('scale', 'integer', (c) => c.notNull())
      .addColumn('face', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      // In the order the daily series groups by: the read is a range of the key, no sort.
      .addPrimaryKeyConstraint('face_counts_office_day_pk', ['office_id', 'day', 'scale', 'face'])
      .execute();
    // From the day rollup rather than the votes: it already counts exactly the counted votes (misuse
    // out, votes removed by retention still in), and migration 008's index reads it in this order.
    await sql`insert into face_counts_office_day (office_id, day, scale, face, count)
      select office_id, day, scale, face, sum(count) from face_counts_day group by office_id, day, scale, face`.execute(db);
  },
};

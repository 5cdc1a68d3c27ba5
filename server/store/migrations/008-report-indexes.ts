// Eighth schema: indexes that let the reports of a large installation read rollups in the order they group
// them, without visiting the table row by row. Measured by `npm run bench:reports` (docs/performance.md).
import type { Kysely, Migration } from 'kysely';

export const reportIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    // An office's services (every office report) started from a scan of every terminal's services.
    await db.schema.createIndex('terminals_office').on('terminals').column('office_id').execute();
    // An office's daily series over a year: 365 days x services x channels x faces, grouped by day
    // and face. Covering, in that order: no lookup of each row, no sort.
    await db.schema.createIndex('face_counts_day_office_faces').on('face_counts_day').columns(['office_id', 'day', 'scale', 'face', 'count']).execute();
    // The installation's reports and bulletins ask by month across every administration: the
    // primary key starts with the administration, so without this they read the whole table.
    await db.schema.createIndex('face_counts_admin_month_month').on('face_counts_admin_month').columns(['month', 'channel', 'scale', 'face', 'count']).execute();
    // People served on a period's edge days: the primary key puts service and channel before the
    // day, so each edge read every day the office ever had. Key columns only, which votes never update.
    await db.schema.createIndex('participation_day_office_day').on('participation_day').columns(['office_id', 'day']).execute();
    // Who reported in a span of months: one seek per terminal, covering (the primary key lacks the count).
    await db.schema.createIndex('terminal_counts_month_terminal').on('terminal_counts_month').columns(['terminal_id', 'month', 'count']).execute();
  },
};

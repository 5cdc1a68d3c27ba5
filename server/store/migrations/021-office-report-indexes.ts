// Twenty-first schema: covering indexes for the rollups an office's report reads by the thousand rows.
// Their primary keys lack the count, so every row was a lookup in the table, where an office's rows
// lie scattered among those of 760 others (the national bench, issue 6): the months of a year, the
// weekday x hour heatmap and the hour-level edge days of a period read thousands of pages for a few
// thousand rows. With the count in the index an office's rows sit side by side and the table is not
// visited. The price is one more index entry to update per rollup row a vote batch changes.
import type { Kysely, Migration } from 'kysely';

export const officeReportIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    // Whole months of a period: per service (and channel) in the office report, per office in an administration's.
    await db.schema.createIndex('face_counts_month_office_covering').on('face_counts_month').columns(['office_id', 'month', 'service_id', 'channel', 'scale', 'face', 'count']).execute();
    // The heatmap's whole months.
    await db.schema.createIndex('face_counts_weekhour_office_covering').on('face_counts_weekhour').columns(['office_id', 'month', 'weekday', 'hour', 'scale', 'face', 'count']).execute();
    // A period's edge days per service and channel, the trend per service by day, the CSV export. It
    // replaces migration 008's index without the service and channel, whose one reader (an office's
    // daily series) now reads face_counts_office_day: the same number of indexes to keep up to date.
    await db.schema.createIndex('face_counts_day_office_covering').on('face_counts_day').columns(['office_id', 'day', 'service_id', 'channel', 'scale', 'face', 'count']).execute();
    await db.schema.dropIndex('face_counts_day_office_faces').execute();
    // The heatmap's edge days and holidays: in the order they are grouped (day, hour, scale, face), no sort.
    await db.schema.createIndex('face_counts_office_hours').on('face_counts').columns(['office_id', 'day', 'hour', 'scale', 'face', 'count']).execute();
  },
};

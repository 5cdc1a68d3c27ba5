// Fifteenth schema: misuse. A tap too soon after the previous one (the response interval of
// commercial smiley terminals) or one of a burst is stored, flagged, and left out of the figures;
// how many were flagged is kept in a rollup of its own, so managers see it.
import type { Kysely, Migration } from 'kysely';

export const voteFlags: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('votes').addColumn('flag', 'text').execute();
    // Per terminal; the defaults suit a counter and a busy totem alike (docs/metrics.md, "Misuse").
    await db.schema.alterTable('terminals').addColumn('min_interval_seconds', 'integer', (c) => c.notNull().defaultTo(3)).execute();
    await db.schema.alterTable('terminals').addColumn('burst_per_minute', 'integer', (c) => c.notNull().defaultTo(8)).execute();
    // The recent taps of each terminal, so that a burst spread over several batches is still seen.
    await db.schema
      .createTable('terminal_tap_clock')
      .addColumn('terminal_id', 'text', (c) => c.primaryKey())
      .addColumn('last_tap_at', 'text', (c) => c.notNull())
      .addColumn('recent', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('flagged_counts')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('flag', 'text', (c) => c.notNull())
      .addColumn('face', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('flagged_counts_pk', ['office_id', 'day', 'service_id', 'channel', 'flag', 'face'])
      .execute();
  },
};

// Fourth schema: what several collector processes must share beyond the data itself: request
// counters for rate limits, and leases so that a job meant to run once runs once.
import type { Kysely, Migration } from 'kysely';

export const sharedState: Migration = {
  async up(db: Kysely<any>) {
    // One row per limited key (route and caller); a window restarts when reset_at has passed.
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('reset_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rate_limits_reset_at').on('rate_limits').column('reset_at').execute();

    // A job (a scheduled report, a sweep) runs where it holds the lease; the lease lapses if its holder dies.
    await db.schema
      .createTable('leases')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('holder', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
  },
};

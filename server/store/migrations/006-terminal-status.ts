// Sixth schema: each terminal's last reported state (heartbeat): queue, version, storage.
import type { Kysely, Migration } from 'kysely';

export const terminalStatus: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('terminal_status')
      .addColumn('terminal_id', 'text', (c) => c.primaryKey().references('terminals.id'))
      .addColumn('reported_at', 'text', (c) => c.notNull())
      .addColumn('app_version', 'text', (c) => c.notNull())
      .addColumn('pending', 'integer', (c) => c.notNull())
      .addColumn('held', 'integer', (c) => c.notNull())
      .addColumn('oldest_queued_at', 'text')
      .addColumn('last_delivery_at', 'text')
      .addColumn('storage_usage', 'bigint')
      .addColumn('storage_quota', 'bigint')
      .addColumn('persisted', 'integer')
      .execute();
  },
};

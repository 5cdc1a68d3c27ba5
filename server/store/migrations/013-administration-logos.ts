// Thirteenth schema: an administration's logo, shown in the header of its PDF reports.
import type { Kysely, Migration } from 'kysely';

export const administrationLogos: Migration = {
  async up(db: Kysely<any>) {
    // One row per administration that uploaded one. The image is kept as base64 text (at most
    // ~270 KB for a 200 KB file): the same column type in SQLite and PostgreSQL, so copies,
    // backups and restores treat it like any other text.
    await db.schema
      .createTable('administration_logos')
      .addColumn('administration_id', 'text', (c) => c.primaryKey().references('administrations.id'))
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('uploaded_at', 'text', (c) => c.notNull())
      .addColumn('uploaded_by', 'text')
      .execute();
  },
};

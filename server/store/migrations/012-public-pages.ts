// Twelfth schema: an administration's public transparency page (issue 8): whether it is published,
// under which licence its open data go out, and the note it shows. No row means "not published".
import type { Kysely, Migration } from 'kysely';

export const publicPages: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('public_pages')
      .addColumn('administration_id', 'text', (c) => c.primaryKey().references('administrations.id'))
      // 0 or 1: the same integer in SQLite and PostgreSQL, as terminal_status.persisted.
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
      // A licence id of server/contract/public-page.ts (CC-BY-4.0 by default).
      .addColumn('licence', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .execute();
  },
};

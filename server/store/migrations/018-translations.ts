// Eighteenth schema: what an administrator translated. A service's name and a reason's label in the
// terminal's other languages, one row per language; no row means the terminal shows the Italian one.
import type { Kysely, Migration } from 'kysely';

export const translations: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('service_translations')
      .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('service_translations_pk', ['service_id', 'language'])
      .execute();
    await db.schema
      .createTable('reason_translations')
      .addColumn('reason_id', 'text', (c) => c.notNull().references('reasons.id'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reason_translations_pk', ['reason_id', 'language'])
      .execute();
  },
};

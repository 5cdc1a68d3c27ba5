// Second schema: people, sessions, roles, terminal enrolment, office details, charter standards, audit log.
import type { Kysely, Migration } from 'kysely';

export const peopleAndEnrolment: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('administrations').addColumn('archived_at', 'text').execute();

    await db.schema.alterTable('offices').addColumn('address', 'text', (c) => c.notNull().defaultTo('')).execute();
    // JSON text: read and written whole, never queried inside, so one column beats two tables.
    await db.schema.alterTable('offices').addColumn('opening_hours', 'text', (c) => c.notNull().defaultTo('{}')).execute();
    await db.schema.alterTable('offices').addColumn('holidays', 'text', (c) => c.notNull().defaultTo('[]')).execute();

    await db.schema.alterTable('services').addColumn('standard_min_positive_pct', 'integer').execute();

    // A terminal holds at most one live device token and one live pairing code; both stored hashed.
    await db.schema.alterTable('terminals').addColumn('token_hash', 'text').execute();
    await db.schema.alterTable('terminals').addColumn('enrolled_at', 'text').execute();
    await db.schema.alterTable('terminals').addColumn('revoked_at', 'text').execute();
    await db.schema.alterTable('terminals').addColumn('pairing_hash', 'text').execute();
    await db.schema.alterTable('terminals').addColumn('pairing_expires_at', 'text').execute();
    await db.schema.alterTable('terminals').addColumn('last_seen_at', 'text').execute();
    await db.schema.createIndex('terminals_token_hash').on('terminals').column('token_hash').unique().execute();
    await db.schema.createIndex('terminals_pairing_hash').on('terminals').column('pairing_hash').unique().execute();

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('failed_sign_ins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('disabled_at', 'text')
      .addColumn('last_sign_in_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('grants')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('administration_id', 'text', (c) => c.references('administrations.id'))
      .addColumn('office_id', 'text', (c) => c.references('offices.id'))
      .execute();
    await db.schema.createIndex('grants_user').on('grants').column('user_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_email', 'text')
      .addColumn('administration_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_administration_at').on('audit_log').columns(['administration_id', 'at']).execute();
  },
};

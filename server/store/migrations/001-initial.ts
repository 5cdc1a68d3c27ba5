// First schema: administrations, offices, services, reasons, terminals, votes and their aggregates.
import { sql, type Kysely, type Migration } from 'kysely';

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('administrations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('offices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('services')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('reasons')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('dimension', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('archived_at', 'text')
      .addUniqueConstraint('reasons_administration_code', ['administration_id', 'code'])
      .execute();

    await db.schema
      .createTable('terminals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('office_id', 'text', (c) => c.notNull().references('offices.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('counter', 'totem')`))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('scale', 'integer', (c) => c.notNull())
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('terminal_services')
      .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
      .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('terminal_services_pk', ['terminal_id', 'service_id'])
      .execute();

    // The primary key on the terminal's UUID is what makes a resent vote harmless.
    await db.schema
      .createTable('votes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      .addColumn('office_id', 'text', (c) => c.notNull().references('offices.id'))
      .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
      .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('face', 'text', (c) => c.notNull())
      .addColumn('follow_up', 'text', (c) => c.notNull())
      .addColumn('cast_at', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('counted_at', 'text', (c) => c.notNull())
      .addColumn('time_source', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('hour', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('votes_office_day').on('votes').columns(['office_id', 'day']).execute();

    await db.schema
      .createTable('vote_reasons')
      .addColumn('vote_id', 'text', (c) => c.notNull().references('votes.id'))
      .addColumn('reason_id', 'text', (c) => c.notNull().references('reasons.id'))
      .addPrimaryKeyConstraint('vote_reasons_pk', ['vote_id', 'reason_id'])
      .execute();

    // Aggregates: keyed so that a report (one office, a range of days) reads one index range.
    await db.schema
      .createTable('face_counts')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('hour', 'integer', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('face', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('face_counts_pk', ['office_id', 'day', 'hour', 'service_id', 'channel', 'face'])
      .execute();

    await db.schema
      .createTable('reason_counts')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('reason_id', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('reason_counts_pk', ['office_id', 'day', 'service_id', 'channel', 'reason_id'])
      .execute();

    await db.schema
      .createTable('follow_up_counts')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('follow_up', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('follow_up_counts_pk', ['office_id', 'day', 'service_id', 'channel', 'follow_up'])
      .execute();
  },
};

// Third schema: what reports an office manager acts on need. The scale each vote was cast on
// (the index depends on it), rollups at the granularities reports read (day, month, weekday x
// hour, administration month), late and re-dated arrivals, participation, the charter's history
// and the administrations' API keys.
import { sql, type Kysely, type Migration } from 'kysely';
import { backfillRollups } from './003-backfill';

const ROLLUP_KEYS = {
  face_counts_day: ['office_id', 'day', 'service_id', 'channel', 'scale', 'face'],
  face_counts_month: ['office_id', 'month', 'service_id', 'channel', 'scale', 'face'],
  face_counts_weekhour: ['office_id', 'month', 'weekday', 'hour', 'scale', 'face'],
  face_counts_admin_month: ['administration_id', 'month', 'channel', 'scale', 'face'],
  reason_counts_month: ['office_id', 'month', 'service_id', 'channel', 'reason_id'],
  follow_up_counts_month: ['office_id', 'month', 'service_id', 'channel', 'follow_up'],
  arrival_counts: ['office_id', 'day', 'received_day', 'time_source'],
  terminal_counts_month: ['terminal_id', 'month'],
} as const;

const INTEGER_KEYS = new Set(['scale', 'weekday', 'hour']);

export const reportRollups: Migration = {
  async up(db: Kysely<any>) {
    // The scale of a vote: until now only the terminal knew it. Old votes take their terminal's
    // scale, or the five-face scale when their face is not on it (every face is on that one).
    await db.schema.alterTable('votes').addColumn('scale', 'integer', (c) => c.notNull().defaultTo(3)).execute();
    await sql`update votes set scale = coalesce((select t.scale from terminals t where t.id = votes.terminal_id), 3)`.execute(db);
    await sql`update votes set scale = 5 where (scale = 3 and face not in ('positivo', 'sufficiente', 'negativo')) or (scale = 4 and face = 'sufficiente')`.execute(db);

    // A terminal's scale may change while it holds queued votes: those votes keep the scale
    // they were cast on, which ingest accepts when cast before the change (server/ingest/check-votes.ts).
    await db.schema.alterTable('terminals').addColumn('previous_scale', 'integer').execute();
    await db.schema.alterTable('terminals').addColumn('scale_changed_at', 'text').execute();

    // face_counts gains the scale in its key: rebuilt, since SQLite cannot alter a primary key.
    await db.schema
      .createTable('face_counts_hour_v3')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('hour', 'integer', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('scale', 'integer', (c) => c.notNull())
      .addColumn('face', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('face_counts_v3_pk', ['office_id', 'day', 'hour', 'service_id', 'channel', 'scale', 'face'])
      .execute();
    await sql`insert into face_counts_hour_v3 (office_id, day, hour, service_id, channel, scale, face, count)
      select office_id, day, hour, service_id, channel, scale, face, count(*) from votes group by office_id, day, hour, service_id, channel, scale, face`.execute(db);
    await db.schema.dropTable('face_counts').execute();
    await db.schema.alterTable('face_counts_hour_v3').renameTo('face_counts').execute();

    for (const [table, keys] of Object.entries(ROLLUP_KEYS)) {
      // Built in a loop, so its type is the loosest one the builder has.
      let create: any = db.schema.createTable(table);
      for (const key of keys) create = create.addColumn(key, INTEGER_KEYS.has(key) ? 'integer' : 'text', (c: any) => c.notNull());
      await create.addColumn('count', 'integer', (c: any) => c.notNull()).addPrimaryKeyConstraint(`${table}_pk`, [...keys]).execute();
    }

    // Participation: people served per office, service, contact channel and day, beside the votes
    // of the same key, so that a rate only ever divides votes and people of the same days.
    await db.schema
      .createTable('participation_day')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('votes', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('served', 'integer')
      .addColumn('served_source', 'text')
      .addColumn('served_at', 'text')
      .addColumn('served_by', 'text')
      .addPrimaryKeyConstraint('participation_day_pk', ['office_id', 'service_id', 'channel', 'day'])
      .execute();
    // Only days with a people-served figure enter the month: served and votes of those days.
    await db.schema
      .createTable('participation_month')
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('served', 'integer', (c) => c.notNull())
      .addColumn('votes', 'integer', (c) => c.notNull())
      .addColumn('days', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('participation_month_pk', ['office_id', 'service_id', 'channel', 'month'])
      .execute();

    // The charter's standard with its history: a period is judged against the one in force then.
    await db.schema
      .createTable('service_standards')
      .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('min_positive_pct', 'integer')
      .addColumn('set_at', 'text', (c) => c.notNull())
      .addColumn('set_by', 'text')
      .addPrimaryKeyConstraint('service_standards_pk', ['service_id', 'valid_from'])
      .execute();
    await sql`insert into service_standards (service_id, valid_from, min_positive_pct, set_at, set_by)
      select id, '1970-01-01', standard_min_positive_pct, created_at, null from services where standard_min_positive_pct is not null`.execute(db);
    await db.schema.alterTable('services').dropColumn('standard_min_positive_pct').execute();

    // Keys an administration gives its queue-ticket system to send people served.
    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('revoked_at', 'text')
      .addColumn('last_used_at', 'text')
      .execute();

    await backfillRollups(db);
  },
};

// Seventeenth schema: channels beyond the terminals (issue 9). The web widget, QR codes and the
// operator's phone page each vote through a point, stored as a never-paired terminal row (votes,
// rollups, misuse checks and retention key on terminals) plus what the point really is; the
// widget's answers and comments; single-use QR codes; how long an administration keeps comments.
import type { Kysely, Migration } from 'kysely';

export const channelPoints: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('channel_points')
      .addColumn('id', 'text', (c) => c.primaryKey().references('terminals.id'))
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      .addColumn('office_id', 'text', (c) => c.notNull().references('offices.id'))
      // web, qr or phone (server/contract/channel-points.ts).
      .addColumn('kind', 'text', (c) => c.notNull())
      // The service rated (web, qr); null for phone, where the operator picks it per call.
      .addColumn('service_id', 'text', (c) => c.references('services.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('archived_at', 'text')
      .execute();
    await db.schema.createIndex('channel_points_office').on('channel_points').columns(['office_id']).execute();

    // No foreign key to votes: retention removes raw votes, and a comment has its own, shorter life.
    await db.schema
      .createTable('web_feedback')
      .addColumn('vote_id', 'text', (c) => c.primaryKey())
      .addColumn('administration_id', 'text', (c) => c.notNull())
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('point_id', 'text', (c) => c.notNull())
      .addColumn('stars', 'integer', (c) => c.notNull())
      .addColumn('answer', 'text')
      // Already cleaned of e-mail addresses and phone numbers; null when none was written or once expired.
      .addColumn('comment', 'text')
      .addColumn('redacted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('web_feedback_office_created').on('web_feedback').columns(['office_id', 'created_at']).execute();
    await db.schema.createIndex('web_feedback_administration_created').on('web_feedback').columns(['administration_id', 'created_at']).execute();

    // Only a hash of each code: a copy of the database hands out no votes.
    await db.schema
      .createTable('vote_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('point_id', 'text', (c) => c.notNull().references('channel_points.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('vote_id', 'text')
      .execute();

    await db.schema
      .createTable('channel_settings')
      .addColumn('administration_id', 'text', (c) => c.primaryKey().references('administrations.id'))
      .addColumn('comment_days', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .execute();
  },
};

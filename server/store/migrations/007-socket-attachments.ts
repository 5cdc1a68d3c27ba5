// Seventh schema, PostgreSQL only: the table socket.io's PostgreSQL adapter keeps payloads in
// that are too large for a NOTIFY (server/realtime/socket.ts). SQLite has one collector, no adapter.
import { sql, type Kysely, type Migration } from 'kysely';
import { onPostgres } from '../on-postgres';

export const socketAttachments: Migration = {
  async up(db: Kysely<any>) {
    if (!onPostgres(db)) return;
    // The shape @socket.io/postgres-adapter documents; it inserts, reads and cleans it up itself.
    await sql`create table if not exists socket_io_attachments (id bigserial unique, created_at timestamptz default now(), payload bytea)`.execute(db);
  },
};

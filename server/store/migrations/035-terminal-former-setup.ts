// Thirty-fifth schema: what a terminal was set up for before its last changes, so that the votes it
// queued before them still count. A counter at the Anagrafe desk, offline over a weekend, holds Friday's
// votes for Anagrafe; on Monday staff move it to Tributi before it reconnects. Ingest judged those votes
// by Monday's setup and refused them (the terminal held them for staff to sort out by hand), and a totem
// turned into a counter sent its queued totem votes in as counter votes. Now a service taken off a
// terminal is remembered with the moment it was taken off, and a change of mode with the mode and the
// channel before it (as migration 003 did for the scale): a vote cast before a change is judged, and
// counted, by the setup it was cast under (server/ingest/check-votes.ts).
import type { Kysely, Migration } from 'kysely';

export const terminalFormerSetup: Migration = {
  async up(db: Kysely<any>) {
    // One row per terminal and service, with the last time the service was taken off that terminal. A
    // service put back and taken off again moves the time on; the row never says the service is on the
    // terminal now (terminal_services does).
    await db.schema
      .createTable('terminal_former_services')
      .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
      .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
      .addColumn('removed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('terminal_former_services_pk', ['terminal_id', 'service_id'])
      .execute();
    await db.schema.alterTable('terminals').addColumn('previous_mode', 'text').execute();
    await db.schema.alterTable('terminals').addColumn('previous_channel', 'text').execute();
    await db.schema.alterTable('terminals').addColumn('mode_changed_at', 'text').execute();
  },
};

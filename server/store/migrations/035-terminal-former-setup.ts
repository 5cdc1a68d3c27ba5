// Thirty-fifth schema: what a terminal was set up for before its changes, so that the votes it queued
// before them still count. A counter at the Anagrafe desk, offline over a weekend, holds Friday's votes
// for Anagrafe; on Monday staff move it to Tributi before it reconnects. Ingest judged those votes by
// Monday's set-up and refused them (the terminal held them for staff to sort out by hand), and a totem
// turned into a counter sent its queued totem votes in as counter votes. Now the set-up is kept as a
// history: when each service was put on a terminal and taken off, and each change of mode with the mode
// and channel before it. A vote is judged, and counted, by the set-up in force when it was cast
// (server/ingest/check-votes.ts).
import type { Kysely, Migration } from 'kysely';

export const terminalFormerSetup: Migration = {
  async up(db: Kysely<any>) {
    // When the service was put on the terminal; null for links made before this schema (from the start, as far as we know).
    await db.schema.alterTable('terminal_services').addColumn('added_at', 'text').execute();
    // Each time a service was on a terminal and was taken off: from added_at (null: from the start) until removed_at.
    await db.schema
      .createTable('terminal_former_services')
      .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
      .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
      .addColumn('added_at', 'text')
      .addColumn('removed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('terminal_former_services_pk', ['terminal_id', 'service_id', 'removed_at'])
      .execute();
    // Each change of mode: what the terminal was until changed_at (a counter's votes are sportello's, a totem's totem's).
    await db.schema
      .createTable('terminal_mode_changes')
      .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addColumn('mode_before', 'text', (c) => c.notNull())
      .addColumn('channel_before', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('terminal_mode_changes_pk', ['terminal_id', 'changed_at'])
      .execute();
  },
};

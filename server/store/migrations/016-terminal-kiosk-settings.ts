// Sixteenth schema: a terminal's kiosk settings that staff choose in the dashboard: the audible
// confirmation after a vote, and the PIN that opens its diagnostics screen (stored as a PBKDF2 hash).
import type { Kysely, Migration } from 'kysely';

export const terminalKioskSettings: Migration = {
  async up(db: Kysely<any>) {
    // 0 or 1: silent unless an administrator turns the tone on (a quiet office may not want it).
    await db.schema.alterTable('terminals').addColumn('sound', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    // "pbkdf2-sha256$<iterations>$<salt b64url>$<hash b64url>" (server/terminals/staff-pin.ts); null: no PIN, no diagnostics.
    await db.schema.alterTable('terminals').addColumn('staff_pin_hash', 'text').execute();
  },
};

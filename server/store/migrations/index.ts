// Every schema version in order; Kysely's Migrator applies the missing ones at start-up.
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial';

/** Names sort in the order they must run: never rename or reorder a released migration. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};

// Twenty-eighth schema: why an alert closed (contract/alert-kinds.ts's ALERT_CLOSE_CAUSES): its measure came
// back ('recovered'), its rule was deleted ('rule-deleted'), or its rule now measures something else
// ('rule-changed'). A manager who read only "closed" took each for the problem gone away. Alerts closed
// before keep null: their cause was not kept, and nothing here may guess it.
import type { Kysely, Migration } from 'kysely';

export const alertCloseCause: Migration = {
  async up(db: Kysely<any>) {
    // Nullable text, no default: the same statement on SQLite and PostgreSQL, and old rows stay null.
    await db.schema.alterTable('alerts').addColumn('closed_because', 'text').execute();
  },
};

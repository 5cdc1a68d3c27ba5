// Twenty-fifth schema: what an alert saw, in numbers (JSON of contract/alerts.ts's AlertFacts), beside
// the Italian sentence made from them. The dashboard writes the sentence in its reader's language;
// alerts opened before keep only their Italian sentence (facts null), which the dashboard shows as such.
import type { Kysely, Migration } from 'kysely';

export const alertFacts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('alerts').addColumn('facts', 'text').execute();
  },
};

// Tenth schema: when each terminal was first enrolled. No vote can have been cast before it (a
// terminal has no token before its pairing), so a vote dated earlier carries a wrong date.
import { sql, type Kysely, type Migration } from 'kysely';

export const firstEnrolment: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('terminals').addColumn('first_enrolled_at', 'text').execute();
    // For terminals paired before this version the first pairing is not known: their creation is
    // the earliest it can have been, so no vote of theirs that could be right is treated as wrong.
    await sql`update terminals set first_enrolled_at = created_at where enrolled_at is not null`.execute(db);
  },
};

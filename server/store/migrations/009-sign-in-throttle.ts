// Ninth schema: wrong passwords are counted per e-mail and address, not per account, so that
// nobody can lock someone else out from afar (five anonymous guesses used to lock any account).
import type { Kysely, Migration } from 'kysely';

export const signInThrottle: Migration = {
  async up(db: Kysely<any>) {
    // Keyed by the e-mail typed, whether or not an account has it: an unknown e-mail and a locked
    // one then answer alike.
    await db.schema
      .createTable('sign_in_throttle')
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('locked_until', 'text')
      .addColumn('last_failure_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sign_in_throttle_pk', ['email', 'address'])
      .execute();
    await db.schema.alterTable('users').dropColumn('failed_sign_ins').execute();
    await db.schema.alterTable('users').dropColumn('locked_until').execute();
  },
};

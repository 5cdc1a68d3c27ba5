// Twenty-seventh schema: a subscription's frequency can be changed in place (PUT /subscriptions/...).
// Its reports are owed from the moment the current frequency took effect (frequency_since; null: since
// it was made), not from its creation, or a weekly subscriber made daily would get a month of daily
// e-mails at once. A delivery is one period, its first and its last day: the first weekly report after
// a daily one may start on a day whose daily report already went out, and must still go out once.
import { sql, type Kysely, type Migration } from 'kysely';

export const subscriptionSchedule: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('subscriptions').addColumn('frequency_since', 'text').execute();

    // The deliveries gain period_to in their key: rebuilt, since SQLite cannot alter a primary key.
    await db.schema
      .createTable('subscription_deliveries_v27')
      .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id'))
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('outbox_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('subscription_deliveries_period_pk', ['subscription_id', 'period_from', 'period_to'])
      .execute();
    await sql`insert into subscription_deliveries_v27 (subscription_id, period_from, period_to, outbox_id, created_at)
      select subscription_id, period_from, period_to, outbox_id, created_at from subscription_deliveries`.execute(db);
    await db.schema.dropTable('subscription_deliveries').execute();
    await db.schema.alterTable('subscription_deliveries_v27').renameTo('subscription_deliveries').execute();
  },
};

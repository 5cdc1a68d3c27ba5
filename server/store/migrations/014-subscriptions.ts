// Fourteenth schema: scheduled e-mails (issue 8). A subscription sends a person the report of an
// office or an administration every day, week or month; a delivery record per subscription and
// period, unique, makes each report go out once however many collectors run and however late.
import type { Kysely, Migration } from 'kysely';

export const subscriptions: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      // null: the administration's report; else that office's.
      .addColumn('office_id', 'text', (c) => c.references('offices.id'))
      .addColumn('frequency', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('cancelled_at', 'text')
      .addColumn('cancelled_by', 'text')
      .execute();
    await db.schema.createIndex('subscriptions_user').on('subscriptions').column('user_id').execute();
    await db.schema.createIndex('subscriptions_administration').on('subscriptions').columns(['administration_id', 'office_id']).execute();

    await db.schema
      .createTable('subscription_deliveries')
      .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id'))
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      // The outbox message; it may be swept once sent, this record stays.
      .addColumn('outbox_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('subscription_deliveries_pk', ['subscription_id', 'period_from'])
      .execute();
  },
};

// Nineteenth schema: alerts (issue 8). Rules an administration sets on an office or a service, and the
// alerts they open: at most one open alert per rule (open_key is the rule's id while open, null once
// closed, and unique), so collectors evaluating at once, or a value hovering at the threshold, never
// open a second one.
import type { Kysely, Migration } from 'kysely';

export const alerts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('alert_rules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      // At least one of the two: an office (all its services), a service (in every office, or in this one).
      .addColumn('office_id', 'text', (c) => c.references('offices.id'))
      .addColumn('service_id', 'text', (c) => c.references('services.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      // JSON: the kind's thresholds (server/contract/alerts.ts).
      .addColumn('params', 'text', (c) => c.notNull())
      .addColumn('notify_email', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('webhook_id', 'text', (c) => c.references('webhooks.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema.createIndex('alert_rules_administration').on('alert_rules').columns(['administration_id', 'deleted_at']).execute();

    await db.schema
      .createTable('alerts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('rule_id', 'text', (c) => c.notNull().references('alert_rules.id'))
      .addColumn('open_key', 'text', (c) => c.unique())
      .addColumn('administration_id', 'text', (c) => c.notNull())
      .addColumn('office_id', 'text')
      .addColumn('service_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('opened_at', 'text', (c) => c.notNull())
      // The measure when it opened and as last evaluated (a share 0..1, an index 0..100, hours of silence).
      .addColumn('opened_value', 'double precision')
      .addColumn('last_value', 'double precision')
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      .addColumn('acknowledged_at', 'text')
      .addColumn('acknowledged_by', 'text')
      .addColumn('ack_comment', 'text')
      .execute();
    await db.schema.createIndex('alerts_administration').on('alerts').columns(['administration_id', 'status', 'opened_at']).execute();
    await db.schema.createIndex('alerts_rule').on('alerts').columns(['rule_id', 'opened_at']).execute();
  },
};

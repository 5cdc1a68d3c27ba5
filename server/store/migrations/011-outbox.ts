// Eleventh schema: what the collector sends out (issue 8). Every e-mail and webhook call is stored in
// the outbox before it is sent and kept until delivered or given up on, so a mail server or receiver
// that is down costs a delay, never a message; webhooks an administration posts alerts to; and the
// installation's own secrets (the key that signs unsubscribe links), shared by every collector process.
import type { Kysely, Migration } from 'kysely';

export const outbox: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('webhooks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      // In clear, unlike API keys: signing needs the secret itself. Shown once, at creation.
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema.createIndex('webhooks_administration').on('webhooks').column('administration_id').execute();

    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      // The same message is never queued twice: a report of one period, an alert's notice to one person.
      .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
      .addColumn('administration_id', 'text', (c) => c.notNull().references('administrations.id'))
      .addColumn('office_id', 'text')
      .addColumn('webhook_id', 'text', (c) => c.references('webhooks.id'))
      .addColumn('source', 'text', (c) => c.notNull())
      // For people reading the list of failures: the address or URL, the subject or event.
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      // JSON: the whole message as it will be sent (attachments in base64).
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      // A process sending a message claims it until then; another may take it over after.
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('failed_at', 'text')
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
    await db.schema.createIndex('outbox_administration').on('outbox').columns(['administration_id', 'status', 'created_at']).execute();

    await db.schema
      .createTable('installation_secrets')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};

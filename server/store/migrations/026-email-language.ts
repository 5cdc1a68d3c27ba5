// Twenty-sixth schema: the language an alert rule's e-mails and a subscription's report e-mails (and PDF) are
// written in, one of contract/languages.ts's DASHBOARD_LANGUAGES. It belongs to what sends: people keep the
// dashboard's language in their browser only, and a rule's recipients are addresses, not a reader's choice.
import type { Kysely, Migration } from 'kysely';

export const emailLanguage: Migration = {
  async up(db: Kysely<any>) {
    // Rows made before this are Italian, as every e-mail was until now.
    await db.schema.alterTable('alert_rules').addColumn('language', 'text', (c) => c.notNull().defaultTo('it')).execute();
    await db.schema.alterTable('subscriptions').addColumn('language', 'text', (c) => c.notNull().defaultTo('it')).execute();
  },
};

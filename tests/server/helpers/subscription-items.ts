// Items of the scheduled e-mails for the authorization matrix: a live subscription of an administration's report.
import { randomUUID } from 'node:crypto';
import type { TestCollector } from './test-collector';

export interface SubscriptionItems {
  subscriptionId: string;
}

/** Subscriptions are refused while e-mail is off: the matrix's collectors get an SMTP address nobody is sent to (no job ticks). */
export const MATRIX_MAIL_ENV = { SMTP_URL: 'smtp://127.0.0.1:9', MAIL_FROM: 'gradimento <noreply@example.org>', PUBLIC_URL: 'https://gradimento.example.org' };

/** `userId` receives the administration's report every week; stored directly, as the API would store it. */
export async function subscriptionItems(c: TestCollector, administrationId: string, userId: string): Promise<SubscriptionItems> {
  const id = randomUUID();
  await c.store.db
    .insertInto('subscriptions')
    .values({ id, user_id: userId, administration_id: administrationId, office_id: null, frequency: 'weekly', created_at: new Date().toISOString(), created_by: 'matrix@example.org' })
    .execute();
  return { subscriptionId: id };
}

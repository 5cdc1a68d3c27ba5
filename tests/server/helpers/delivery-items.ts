// Items of issue 8 for the authorization matrix: a webhook and a failed message of an administration.
import { randomUUID } from 'node:crypto';
import { deliveryPaths } from '../../../server/contract/delivery';
import { as } from '../admin/admin-api';
import { ADMIN_EMAIL, type TestCollector } from './test-collector';

export interface DeliveryItems {
  webhookId: string;
  /** A message of the outbox that failed for good (only those can be retried). */
  deliveryId: string;
}

/** Numbers each webhook's name: an administration's live webhooks may not share one (server/admin/name-taken.ts). */
let serial = 0;

export async function deliveryItems(c: TestCollector, administrationId: string): Promise<DeliveryItems> {
  const hook = await as(c.app, c.admin).post(deliveryPaths.administrationWebhooks(administrationId), { name: `Ricevitore di prova ${++serial}`, url: 'https://hooks.example.org/gradimento' });
  if (hook.status !== 201) throw new Error(`webhook: ${hook.status} ${JSON.stringify(hook.body)}`);
  const deliveryId = randomUUID();
  const at = new Date().toISOString();
  await c.store.db
    .insertInto('outbox')
    .values({
      id: deliveryId,
      kind: 'email',
      dedupe_key: `matrix:${deliveryId}`,
      administration_id: administrationId,
      source: 'subscription',
      // A person who may read the report: a retry to anyone else is refused (server/delivery/recipient-refused.ts).
      recipient: ADMIN_EMAIL,
      subject: 'Report',
      payload: JSON.stringify({ to: ADMIN_EMAIL, subject: 'Report', text: '', html: '' }),
      status: 'failed',
      attempts: 10,
      next_attempt_at: at,
      created_at: at,
      failed_at: at,
      last_error: 'connect ECONNREFUSED',
    })
    .execute();
  return { webhookId: hook.body.id as string, deliveryId };
}

// An administration's webhooks: created with a secret shown once, listed without it, deleted.
import { randomBytes, randomUUID } from 'node:crypto';
import type { WebhookPrivateNetworks } from '../config';
import type { NewWebhook, Webhook } from '../contract/delivery';
import { recordAudit, type Actor } from '../audit/record-audit';
import { refuseTakenName } from '../admin/name-taken';
import { AppError } from '../http/app-error';
import type { Say } from '../http/words/error-words';
import type { Db } from '../store/database';
import { enqueue } from './outbox';
import { forbiddenTarget, literalAddress } from './webhook-address';

/** Secrets start with this, so one pasted in the wrong place is recognisable. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

type Row = { id: string; administration_id: string; name: string; url: string; created_at: string; created_by: string | null };
const toWebhook = (r: Row): Webhook => ({ id: r.id, administrationId: r.administration_id, name: r.name, url: r.url, createdAt: r.created_at, createdBy: r.created_by });
const COLUMNS = ['id', 'administration_id', 'name', 'url', 'created_at', 'created_by'] as const;

/** The problem with a webhook URL, or null: absolute http(s), no credentials in it (they would show in lists and logs). */
export function webhookUrlProblem(raw: string): Say | null {
  if (!URL.canParse(raw)) return (w) => w.notAUrl(raw.slice(0, 100));
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return (w) => w.urlScheme(url.protocol);
  if (url.username || url.password) return (w) => w.urlCredentials;
  return null;
}

/**
 * The problem with where a webhook URL (already well formed) leads, or null: an address the
 * installation keeps webhooks from, written in it or behind its host name. Each call checks again.
 */
export async function webhookAddressProblem(raw: string, setting: WebhookPrivateNetworks): Promise<Say | null> {
  const url = new URL(raw);
  const found = await forbiddenTarget(url, setting);
  if (!found) return null;
  const host = literalAddress(url) ?? url.hostname;
  // Private networks are the installation's choice; loopback, link-local and the like never reachable.
  return (w) => w.urlAddressForbidden(host, found.address, found.kind !== 'private');
}

export async function listWebhooks(db: Db, administrationId: string): Promise<Webhook[]> {
  const rows = await db.selectFrom('webhooks').select(COLUMNS).where('administration_id', '=', administrationId).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();
  return rows.map(toWebhook);
}

export async function createWebhook(db: Db, administrationId: string, input: { name: string; url: string }, actor: Actor, now: Date): Promise<NewWebhook> {
  const secret = `${WEBHOOK_SECRET_PREFIX}${randomBytes(24).toString('base64url')}`;
  const row = { id: randomUUID(), administration_id: administrationId, name: input.name, url: input.url, secret, created_at: now.toISOString(), created_by: actor.email, deleted_at: null };
  await db.transaction().execute(async (trx) => {
    // Among the administration's live webhooks (deleted ones free their name); webhooks are never renamed.
    await refuseTakenName(trx, 'webhook', input.name, administrationId);
    await trx.insertInto('webhooks').values(row).execute();
    await recordAudit(trx, { actor, administrationId, action: 'webhook.create', targetType: 'webhook', targetId: row.id, details: { name: input.name, url: input.url } }, now);
  });
  return { ...toWebhook(row), secret };
}

/**
 * Deleted, not erased: messages already queued for it say why they were not sent. `more` runs in
 * the same transaction (the alert rules let go of it) and answers details for the audit entry.
 */
export async function deleteWebhook(db: Db, webhookId: string, actor: Actor, now: Date, more?: (trx: Db) => Promise<Record<string, unknown> | undefined>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Locked (store/row-locks.ts): a second deletion at once waits, then sees the first's and records nothing.
    const row = await trx.selectFrom('webhooks').select(['administration_id', 'name', 'url', 'deleted_at']).where('id', '=', webhookId).forUpdate().executeTakeFirstOrThrow();
    if (row.deleted_at) return;
    await trx.updateTable('webhooks').set({ deleted_at: now.toISOString() }).where('id', '=', webhookId).execute();
    const extra = await more?.(trx as unknown as Db);
    await recordAudit(trx, { actor, administrationId: row.administration_id, action: 'webhook.delete', targetType: 'webhook', targetId: webhookId, details: { name: row.name, url: row.url, ...extra } }, now);
  });
}

/** Queues a signed "ping" call, so an admin can check the receiver; answers the delivery's id. */
export async function queueWebhookTest(db: Db, webhookId: string, actor: Actor, now: Date): Promise<string> {
  const hook = await db.selectFrom('webhooks').select(['administration_id', 'url', 'name', 'deleted_at']).where('id', '=', webhookId).executeTakeFirstOrThrow();
  if (hook.deleted_at) throw new AppError('not_found', (w) => w.webhookDeleted);
  const body = JSON.stringify({ event: 'ping', webhook: { id: webhookId, name: hook.name }, sentBy: actor.email, at: now.toISOString() });
  const id = await enqueue(
    db,
    { kind: 'webhook', source: 'webhook-test', dedupeKey: `webhook-test:${webhookId}:${randomUUID()}`, administrationId: hook.administration_id, webhookId, url: hook.url, webhook: { event: 'ping', body } },
    now,
  );
  return id!;
}

export async function webhookTarget(db: Db, webhookId: string): Promise<{ kind: 'administration'; administrationId: string } | null> {
  const row = await db.selectFrom('webhooks').select('administration_id').where('id', '=', webhookId).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? { kind: 'administration', administrationId: row.administration_id } : null;
}

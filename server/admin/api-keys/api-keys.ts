// API keys an administration gives its queue-ticket system: issued once, stored hashed, revocable.
import { randomUUID } from 'node:crypto';
import type { ApiKey } from '../../contract/participation';
import { randomToken, sha256 } from '../../auth/tokens';
import { recordAudit, type Actor } from '../../audit/record-audit';
import type { Db } from '../../store/database';
import { refuseTakenName } from '../name-taken';

/** Keys start with this, so a key pasted in the wrong place is recognisable (and a log scrubber can find it). */
export const API_KEY_PREFIX = 'gk_';

/** The administration a live key belongs to, or null (unknown or revoked). */
export interface KeyHolder {
  id: string;
  administrationId: string;
  name: string;
  lastUsedAt: string | null;
  /** Its administration is archived: the key is known but sends nothing any more (access.ts says so). */
  administrationArchived: boolean;
}

const USED_EVERY_MS = 60_000;

export async function findApiKey(db: Db, key: string, now: Date): Promise<KeyHolder | null> {
  if (!key.startsWith(API_KEY_PREFIX)) return null;
  const row = await db
    .selectFrom('api_keys as k')
    .innerJoin('administrations as a', 'a.id', 'k.administration_id')
    .select(['k.id', 'k.administration_id', 'k.name', 'k.last_used_at', 'a.archived_at'])
    .where('k.key_hash', '=', sha256(key))
    .where('k.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  if (row.archived_at) return { id: row.id, administrationId: row.administration_id, name: row.name, lastUsedAt: row.last_used_at, administrationArchived: true };
  // "Last used" tells staff a key is still in use; once a minute is precise enough and spares a write per call.
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= USED_EVERY_MS) {
    await db.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  }
  return { id: row.id, administrationId: row.administration_id, name: row.name, lastUsedAt: row.last_used_at, administrationArchived: false };
}

function toApiKey(r: { id: string; administration_id: string; name: string; created_at: string; created_by: string | null; revoked_at: string | null; last_used_at: string | null }): ApiKey {
  return { id: r.id, administrationId: r.administration_id, name: r.name, createdAt: r.created_at, createdBy: r.created_by, revokedAt: r.revoked_at, lastUsedAt: r.last_used_at };
}

export async function listApiKeys(db: Db, administrationId: string): Promise<ApiKey[]> {
  const rows = await db.selectFrom('api_keys').selectAll().where('administration_id', '=', administrationId).orderBy('created_at', 'desc').execute();
  return rows.map(({ key_hash: _hash, ...r }) => toApiKey(r));
}

export async function createApiKey(db: Db, administrationId: string, name: string, actor: Actor, now: Date): Promise<ApiKey & { key: string }> {
  const key = `${API_KEY_PREFIX}${randomToken()}`;
  const row = { id: randomUUID(), administration_id: administrationId, name, key_hash: sha256(key), created_at: now.toISOString(), created_by: actor.email, revoked_at: null, last_used_at: null };
  await db.transaction().execute(async (trx) => {
    // Among the administration's live keys (revoked ones free their name); keys are never renamed.
    await refuseTakenName(trx, 'api key', name, administrationId);
    await trx.insertInto('api_keys').values(row).execute();
    await recordAudit(trx, { actor, administrationId, action: 'api-key.create', targetType: 'api-key', targetId: row.id, details: { name } }, now);
  });
  const { key_hash: _hash, ...rest } = row;
  return { ...toApiKey(rest), key };
}

export async function revokeApiKey(db: Db, apiKeyId: string, actor: Actor, now: Date): Promise<ApiKey> {
  await db.transaction().execute(async (trx) => {
    // Locked (store/row-locks.ts): a second revocation at once waits, then sees the first's and records nothing.
    const current = await trx.selectFrom('api_keys').select(['administration_id', 'revoked_at', 'name']).where('id', '=', apiKeyId).forUpdate().executeTakeFirstOrThrow();
    if (current.revoked_at) return;
    await trx.updateTable('api_keys').set({ revoked_at: now.toISOString() }).where('id', '=', apiKeyId).execute();
    await recordAudit(trx, { actor, administrationId: current.administration_id, action: 'api-key.revoke', targetType: 'api-key', targetId: apiKeyId, details: { name: current.name } }, now);
  });
  const { key_hash: _hash, ...r } = await db.selectFrom('api_keys').selectAll().where('id', '=', apiKeyId).executeTakeFirstOrThrow();
  return toApiKey(r);
}

export async function apiKeyTarget(db: Db, apiKeyId: string): Promise<{ kind: 'administration'; administrationId: string } | null> {
  const row = await db.selectFrom('api_keys').select('administration_id').where('id', '=', apiKeyId).executeTakeFirst();
  return row ? { kind: 'administration', administrationId: row.administration_id } : null;
}

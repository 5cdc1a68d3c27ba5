// Single-use codes for a QR point: issued in sheets (only their hashes kept), and spent by exactly one vote each.
import { createHash, randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { Transaction } from 'kysely';
import { refuseArchived } from '../../admin/checks';
import { recordAudit, type Actor } from '../../audit/record-audit';
import { channelPaths, CODE_VALID_DAYS } from '../../contract/channel-points';
import type { CodeSheet } from '../../contract/channel-schemas';
import { AppError } from '../../http/app-error';
import type { Db } from '../../store/database';
import type { Database } from '../../store/schema';
import { findLivePoint, getPoint, type LivePoint } from '../points';

export const hashCode = (code: string) => createHash('sha256').update(code).digest('base64url');

/** 128 random bits as 22 base64url characters: not guessable, short enough for a small QR code. */
const newCode = () => randomBytes(16).toString('base64url');

export async function issueCodes(db: Db, pointId: string, count: number, base: string, actor: Actor, now: Date): Promise<CodeSheet> {
  const point = await getPoint(db, pointId);
  if (!point) throw new AppError('not_found', (w) => w.pointMissing);
  if (point.kind !== 'qr') throw new AppError('conflict', (w) => w.codesForQrOnly(point.kind));
  const archivedOn = point.archivedAt?.slice(0, 10);
  if (archivedOn) throw new AppError('conflict', (w) => w.pointArchived(archivedOn));
  await refuseDeadPoint(db, pointId);
  const codes = Array.from({ length: count }, newCode);
  const expiresAt = new Date(now.getTime() + CODE_VALID_DAYS * 86_400_000).toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('vote_codes')
      .values(codes.map((code) => ({ code_hash: hashCode(code), point_id: pointId, created_at: now.toISOString(), expires_at: expiresAt, used_at: null, vote_id: null })))
      .execute();
    await recordAudit(trx, { actor, administrationId: point.administrationId, action: 'channel-point.issue', targetType: 'channel-point', targetId: pointId, details: { count, expiresAt } }, now);
  });
  // In the fragment: a browser never sends it, so the code appears in no access log or Referer.
  const sheet = await Promise.all(
    codes.map(async (code) => {
      const url = `${base}${channelPaths.mobilePage}#${code}`;
      return { code, url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
    }),
  );
  return { pointId, expiresAt, codes: sheet };
}

/**
 * The check votes make (findLivePoint): a live point of an archived office or administration would
 * print codes that each answer 410. Refused as any change under something archived is, naming it.
 */
async function refuseDeadPoint(db: Db, pointId: string): Promise<void> {
  try {
    await findLivePoint(db, pointId, 'qr');
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'not_found')) throw err;
    const place = await db
      .selectFrom('channel_points')
      .innerJoin('administrations', 'administrations.id', 'channel_points.administration_id')
      .innerJoin('offices', 'offices.id', 'channel_points.office_id')
      .leftJoin('services', 'services.id', 'channel_points.service_id')
      .select(['administrations.archived_at as administration', 'offices.archived_at as office', 'services.archived_at as service'])
      .where('channel_points.id', '=', pointId)
      .executeTakeFirstOrThrow();
    refuseArchived({ archivedAt: place.administration }, 'administration');
    refuseArchived({ archivedAt: place.office }, 'office');
    refuseArchived({ archivedAt: place.service }, 'service');
    throw err;
  }
}

/** The point a code belongs to, or why it cannot vote: unknown (404), already used (409), expired (410). */
export async function pointOfCode(db: Db | Transaction<Database>, code: string, now: Date): Promise<string> {
  const row = await db.selectFrom('vote_codes').select(['point_id', 'used_at', 'expires_at']).where('code_hash', '=', hashCode(code)).executeTakeFirst();
  if (!row) throw new AppError('not_found', (w) => w.codeUnknown);
  if (row.used_at) throw new AppError('vote_code_used', (w) => w.codeUsed);
  if (row.expires_at <= now.toISOString()) throw new AppError('vote_code_expired', (w) => w.codeExpired);
  return row.point_id;
}

/**
 * The live point a code votes for. A genuine code whose point no longer takes votes (the point, its
 * service, office or administration archived) is 410 vote_code_withdrawn, not the 404 of a code never
 * issued: the citizen holding it is told to ask for a new one, not to scan it again.
 */
export async function livePointOfCode(db: Db, code: string, now: Date): Promise<LivePoint> {
  const pointId = await pointOfCode(db, code, now);
  try {
    return await findLivePoint(db, pointId, 'qr');
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') throw new AppError('vote_code_withdrawn', (w) => w.codeWithdrawn);
    throw err;
  }
}

/**
 * How long after a code was spent a vote with it is answered as already stored. A phone that lost
 * the answer retries within seconds or minutes; past this, 409 as for any used code.
 */
export const RETRY_WINDOW_MS = 10 * 60_000;

/**
 * Whether the code was spent less than RETRY_WINDOW_MS ago: a vote sent with it again is the phone
 * retrying, answered as stored whatever its face. Not only for the same face: the clerk who printed
 * the sheet holds every code, and an answer that differed by face (stored for the face chosen, 409
 * for the others) told them, in three tries, what the citizen thought of them.
 */
export async function spentRecently(db: Db, code: string, now: Date): Promise<boolean> {
  const row = await db.selectFrom('vote_codes').select('used_at').where('code_hash', '=', hashCode(code)).where('vote_id', 'is not', null).executeTakeFirst();
  return row !== undefined && row.used_at !== null && now.getTime() - Date.parse(row.used_at) < RETRY_WINDOW_MS;
}

/**
 * Marks the code used by this vote, in the vote's transaction. The update only takes an unused
 * code: of two votes racing with one code, the second finds it used and its transaction (vote
 * included) is rolled back.
 */
export async function spendCode(trx: Transaction<Database>, code: string, voteId: string, at: Date): Promise<void> {
  const result = await trx
    .updateTable('vote_codes')
    .set({ used_at: at.toISOString(), vote_id: voteId })
    .where('code_hash', '=', hashCode(code))
    .where('used_at', 'is', null)
    .where('expires_at', '>', at.toISOString())
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) await pointOfCode(trx, code, at);
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('vote_code_used', (w) => w.codeUsed);
}

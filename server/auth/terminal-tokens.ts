// Device tokens and pairing codes of terminals: issuing, redeeming, looking up, revoking.
import type { Db } from '../store/database';
import { terminalCacheOf } from './terminal-cache';
import { newPairingCode, normalisePairingCode, randomToken, sha256 } from './tokens';

/** A pairing code is short and typed by hand, so it must die soon. */
export const PAIRING_TTL_MS = 15 * 60 * 1000;

/** A terminal as its token shows it: enough for access checks and for ingest, without a second lookup. */
export interface EnrolledTerminal {
  id: string;
  officeId: string;
  administrationId: string;
  channel: string;
  /** 'totem' (the citizen picks the service) or 'counter' (the terminal's own services only). */
  mode: string;
  timeZone: string;
  lastSeenAt: string | null;
  scale: number;
  /** The scale before the last change and when that was (null if it never changed). */
  previousScale: number | null;
  scaleChangedAt: string | null;
  /** The terminal's first pairing: no vote of it can be older. */
  firstEnrolledAt: string | null;
}

/** Recording every request would cost a write per batch: once a minute tells staff enough. */
const SEEN_EVERY_MS = 60 * 1000;

/** A fresh pairing code for the terminal, replacing any earlier one. The token in use, if any, stays valid until the code is redeemed. */
export async function issuePairingCode(db: Db, terminalId: string, now: Date, ttlMs = PAIRING_TTL_MS): Promise<{ code: string; expiresAt: string }> {
  const code = newPairingCode();
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  await db.updateTable('terminals').set({ pairing_hash: sha256(code), pairing_expires_at: expiresAt }).where('id', '=', terminalId).execute();
  return { code, expiresAt };
}

/**
 * Redeems a pairing code: the terminal gets a new device token (the old one, if any, stops
 * working) and the code is used up. null when the code is unknown, expired or used.
 */
export async function redeemPairingCode(db: Db, typed: string, now: Date): Promise<{ terminalId: string; token: string } | null> {
  const hash = sha256(normalisePairingCode(typed));
  const token = randomToken();
  const redeemed = await db.transaction().execute(async (trx) => {
    // Not in an archived office either: its token would be refused at once (see findTerminalByToken).
    const terminal = await trx
      .selectFrom('terminals')
      .innerJoin('offices', 'offices.id', 'terminals.office_id')
      .select(['terminals.id', 'terminals.pairing_expires_at'])
      .where('terminals.pairing_hash', '=', hash)
      .where('terminals.archived_at', 'is', null)
      .where('offices.archived_at', 'is', null)
      .executeTakeFirst();
    if (!terminal || !terminal.pairing_expires_at || terminal.pairing_expires_at <= now.toISOString()) return null;
    // Still this code, still live: one code sent twice at once (a double tap, two tablets) on PostgreSQL
    // passed the read above twice and enrolled two devices. The second update waits for the first's
    // commit, then finds the code gone and changes nothing; that send is refused like a used code.
    const taken = await trx
      .updateTable('terminals')
      .set((eb) => ({
        token_hash: sha256(token),
        enrolled_at: now.toISOString(),
        first_enrolled_at: eb.fn.coalesce('first_enrolled_at', eb.val(now.toISOString())),
        revoked_at: null,
        pairing_hash: null,
        pairing_expires_at: null,
      }))
      .where('id', '=', terminal.id)
      .where('pairing_hash', '=', hash)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) return null;
    return { terminalId: terminal.id, token };
  });
  // The terminal's old token stops now in this process too, not when its cached answer expires.
  if (redeemed) terminalCacheOf(db).clear();
  return redeemed;
}

/** The terminal a device token belongs to, or null (unknown, revoked, or the terminal or its office archived). */
export async function findTerminalByToken(db: Db, token: string): Promise<EnrolledTerminal | null> {
  const row = await db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .select([
      'terminals.id',
      'terminals.office_id',
      'terminals.channel',
      'terminals.mode',
      'terminals.last_seen_at',
      'terminals.scale',
      'terminals.previous_scale',
      'terminals.scale_changed_at',
      'terminals.first_enrolled_at',
      'offices.administration_id',
      'offices.time_zone',
    ])
    .where('terminals.token_hash', '=', sha256(token))
    .where('terminals.archived_at', 'is', null)
    .where('offices.archived_at', 'is', null)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        officeId: row.office_id,
        administrationId: row.administration_id,
        channel: row.channel,
        mode: row.mode,
        timeZone: row.time_zone,
        lastSeenAt: row.last_seen_at,
        scale: row.scale,
        previousScale: row.previous_scale,
        scaleChangedAt: row.scale_changed_at,
        firstEnrolledAt: row.first_enrolled_at,
      }
    : null;
}

/**
 * findTerminalByToken through the collector's terminal cache (terminal-cache.ts): for POST /votes,
 * where the lookup was a third of a single vote's queries. A revocation, re-pairing or archiving
 * made through this collector applies to the next request; made elsewhere, within the cache's TTL.
 */
export function findTerminalByTokenCached(db: Db, token: string): Promise<EnrolledTerminal | null> {
  return terminalCacheOf(db).remember(`token:${sha256(token)}`, () => findTerminalByToken(db, token));
}

/** Terminals heard from in this turn of the event loop, waiting for the one UPDATE that records them all. */
interface SeenBatch {
  at: string;
  ids: Set<string>;
  /** Their objects, updated once written: a cached terminal must not ask for the same write on every request. */
  terminals: Set<EnrolledTerminal>;
  waiters: { resolve: () => void; reject: (err: unknown) => void }[];
}
const pendingSeen = new WeakMap<Db, SeenBatch>();
/** Ids per UPDATE: far below SQLite's and PostgreSQL's limits on bound parameters. */
const SEEN_CHUNK = 500;

/**
 * Notes that the terminal was heard from (the dashboard's "ultimo contatto"), at most once a minute.
 * Resolves once written, as before, but terminals heard from in the same turn of the event loop
 * share one UPDATE: when a thousand terminals come back at once, each used to cost a transaction
 * of its own (an fsync on SQLite), which was half of the reconnect storm's time (docs/performance.md).
 */
export function markTerminalSeen(db: Db, terminal: EnrolledTerminal, now: Date): Promise<void> {
  if (terminal.lastSeenAt && now.getTime() - Date.parse(terminal.lastSeenAt) < SEEN_EVERY_MS) return Promise.resolve();
  let batch = pendingSeen.get(db);
  if (!batch) {
    const fresh: SeenBatch = { at: now.toISOString(), ids: new Set(), terminals: new Set(), waiters: [] };
    pendingSeen.set(db, fresh);
    setImmediate(() => void writeSeen(db, fresh));
    batch = fresh;
  }
  // The latest time of the turn for all of them: they were heard within milliseconds of it.
  if (now.toISOString() > batch.at) batch.at = now.toISOString();
  batch.ids.add(terminal.id);
  batch.terminals.add(terminal);
  const joined = batch;
  return new Promise((resolve, reject) => joined.waiters.push({ resolve, reject }));
}

async function writeSeen(db: Db, batch: SeenBatch): Promise<void> {
  // Terminals heard from from now on start the next batch.
  pendingSeen.delete(db);
  try {
    const ids = [...batch.ids];
    for (let i = 0; i < ids.length; i += SEEN_CHUNK) {
      await db.updateTable('terminals').set({ last_seen_at: batch.at }).where('id', 'in', ids.slice(i, i + SEEN_CHUNK)).execute();
    }
    for (const t of batch.terminals) t.lastSeenAt = batch.at;
    for (const w of batch.waiters) w.resolve();
  } catch (err) {
    for (const w of batch.waiters) w.reject(err);
  }
}

/**
 * Whether the token is that of a terminal archived since (or of an archived office): it is not
 * a stranger's, so it hears the real reason (terminal_unknown) rather than "pair again", which
 * could not help.
 */
export async function isArchivedTerminalToken(db: Db, token: string): Promise<boolean> {
  const row = await db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .select('terminals.id')
    .where('terminals.token_hash', '=', sha256(token))
    .where((eb) => eb.or([eb('terminals.archived_at', 'is not', null), eb('offices.archived_at', 'is not', null)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** Stops the terminal's token at once; its queued votes stay on the device until it is paired again. */
export async function revokeTerminal(db: Db, terminalId: string, now: Date): Promise<void> {
  await db.updateTable('terminals').set({ token_hash: null, revoked_at: now.toISOString(), pairing_hash: null, pairing_expires_at: null }).where('id', '=', terminalId).execute();
}

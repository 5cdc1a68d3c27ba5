// A terminal's heartbeat: checked, stored as its last known state, read by /metrics and the dashboard.
import type { TerminalHeartbeat } from '../contract/events';
import { normalInstant, parseInstant } from '../contract/instant';
import type { Db } from '../store/database';
import { sharedTime } from '../store/shared-clock';

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < 1e9;
const isBytes = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x < 1e15;
/** Control characters and the bidi overrides/isolates that could reorder what the dashboard shows next to the version. */
const UNPRINTABLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const EARLIEST = Date.UTC(2000, 0, 1);
/** A terminal's clock may run ahead of the collector's; more than a day is a clock set wrong, not a report. */
const AHEAD_MS = 24 * 60 * 60 * 1000;

function timeProblem(field: string, x: unknown): string | null {
  if (x === null) return null;
  const t = parseInstant(x);
  if (!Number.isFinite(t)) return `${field} must be an ISO 8601 date-time such as 2026-11-16T08:39:00.000Z, or null (got ${JSON.stringify(x)?.slice(0, 48)})`;
  return null;
}

/**
 * A well-formed time the terminal's own clock got wrong (before 2000: a flat clock battery; more than a
 * day ahead) is stored as unknown, and the rest of the heartbeat kept: refusing it all would show a
 * working terminal as silent on the dashboard. Its votes say the same (re-dated, countedAt in the receipt).
 */
function plausibleInstant(x: string | null, now: Date): string | null {
  const t = x === null ? Number.NaN : parseInstant(x);
  return t >= EARLIEST && t <= now.getTime() + AHEAD_MS ? normalInstant(x) : null;
}

function storageProblem(st: unknown): string | null {
  if (st === null) return null;
  const s = st as { usage?: unknown; quota?: unknown };
  if (typeof st !== 'object' || !isBytes(s.usage) || !isBytes(s.quota)) return 'storage must be { usage, quota } in bytes (finite, not negative), or null';
  // Usage above the quota is what some browsers report when storage is full: stored as full
  // (recordHeartbeat), not refused, or the terminal would look silent just when space is the problem.
  return null;
}

/** The payload comes from the network: the problem in words, naming the field first, or null when it is well formed. */
export function heartbeatProblem(h: unknown): string | null {
  if (typeof h !== 'object' || h === null) return 'a heartbeat is an object';
  const s = h as Record<string, unknown>;
  if (typeof s.appVersion !== 'string' || s.appVersion.length === 0 || s.appVersion.length > 64) return 'appVersion must be 1-64 characters';
  if (UNPRINTABLE.test(s.appVersion)) return 'appVersion must be printable: no control or bidirectional-override characters';
  if (!isCount(s.pending) || !isCount(s.held)) return 'pending and held must be whole numbers';
  const problem = timeProblem('oldestQueuedAt', s.oldestQueuedAt) ?? timeProblem('lastDeliveryAt', s.lastDeliveryAt) ?? storageProblem(s.storage);
  if (problem) return problem;
  if (s.persisted !== null && typeof s.persisted !== 'boolean') return 'persisted must be true, false or null';
  return null;
}

export async function recordHeartbeat(db: Db, terminalId: string, h: TerminalHeartbeat, now: Date): Promise<void> {
  const row = {
    // By the clock the readers judge it by (server/store/shared-clock.ts: PostgreSQL's): dated by the
    // collector that stored it and judged by the one that reads it, a terminal looked silent the
    // moment its heartbeat was stored by a collector 5 minutes behind, and stayed alive for minutes
    // after it went quiet when that collector ran ahead (get-terminals.ts).
    reported_at: sharedTime(db, now),
    app_version: h.appVersion,
    pending: h.pending,
    held: h.held,
    // In UTC as toISOString writes them: what the contract answers, and what orders as text.
    oldest_queued_at: plausibleInstant(h.oldestQueuedAt, now),
    last_delivery_at: plausibleInstant(h.lastDeliveryAt, now),
    storage_usage: h.storage ? Math.min(h.storage.usage, h.storage.quota) : null,
    storage_quota: h.storage?.quota ?? null,
    persisted: h.persisted === null ? null : Number(h.persisted),
  };
  await db
    .insertInto('terminal_status')
    .values({ terminal_id: terminalId, ...row })
    // A terminal knows its last delivery only since its page started: after a reload or an update it
    // says none, and the last one the collector heard of stays rather than vanishing from the dashboard.
    .onConflict((oc) => oc.column('terminal_id').doUpdateSet((eb) => ({ ...row, last_delivery_at: eb.fn.coalesce('excluded.last_delivery_at', 'terminal_status.last_delivery_at') })))
    .execute();
}

/**
 * Age in seconds of the oldest vote queued on any live terminal, as last reported; 0 when none.
 * Over parsed times, not min() over text: rows stored before heartbeats were checked may hold an
 * offset, a bare date or garbage, which would sort wrongly; what does not read as a plausible time is skipped.
 */
export async function oldestQueuedAgeSeconds(db: Db, now: Date): Promise<number> {
  const rows = await db
    .selectFrom('terminal_status')
    .innerJoin('terminals', 'terminals.id', 'terminal_status.terminal_id')
    .select('terminal_status.oldest_queued_at')
    .where('terminals.archived_at', 'is', null)
    .where('terminal_status.pending', '>', 0)
    .where('terminal_status.oldest_queued_at', 'is not', null)
    .execute();
  const oldest = rows.reduce((min, r) => {
    const t = parseInstant(r.oldest_queued_at);
    return t >= EARLIEST && t < min ? t : min;
  }, Infinity);
  return Number.isFinite(oldest) ? Math.max(0, (now.getTime() - oldest) / 1000) : 0;
}

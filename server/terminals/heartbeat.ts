// A terminal's heartbeat: checked, stored as its last known state, read by /metrics and the dashboard.
import type { TerminalHeartbeat } from '../contract/events';
import type { Db } from '../store/database';

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < 1e9;
const isTime = (x: unknown): x is string | null => x === null || (typeof x === 'string' && x.length <= 40 && Number.isFinite(Date.parse(x)));
const isBytes = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x < 1e15;

/** The payload comes from the network: the problem in words, or null when it is well formed. */
export function heartbeatProblem(h: unknown): string | null {
  if (typeof h !== 'object' || h === null) return 'a heartbeat is an object';
  const s = h as Record<string, unknown>;
  if (typeof s.appVersion !== 'string' || s.appVersion.length === 0 || s.appVersion.length > 64) return 'appVersion must be 1-64 characters';
  if (!isCount(s.pending) || !isCount(s.held)) return 'pending and held must be whole numbers';
  if (!isTime(s.oldestQueuedAt) || !isTime(s.lastDeliveryAt)) return 'oldestQueuedAt and lastDeliveryAt must be ISO times or null';
  const st = s.storage as { usage?: unknown; quota?: unknown } | null;
  if (st !== null && (typeof st !== 'object' || !isBytes(st.usage) || !isBytes(st.quota))) return 'storage must be { usage, quota } in bytes, or null';
  if (s.persisted !== null && typeof s.persisted !== 'boolean') return 'persisted must be true, false or null';
  return null;
}

export async function recordHeartbeat(db: Db, terminalId: string, h: TerminalHeartbeat, now: Date): Promise<void> {
  const row = {
    reported_at: now.toISOString(),
    app_version: h.appVersion,
    pending: h.pending,
    held: h.held,
    oldest_queued_at: h.oldestQueuedAt,
    last_delivery_at: h.lastDeliveryAt,
    storage_usage: h.storage?.usage ?? null,
    storage_quota: h.storage?.quota ?? null,
    persisted: h.persisted === null ? null : Number(h.persisted),
  };
  await db
    .insertInto('terminal_status')
    .values({ terminal_id: terminalId, ...row })
    .onConflict((oc) => oc.column('terminal_id').doUpdateSet(row))
    .execute();
}

/** Age in seconds of the oldest vote queued on any live terminal, as last reported; 0 when none. */
export async function oldestQueuedAgeSeconds(db: Db, now: Date): Promise<number> {
  const row = await db
    .selectFrom('terminal_status')
    .innerJoin('terminals', 'terminals.id', 'terminal_status.terminal_id')
    .select((eb) => eb.fn.min('terminal_status.oldest_queued_at').as('oldest'))
    .where('terminals.archived_at', 'is', null)
    .where('terminal_status.pending', '>', 0)
    .executeTakeFirst();
  const oldest = row?.oldest as string | null | undefined;
  return oldest ? Math.max(0, (now.getTime() - Date.parse(oldest)) / 1000) : 0;
}

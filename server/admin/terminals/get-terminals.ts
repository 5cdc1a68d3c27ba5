// Reads terminals in the contract's shape, with their services in display order and their re-dated votes: one, or an office's.
import { SILENT_AFTER_MINUTES, type Terminal, type TerminalHealth } from '../../contract/admin';
import { normalInstant } from '../../contract/instant';
import { DEFAULT_SCALE, SCALE_SIZES, type ScaleSize } from '../../contract/scale';
import type { TerminalMode } from '../../contract/terminal-config';
import type { Db } from '../../store/database';
import { byCodePoint } from '../../store/text-order';
import { getRedatedVotes } from '../../terminals/get-redated-votes';
import { sharedTime } from '../../store/shared-clock';
import { digestVersion } from '../item-version';

/** `now`: the reading collector's clock; on PostgreSQL the database's is read with the rows instead (healthOf). */
export function terminalQuery(db: Db, now: Date) {
  return db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .leftJoin('terminal_status', 'terminal_status.terminal_id', 'terminals.id')
    .select([
      'terminals.id',
      'terminals.office_id',
      'offices.administration_id',
      'terminals.name',
      'terminals.mode',
      'terminals.channel',
      'terminals.scale',
      'terminals.token_hash',
      'terminals.enrolled_at',
      'terminals.revoked_at',
      'terminals.last_seen_at',
      'terminals.archived_at',
      'terminals.sound',
      'terminals.staff_pin_hash',
      'terminals.min_interval_seconds',
      'terminals.burst_per_minute',
      'terminal_status.reported_at',
      'terminal_status.app_version',
      'terminal_status.pending',
      'terminal_status.held',
      'terminal_status.oldest_queued_at',
      'terminal_status.last_delivery_at',
      'terminal_status.storage_usage',
      'terminal_status.storage_quota',
      'terminal_status.persisted',
      sharedTime(db, now).as('shared_now'),
    ])
    // Channel points (web widget, QR codes, phone) vote through terminal rows of their own; they are listed with the channels.
    .where((eb) => eb.not(eb.exists(eb.selectFrom('channel_points').select('channel_points.id').whereRef('channel_points.id', '=', 'terminals.id'))));
}

type TerminalRow = Awaited<ReturnType<ReturnType<typeof terminalQuery>['executeTakeFirstOrThrow']>>;

/**
 * The last heartbeat as the dashboard reads it; silent once SILENT_AFTER_MINUTES have passed without one,
 * by the clock that dated it (the shared one, read with the row): a reading collector's own clock a few
 * minutes off flagged a working terminal silent, or hid a silent one.
 */
export function healthOf(r: TerminalRow): TerminalHealth | null {
  if (!r.reported_at) return null;
  const bytes = (x: number | string | null) => (x === null ? null : Number(x));
  return {
    reportedAt: r.reported_at,
    appVersion: r.app_version ?? '',
    pending: r.pending ?? 0,
    held: r.held ?? 0,
    // Rows stored before heartbeats were checked strictly may hold text the contract's date-time
    // refuses (and the answer would fail with a 500): read as unknown instead.
    oldestQueuedAt: normalInstant(r.oldest_queued_at),
    lastDeliveryAt: normalInstant(r.last_delivery_at),
    storageUsage: bytes(r.storage_usage),
    storageQuota: bytes(r.storage_quota),
    persisted: r.persisted === null ? null : r.persisted === 1,
    silent: Date.parse(r.shared_now) - Date.parse(r.reported_at) >= SILENT_AFTER_MINUTES * 60_000,
  };
}

async function withServices(db: Db, rows: TerminalRow[], now: Date): Promise<Terminal[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [links, redated] = await Promise.all([
    db.selectFrom('terminal_services').select(['terminal_id', 'service_id']).where('terminal_id', 'in', ids).orderBy('position').execute(),
    getRedatedVotes(db, ids, now),
  ]);
  return rows.map((r) => {
    const serviceIds = links.filter((l) => l.terminal_id === r.id).map((l) => l.service_id);
    return {
      id: r.id,
      administrationId: r.administration_id,
      officeId: r.office_id,
      name: r.name,
      mode: r.mode as TerminalMode,
      channel: r.channel,
      scale: (SCALE_SIZES as number[]).includes(r.scale) ? (r.scale as ScaleSize) : DEFAULT_SCALE,
      serviceIds,
      // Only a token still in force counts as enrolled; after a revoke, revokedAt tells when.
      enrolledAt: r.token_hash ? r.enrolled_at : null,
      revokedAt: r.revoked_at,
      lastSeenAt: r.last_seen_at,
      archivedAt: r.archived_at,
      sound: r.sound === 1,
      staffPinSet: r.staff_pin_hash !== null,
      health: healthOf(r),
      redated: redated.get(r.id) ?? null,
      minIntervalSeconds: r.min_interval_seconds,
      burstPerMinute: r.burst_per_minute,
      // What the terminal form edits, as stored (the PIN by its hash, which a new PIN changes); save-terminal.ts checks it.
      version: digestVersion([r.name, r.mode, r.scale, serviceIds, r.sound, r.min_interval_seconds, r.burst_per_minute, r.staff_pin_hash]),
    };
  });
}

export async function getTerminal(db: Db, terminalId: string, now: Date = new Date()): Promise<Terminal | null> {
  const row = await terminalQuery(db, now).where('terminals.id', '=', terminalId).executeTakeFirst();
  return row ? (await withServices(db, [row], now))[0]! : null;
}

/** Archived ones included (they carry archivedAt), by name. */
export async function listOfficeTerminals(db: Db, officeId: string, now: Date = new Date()): Promise<Terminal[]> {
  const rows = await terminalQuery(db, now).where('terminals.office_id', '=', officeId).orderBy('terminals.name', byCodePoint).orderBy('terminals.id', byCodePoint).execute();
  return withServices(db, rows, now);
}

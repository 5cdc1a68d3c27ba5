// Every table of the collector's schema in one list, parents before children: copies, backups and restores go by it.
import { sql } from 'kysely';
import type { Database } from '../store/schema';
import type { Db, DialectName } from '../store/database';

/**
 * Every table of `Database` (server/store/schema.ts), each after the tables its foreign keys
 * point at, so rows can be inserted in this order with the keys enforced. A table added to the
 * schema and not here fails the type check below; one created by a migration and missing from
 * the schema is refused by `unknownTables` at run time (and by tests/server/ops/tables.test.ts).
 */
export const TABLES = [
  'administrations',
  // Issue 8: the public page's settings (migration 012).
  'public_pages',
  'administration_logos',
  'offices',
  'services',
  'reasons',
  // Issue 9 (migration 018): translated service names and reason labels.
  'service_translations',
  'reason_translations',
  'terminals',
  'terminal_services',
  // Migration 035: a terminal's set-up before its changes (services taken off, modes), so that votes it queued before still count.
  'terminal_former_services',
  'terminal_mode_changes',
  // Issue 9 (migration 017): web, QR and phone points are terminal rows with a point beside them.
  'channel_points',
  'vote_codes',
  'channel_settings',
  'users',
  'grants',
  'sessions',
  'api_keys',
  'service_standards',
  'terminal_status',
  'votes',
  'vote_reasons',
  'vote_tombstones',
  'web_feedback',
  // Misuse (migration 015): each terminal's recent taps, and the flagged votes' own rollup.
  'terminal_tap_clock',
  'flagged_counts',
  'face_counts',
  // Migrations 022, 023 and 024: totals-only rollups per office, month, service and channel, per office
  // and day, per office, month, weekday and hour, per office, day, service and channel, and per office,
  // day and hour (they replace the per-face month rollup, migration 020's office day rollup, the
  // per-face weekday x hour one and the per-face day rollup).
  'tally_day',
  'tally_office_hour',
  'tally_month',
  'tally_office_day',
  'tally_office_weekhour',
  'face_counts_admin_month',
  'reason_counts',
  'reason_counts_month',
  'follow_up_counts',
  'follow_up_counts_month',
  'arrival_counts',
  'terminal_counts_month',
  'participation_day',
  'participation_month',
  'audit_log',
  'rate_limits',
  'leases',
  'sign_in_throttle',
  // Issue 8: what the collector sends out (migration 011).
  'installation_secrets',
  'webhooks',
  'outbox',
  'subscriptions',
  'subscription_deliveries',
  // Issue 8: alert rules and the alerts they opened (migration 019).
  'alert_rules',
  'alerts',
] as const satisfies readonly (keyof Database)[];

export type TableName = (typeof TABLES)[number];

/** Compiles only while TABLES names every table of the schema; otherwise the error names the one forgotten. */
type Forgotten = Exclude<keyof Database, TableName>;
export const EVERY_TABLE_LISTED: [Forgotten] extends [never] ? true : Forgotten = true;

/** Kysely's migrator keeps these itself: each store migrates on its own, so they are never copied. */
export const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

/**
 * PostgreSQL only: payloads socket.io's adapter passes between collectors (migration 007),
 * read within seconds and cleaned up by the adapter. Nothing there outlives a restart.
 */
export const TRANSIENT_TABLES = ['socket_io_attachments'] as const;

const KNOWN = new Set<string>([...TABLES, ...MIGRATION_TABLES, ...TRANSIENT_TABLES]);

/** The tables of the database the collector uses (SQLite's main file, PostgreSQL's current schema). */
export async function listTables(db: Db, dialect: DialectName): Promise<string[]> {
  const rows =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  return rows.rows.map((r) => r.name).sort();
}

/** Tables present in the database that this code does not know: copying or restoring past them would lose them. */
export async function unknownTables(db: Db, dialect: DialectName): Promise<string[]> {
  return (await listTables(db, dialect)).filter((t) => !KNOWN.has(t));
}

export async function countRows(db: Db, table: string): Promise<number> {
  const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(row.rows[0]!.n);
}

/** Rows per table, for the tables of TABLES that exist (an older schema may lack some). */
export async function countTables(db: Db, dialect: DialectName): Promise<Map<TableName, number>> {
  const present = new Set(await listTables(db, dialect));
  const counts = new Map<TableName, number>();
  for (const t of TABLES) if (present.has(t)) counts.set(t, await countRows(db, t));
  return counts;
}

/** The last migration applied: the schema version a copy or a backup carries. */
export async function schemaVersion(db: Db): Promise<string | null> {
  try {
    const row = await sql<{ name: string }>`select max(name) as name from kysely_migration`.execute(db);
    return row.rows[0]?.name ?? null;
  } catch {
    return null;
  }
}

/** "2 administrations, 12,345 votes, 4 people": what a database holds, in the words the IT staff use. */
export function describeContents(counts: ReadonlyMap<TableName, number>): string {
  const n = (t: TableName) => counts.get(t) ?? 0;
  // A web, QR or phone point is a terminal row too (migration 017): the IT staff count devices apart.
  const points = n('channel_points');
  const words: [number, string, string][] = [
    [n('administrations'), 'administration', 'administrations'],
    [n('offices'), 'office', 'offices'],
    [n('terminals') - points, 'terminal', 'terminals'],
    ...(points > 0 ? [[points, 'channel point', 'channel points'] as [number, string, string]] : []),
    [n('votes'), 'vote', 'votes'],
    [n('users'), 'person', 'people'],
    [n('audit_log'), 'audit entry', 'audit entries'],
  ];
  return words.map(([count, one, many]) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`).join(', ');
}

/**
 * Working state of running collectors, not data: a lease on a job, a rate-limit window. A collector
 * started once on an empty database leaves some; they do not make it "hold data", and a copy
 * replaces them with the source's (a lease of a process that is gone lapses by itself).
 */
export const STATE_TABLES: ReadonlySet<TableName> = new Set(['leases', 'rate_limits', 'sign_in_throttle']);

/** Whether any table of the schema holds data (working state aside). */
export const holdsData = (counts: ReadonlyMap<TableName, number>) => [...counts].some(([t, n]) => n > 0 && !STATE_TABLES.has(t));

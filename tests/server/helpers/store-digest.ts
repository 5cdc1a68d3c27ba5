// A digest of everything a store holds, table by table, to prove that a refused request changed nothing.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../../server/store/database';

/**
 * What a refused request may change on purpose: a wrong password is counted against its account
 * and address (sign-in throttle), a refused request counts against its rate limit (PostgreSQL
 * keeps those counters in the store), any authenticated request marks its session, terminal or
 * API key as seen, and a key of the installation is made when first needed. Everything else must stay as it was.
 */
const MAY_CHANGE_ON_REFUSAL: Record<string, readonly string[] | 'all'> = {
  sign_in_throttle: 'all',
  rate_limits: 'all',
  leases: 'all',
  // Keys made the first time something needs them (the unsubscribe links' HMAC key, on the first
  // link checked, valid or not): the installation's, not the request's.
  installation_secrets: 'all',
  sessions: ['last_seen_at', 'expires_at'],
  terminals: ['last_seen_at'],
  api_keys: ['last_used_at'],
};

let tables: Promise<string[]> | undefined;
/** The rows behind the latest digests, by digest, so that a difference can be shown row by row. */
const rowsOf = new Map<string, string[]>();

/** Table name -> row count and a hash of its rows (volatile columns left out), in a stable order. */
export async function storeDigest(db: Db): Promise<Record<string, string>> {
  tables ??= db.introspection.getTables().then((ts) => ts.map((t) => t.name).filter((n) => !n.startsWith('kysely_') && !n.startsWith('sqlite_')).sort());
  const digest: Record<string, string> = {};
  // All tables at once: on PostgreSQL each is a round trip, and a fuzzing run takes a digest per case.
  const hashes = await Promise.all(
    (await tables).map(async (table) => {
      const volatile = MAY_CHANGE_ON_REFUSAL[table];
      if (volatile === 'all') return null;
      const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
      const lines = rows
        .map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !volatile?.includes(k)).sort(([a], [b]) => (a < b ? -1 : 1)), (_k, v) => (typeof v === 'bigint' ? String(v) : v)))
        .sort();
      const hash = `${rows.length} rows ${createHash('sha256').update(lines.join('\n')).digest('base64url').slice(0, 16)}`;
      if (rowsOf.size > 400) rowsOf.clear();
      rowsOf.set(`${table} ${hash}`, lines);
      return [table, hash] as const;
    }),
  );
  for (const entry of hashes) if (entry) digest[entry[0]] = entry[1];
  return digest;
}

/** Tables whose digest differs, as "table: before -> after", with a few rows that went and came. */
export function digestChanges(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((t) => before[t] !== after[t])
    .map((t) => {
      const was = new Set(rowsOf.get(`${t} ${before[t]}`) ?? []);
      const now = new Set(rowsOf.get(`${t} ${after[t]}`) ?? []);
      const gone = [...was].filter((r) => !now.has(r)).slice(0, 3);
      const came = [...now].filter((r) => !was.has(r)).slice(0, 3);
      return `${t}: ${before[t]} -> ${after[t]}; gone ${gone.join(' ')}; came ${came.join(' ')}`;
    });
}

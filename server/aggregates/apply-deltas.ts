// Adds count increments to the rollup tables, inside the transaction that stored the votes.
import { sql, type Kysely, type Transaction } from 'kysely';
import { sortedByKey } from '../store/compare-keys';
import type { Database } from '../store/schema';
import type { TableDelta } from './count-deltas';

/** Rows per statement: keeps bound parameters far below SQLite's and PostgreSQL's limits. */
const CHUNK = 100;

/**
 * Upserts "count = count + delta" (each tally column likewise): correct with several collectors writing at once. The table
 * is chosen at run time, which Kysely's types cannot follow; the keys come from ROLLUPS, the one
 * list of each rollup's primary key.
 */
export async function applyDeltas(trx: Transaction<Database>, deltas: readonly TableDelta[]): Promise<void> {
  const db = trx as unknown as Kysely<any>;
  for (const d of deltas) {
    // In key order, tables always in the same order: concurrent batches on PostgreSQL then wait
    // for each other's rows instead of deadlocking (tests/server/store/concurrent-writes.test.ts).
    const sorted = sortedByKey(d.rows, d.keys);
    for (let i = 0; i < sorted.length; i += CHUNK) {
      const rows = sorted.slice(i, i + CHUNK);
      const query = db
        .insertInto(d.table)
        .values(rows)
        .onConflict((oc) => oc.columns([...d.keys]).doUpdateSet(Object.fromEntries(d.countColumns.map((c) => [c, sql`${sql.ref(`${d.table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]))));
      if (d.table !== 'participation_day') {
        await query.execute();
        continue;
      }
      // A day that already has its people-served figure adds these votes to its month's
      // covered votes too, so participation never divides votes and people of different days.
      const covered = await query.returning(['office_id', 'service_id', 'channel', 'day', 'served']).execute();
      const byKey = new Map(rows.map((r) => [`${r.office_id}\u0000${r.service_id}\u0000${r.channel}\u0000${r.day}`, Number(r.votes)]));
      for (const c of covered) {
        if (c.served === null || c.served === undefined) continue;
        const added = byKey.get(`${c.office_id}\u0000${c.service_id}\u0000${c.channel}\u0000${c.day}`) ?? 0;
        await db
          .updateTable('participation_month')
          .set({ votes: sql`votes + ${added}` })
          .where('office_id', '=', c.office_id)
          .where('service_id', '=', c.service_id)
          .where('channel', '=', c.channel)
          .where('month', '=', String(c.day).slice(0, 7))
          .execute();
      }
    }
  }
}

// How many votes of each terminal the collector re-dated over the last days, and the last: its clock is wrong.
import { sql } from 'kysely';
import { REDATED_WINDOW_DAYS, type RedatedVotes } from '../contract/admin';
import type { Db } from '../store/database';

/**
 * Only terminals with re-dated votes are in the map. Reads the partial index of migration 031, one
 * range per terminal, never the votes of good clocks. The condition is a literal, as in the index: a
 * planner matches a partial index against the query's own terms, and a bound value is not always
 * known when it plans (PostgreSQL's generic plans). A re-dated vote's counted_at is its arrival, so
 * the window is the last days of arrivals.
 */
export async function getRedatedVotes(db: Db, terminalIds: readonly string[], now: Date): Promise<Map<string, RedatedVotes>> {
  if (terminalIds.length === 0) return new Map();
  const since = new Date(now.getTime() - REDATED_WINDOW_DAYS * 86_400_000).toISOString();
  const rows = await db
    .selectFrom('votes')
    .select((eb) => ['terminal_id', eb.fn.countAll<number | string>().as('count'), eb.fn.max('counted_at').as('last_at')])
    .where('terminal_id', 'in', [...terminalIds])
    .where('time_source', '=', sql.lit('collector'))
    .where('counted_at', '>=', since)
    .groupBy('terminal_id')
    .execute();
  // PostgreSQL counts in bigint, which arrives as text.
  return new Map(rows.map((r) => [r.terminal_id, { count: Number(r.count), lastAt: r.last_at }]));
}

// Flags the misuse among newly stored votes, terminal by terminal, with each terminal's recent taps
// kept in the database so that a burst spread over several batches is seen too.
import type { Transaction } from 'kysely';
import type { Database } from '../store/schema';
import type { NewVote } from '../store/insert-votes';
import { flagTaps, type TapFlag } from './flag-taps';

/** Terminals per clock upsert: 3 values each, far below SQLite's and PostgreSQL's limits on bound parameters. */
const CLOCK_CHUNK = 200;

export async function flagNewVotes(trx: Transaction<Database>, votes: readonly NewVote[]): Promise<Map<string, TapFlag>> {
  const flags = new Map<string, TapFlag>();
  if (votes.length === 0) return flags;
  const byTerminal = new Map<string, NewVote[]>();
  // Appended in place: copying the list for each vote made a group of n votes of one terminal cost n² steps.
  for (const v of votes) {
    const list = byTerminal.get(v.row.terminal_id);
    if (list) list.push(v);
    else byTerminal.set(v.row.terminal_id, [v]);
  }
  // In terminal order, so two transactions on PostgreSQL lock the clock rows in the same order.
  const terminalIds = [...byTerminal.keys()].sort();
  const rules = new Map(
    (await trx.selectFrom('terminals').select(['id', 'min_interval_seconds', 'burst_per_minute']).where('id', 'in', terminalIds).execute()).map((r) => [r.id, r]),
  );
  const clocks = new Map(
    (await trx.selectFrom('terminal_tap_clock').select(['terminal_id', 'last_tap_at', 'recent']).where('terminal_id', 'in', terminalIds).orderBy('terminal_id').forUpdate().execute()).map((r) => [
      r.terminal_id,
      { lastTapAt: Date.parse(r.last_tap_at), recent: (JSON.parse(r.recent) as string[]).map((t) => Date.parse(t)) },
    ]),
  );
  const clockRows: { terminal_id: string; last_tap_at: string; recent: string }[] = [];
  for (const terminalId of terminalIds) {
    const rule = rules.get(terminalId);
    if (!rule) continue;
    const taps = byTerminal.get(terminalId)!.map((v) => ({ id: v.row.id, at: Date.parse(v.row.cast_at), receivedAt: Date.parse(v.row.received_at), redated: v.row.time_source === 'collector' }));
    const result = flagTaps(clocks.get(terminalId) ?? { lastTapAt: null, recent: [] }, taps, { minIntervalMs: rule.min_interval_seconds * 1000, burstPerMinute: rule.burst_per_minute });
    for (const [id, flag] of result.flags) flags.set(id, flag);
    if (result.clock.lastTapAt === null) continue;
    clockRows.push({ terminal_id: terminalId, last_tap_at: new Date(result.clock.lastTapAt).toISOString(), recent: JSON.stringify(result.clock.recent.map((t) => new Date(t).toISOString())) });
  }
  // One statement for all the group's terminals (still in terminal order): with group commit a
  // transaction holds votes of dozens of terminals, and a statement each was a query per request.
  for (let i = 0; i < clockRows.length; i += CLOCK_CHUNK) {
    await trx
      .insertInto('terminal_tap_clock')
      .values(clockRows.slice(i, i + CLOCK_CHUNK))
      .onConflict((oc) => oc.column('terminal_id').doUpdateSet((eb) => ({ last_tap_at: eb.ref('excluded.last_tap_at'), recent: eb.ref('excluded.recent') })))
      .execute();
  }
  const ids = (flag: TapFlag) => [...flags].filter(([, f]) => f === flag).map(([id]) => id);
  for (const flag of ['interval', 'burst'] as const) {
    const list = ids(flag);
    for (let i = 0; i < list.length; i += 500) await trx.updateTable('votes').set({ flag }).where('id', 'in', list.slice(i, i + 500)).execute();
  }
  return flags;
}

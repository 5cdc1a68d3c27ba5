// How many administrations, offices, counters and terminals sent at least one vote in a span of months.
// A web, QR or phone point is stored as a terminal of its office (so its votes take the same path),
// but it is not one: it makes its administration and office count as reporting, never the terminals.
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../store/database';
import type { Database } from '../../store/schema';
import { nextMonth } from '../period-plan';
import { toCount } from './read-planned';

/** Whether the terminal (`terminals.id` of the outer query) counted a vote in those months. */
function reportedIn(eb: ExpressionBuilder<Database, 'terminals'>, fromMonth: string, toMonth: string) {
  return eb.exists(
    eb
      .selectFrom('terminal_counts_month')
      .select('terminal_counts_month.terminal_id')
      .whereRef('terminal_counts_month.terminal_id', '=', 'terminals.id')
      .where('terminal_counts_month.month', '>=', fromMonth)
      .where('terminal_counts_month.month', '<=', toMonth)
      .where('terminal_counts_month.count', '>', 0),
  );
}

export interface ReportingUnits {
  administrations: number;
  offices: number;
  counters: number;
  terminals: number;
}

/**
 * Each terminal is asked once whether it counted a vote in those months (one index seek, migration
 * 008), whatever the span: joining every terminal-month row to its terminal and office instead cost
 * the installation's year bulletin most of its time.
 */
export async function getReportingUnits(db: Db, administrationIds: readonly string[] | null, fromMonth: string, toMonth: string): Promise<ReportingUnits> {
  let q = db
    .selectFrom('terminals')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .leftJoin('channel_points', 'channel_points.id', 'terminals.id')
    .select((eb) => [
      eb.fn.count<number | string>('offices.administration_id').distinct().as('administrations'),
      eb.fn.count<number | string>('terminals.office_id').distinct().as('offices'),
      eb.fn.count<number | string>(eb.case().when(eb.and([eb('channel_points.id', 'is', null), eb('terminals.mode', '=', 'counter')])).then(eb.ref('terminals.id')).end()).as('counters'),
      eb.fn.count<number | string>(eb.case().when('channel_points.id', 'is', null).then(eb.ref('terminals.id')).end()).as('terminals'),
    ])
    .where((eb) => reportedIn(eb, fromMonth, toMonth));
  if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
  const [row, changed] = await Promise.all([q.executeTakeFirst(), modeChangesSince(db, administrationIds, fromMonth, toMonth)]);
  return {
    administrations: toCount(row?.administrations),
    offices: toCount(row?.offices),
    counters: toCount(row?.counters) + counterCorrection(changed, fromMonth, toMonth),
    terminals: toCount(row?.terminals),
  };
}

interface ModeHistory {
  terminalId: string;
  mode: string;
  changes: { at: string; modeBefore: string }[];
}

/**
 * The terminals that reported in those months and changed mode since they began (migration 035):
 * the count above reads each terminal's mode today, and a totem made a counter in June must not be
 * one of January's counters (nor a counter made a totem vanish from them). Usually none, so one
 * small read.
 */
async function modeChangesSince(db: Db, administrationIds: readonly string[] | null, fromMonth: string, toMonth: string): Promise<ModeHistory[]> {
  let q = db
    .selectFrom('terminal_mode_changes')
    .innerJoin('terminals', 'terminals.id', 'terminal_mode_changes.terminal_id')
    .innerJoin('offices', 'offices.id', 'terminals.office_id')
    .select(['terminals.id', 'terminals.mode', 'terminal_mode_changes.changed_at', 'terminal_mode_changes.mode_before'])
    .where('terminal_mode_changes.changed_at', '>=', `${fromMonth}-01`)
    .where((eb) => reportedIn(eb, fromMonth, toMonth))
    .orderBy('terminal_mode_changes.changed_at');
  if (administrationIds) q = q.where('offices.administration_id', 'in', [...administrationIds]);
  const byTerminal = new Map<string, ModeHistory>();
  for (const r of await q.execute()) {
    const h = byTerminal.get(r.id) ?? { terminalId: r.id, mode: r.mode, changes: [] };
    h.changes.push({ at: r.changed_at, modeBefore: r.mode_before });
    byTerminal.set(r.id, h);
  }
  return [...byTerminal.values()];
}

/** For each terminal that changed mode: +1 if it was a counter within the months but is not one now, -1 the other way. */
function counterCorrection(histories: readonly ModeHistory[], fromMonth: string, toMonth: string): number {
  const end = nextMonth(toMonth);
  let correction = 0;
  for (const h of histories) {
    // The modes it had within the span: the one before each change made in it, and the one after the last.
    const during = new Set<string>();
    for (const c of h.changes) if (c.at < `${end}-01`) during.add(c.modeBefore);
    const after = h.changes.find((c) => c.at >= `${end}-01`);
    during.add(after ? after.modeBefore : h.mode);
    const wasCounter = during.has('counter');
    const countedAsCounter = h.mode === 'counter';
    if (wasCounter && !countedAsCounter) correction += 1;
    if (!wasCounter && countedAsCounter) correction -= 1;
  }
  return correction;
}

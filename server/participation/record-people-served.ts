// Writes people-served figures and keeps each month's participation sums exact, in one transaction.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema';

export interface ServedFigure {
  officeId: string;
  serviceId: string;
  /** Contact channel: sportello, telefono or web. */
  channel: string;
  day: string;
  /** null removes the day's figure. */
  served: number | null;
}

export interface ServedSource {
  /** dashboard, csv or api. */
  source: string;
  /** The person's e-mail, or "api-key:<name>". */
  by: string | null;
  at: Date;
}

type MonthDelta = { served: number; votes: number; days: number };

/**
 * A month row holds served, votes and days of the month's days that have a figure. Setting a
 * figure on a day that had none brings that day's votes into the month; removing it takes them
 * out. The day row is made if missing and locked first (FOR UPDATE on PostgreSQL), so a vote stored at the same
 * moment either sees the new figure and adds itself to the month, or is already in the votes read
 * here: never neither, never both.
 */
export async function recordPeopleServed(trx: Kysely<Database>, figures: readonly ServedFigure[], from: ServedSource): Promise<{ stored: number; removed: number; unchanged: number }> {
  const sorted = [...figures].sort((a, b) => key(a).localeCompare(key(b)));
  const months = new Map<string, MonthDelta & { figure: ServedFigure }>();
  let stored = 0;
  let removed = 0;
  // Figures equal to the ones stored: counted as stored, but nothing is written, so the row keeps who
  // gave it and when (a queue system that sends the day's figures every few minutes changes nothing).
  let unchanged = 0;
  for (const f of sorted) {
    const where = (q: any) => q.where('office_id', '=', f.officeId).where('service_id', '=', f.serviceId).where('channel', '=', f.channel).where('day', '=', f.day);
    // PostgreSQL locks rows, not their absence: on a day with no row yet, a lock taken by the read
    // alone covered nothing, and a vote (or a second figure) inserting the row meanwhile went
    // uncounted in the month (or counted twice). The row is made first, empty, so the read locks it.
    if (f.served !== null) {
      await trx
        .insertInto('participation_day')
        .values({ office_id: f.officeId, service_id: f.serviceId, channel: f.channel, day: f.day, votes: 0, served: null })
        .onConflict((oc) => oc.columns(['office_id', 'service_id', 'channel', 'day']).doNothing())
        .execute();
    }
    const old = await where(trx.selectFrom('participation_day').select(['served', 'votes'])).forUpdate().executeTakeFirst();
    const oldServed = old?.served ?? null;
    const votes = Number(old?.votes ?? 0);
    if (f.served !== null && f.served === oldServed) {
      stored += 1;
      unchanged += 1;
      continue;
    }
    if (f.served === null) {
      if (oldServed === null) continue;
      await where(trx.updateTable('participation_day').set({ served: null, served_source: from.source, served_at: from.at.toISOString(), served_by: from.by })).execute();
      removed += 1;
    } else {
      await trx
        .insertInto('participation_day')
        .values({ office_id: f.officeId, service_id: f.serviceId, channel: f.channel, day: f.day, votes: 0, served: f.served, served_source: from.source, served_at: from.at.toISOString(), served_by: from.by })
        .onConflict((oc) =>
          oc.columns(['office_id', 'service_id', 'channel', 'day']).doUpdateSet((eb) => ({
            served: eb.ref('excluded.served'),
            served_source: eb.ref('excluded.served_source'),
            served_at: eb.ref('excluded.served_at'),
            served_by: eb.ref('excluded.served_by'),
          })),
        )
        .execute();
      stored += 1;
    }
    const delta: MonthDelta =
      f.served === null
        ? { served: -oldServed!, votes: -votes, days: -1 }
        : oldServed === null
          ? { served: f.served, votes, days: 1 }
          : { served: f.served - oldServed, votes: 0, days: 0 };
    const mk = `${f.officeId}\u0000${f.serviceId}\u0000${f.channel}\u0000${f.day.slice(0, 7)}`;
    const m = months.get(mk) ?? { served: 0, votes: 0, days: 0, figure: f };
    m.served += delta.served;
    m.votes += delta.votes;
    m.days += delta.days;
    months.set(mk, m);
  }
  for (const m of months.values()) {
    if (m.served === 0 && m.votes === 0 && m.days === 0) continue;
    const f = m.figure;
    await trx
      .insertInto('participation_month')
      .values({ office_id: f.officeId, service_id: f.serviceId, channel: f.channel, month: f.day.slice(0, 7), served: m.served, votes: m.votes, days: m.days })
      .onConflict((oc) =>
        oc.columns(['office_id', 'service_id', 'channel', 'month']).doUpdateSet({
          served: sql`${sql.ref('participation_month.served')} + ${m.served}`,
          votes: sql`${sql.ref('participation_month.votes')} + ${m.votes}`,
          days: sql`${sql.ref('participation_month.days')} + ${m.days}`,
        }),
      )
      .execute();
  }
  return { stored, removed, unchanged };
}

function key(f: ServedFigure): string {
  return `${f.officeId}\u0000${f.serviceId}\u0000${f.channel}\u0000${f.day}`;
}

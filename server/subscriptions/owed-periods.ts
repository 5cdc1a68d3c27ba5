// What a subscription still owes: the periods of its frequency due by now and not queued yet. Read by the
// sending job, and by a change of frequency, which waits until they are out rather than drop them.
import { DEFAULT_TIME_ZONE } from '../admin/offices/save-office';
import type { Frequency } from '../contract/subscriptions';
import type { Db } from '../store/database';
import { periodsDue, type DuePeriod } from './periods';

export interface Schedule {
  id: string;
  administration_id: string;
  office_id: string | null;
  frequency: string;
  created_at: string;
  /** When the current frequency took effect; null: since the subscription was made. */
  frequency_since: string | null;
}

/** An office's zone; an administration's is its first office's, as its report's days are. */
export async function timeZoneOf(db: Db, s: Pick<Schedule, 'administration_id' | 'office_id'>): Promise<string> {
  let q = db.selectFrom('offices').select('time_zone').where('administration_id', '=', s.administration_id);
  q = s.office_id ? q.where('id', '=', s.office_id) : q.orderBy('created_at').orderBy('id');
  return (await q.executeTakeFirst())?.time_zone ?? DEFAULT_TIME_ZONE;
}

/** Oldest first. A period is its first and last day: a week starting on a day whose daily report went out is another period. */
export async function owedPeriods(db: Db, s: Schedule, timeZone: string, now: Date): Promise<DuePeriod[]> {
  // Owed from when the current frequency took effect: a changed frequency starts at its next report, without the archive.
  const due = periodsDue(s.frequency as Frequency, timeZone, new Date(s.frequency_since ?? s.created_at), now);
  if (due.length === 0) return [];
  const sent = await db.selectFrom('subscription_deliveries').select(['period_from', 'period_to']).where('subscription_id', '=', s.id).where('period_from', '>=', due[0]!.from).execute();
  const done = new Set(sent.map((r) => `${r.period_from}/${r.period_to}`));
  return due.filter((p) => !done.has(`${p.from}/${p.to}`));
}

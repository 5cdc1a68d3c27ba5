// The baseline: GROUP BY over the raw votes table answering what each report answers, with the indexes the
// votes table has (office and day), so the comparison is against the best a report could do without rollups.
import { sql } from 'kysely';
import type { Db } from '../../../server/store/database';

type Count = { n: number };
const run = async <T>(db: Db, query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows;

export interface RawOffice {
  total: number;
  byService: Map<string, number>;
  byFace: Map<string, number>;
  days: number;
  hours: number;
  reasons: Map<string, number>;
  followUps: Map<string, number>;
}

/**
 * An office's period: totals per service, channel and face; per day; per weekday and hour; reasons
 * and follow-ups. Comparisons with earlier periods and the charter's parts are left out, so the
 * baseline does less than the report: the ratio is, if anything, too kind to the raw query.
 */
export async function rawOfficeReport(db: Db, officeId: string, from: string, to: string): Promise<RawOffice> {
  const cells = await run(db, sql<Count & { service_id: string; channel: string; scale: number; face: string }>`
    select service_id, channel, scale, face, count(*) as n from votes
    where office_id = ${officeId} and day >= ${from} and day <= ${to} group by service_id, channel, scale, face`);
  const days = await run(db, sql<Count>`
    select day, scale, face, count(*) as n from votes
    where office_id = ${officeId} and day >= ${from} and day <= ${to} group by day, scale, face`);
  // The office's hours, as the heatmap counts them: the website's ratings left out (migration 033).
  const hours = await run(db, sql<Count>`
    select cast(strftime('%w', day) as integer) as weekday, hour, scale, face, count(*) as n from votes
    where office_id = ${officeId} and day >= ${from} and day <= ${to} and channel <> 'web' group by weekday, hour, scale, face`);
  const reasons = await run(db, sql<Count & { reason_id: string }>`
    select r.reason_id, count(*) as n from vote_reasons r join votes v on v.id = r.vote_id
    where v.office_id = ${officeId} and v.day >= ${from} and v.day <= ${to} group by r.reason_id`);
  const followUps = await run(db, sql<Count & { follow_up: string }>`
    select follow_up, count(*) as n from votes
    where office_id = ${officeId} and day >= ${from} and day <= ${to} and follow_up <> 'not-asked' group by follow_up`);
  const sum = (rows: readonly { n: number }[], key: (r: any) => string) => {
    const out = new Map<string, number>();
    for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + Number(r.n));
    return out;
  };
  return {
    total: cells.reduce((a, r) => a + Number(r.n), 0),
    byService: sum(cells, (r) => r.service_id),
    byFace: sum(cells, (r) => r.face),
    days: days.length,
    hours: hours.length,
    reasons: sum(reasons, (r) => r.reason_id),
    followUps: sum(followUps, (r) => r.follow_up),
  };
}

/** An administration's period: votes per office, service, channel and face, through the office and day index. */
export async function rawAdministrationReport(db: Db, administrationId: string, from: string, to: string): Promise<{ total: number; byOffice: Map<string, number> }> {
  const rows = await run(db, sql<Count & { office_id: string }>`
    select office_id, service_id, channel, scale, face, count(*) as n from votes
    where office_id in (select id from offices where administration_id = ${administrationId}) and day >= ${from} and day <= ${to}
    group by office_id, service_id, channel, scale, face`);
  const byOffice = new Map<string, number>();
  for (const r of rows) byOffice.set(r.office_id, (byOffice.get(r.office_id) ?? 0) + Number(r.n));
  return { total: rows.reduce((a, r) => a + Number(r.n), 0), byOffice };
}

export interface RawBulletin {
  votes: number;
  byChannel: Map<string, number>;
  runningTotal: number;
  reported: { administrations: number; offices: number; counters: number; terminals: number };
}

/** The installation's bulletin: votes per channel and face, the running total since the first vote, who reported. */
export async function rawBulletin(db: Db, from: string, to: string): Promise<RawBulletin> {
  const cells = await run(db, sql<Count & { channel: string }>`
    select channel, scale, face, count(*) as n from votes where day >= ${from} and day <= ${to} group by channel, scale, face`);
  const [running] = await run(db, sql<Count & { since: string }>`select count(*) as n, min(day) as since from votes where day <= ${to}`);
  const [reported] = await run(db, sql<{ administrations: number; offices: number; counters: number; terminals: number }>`
    select count(distinct v.administration_id) as administrations, count(distinct v.office_id) as offices,
      count(distinct case when t.mode = 'counter' then v.terminal_id end) as counters, count(distinct v.terminal_id) as terminals
    from votes v join terminals t on t.id = v.terminal_id where v.day >= ${from} and v.day <= ${to}`);
  const byChannel = new Map<string, number>();
  for (const r of cells) byChannel.set(r.channel, (byChannel.get(r.channel) ?? 0) + Number(r.n));
  return { votes: cells.reduce((a, r) => a + Number(r.n), 0), byChannel, runningTotal: Number(running!.n), reported: reported! };
}

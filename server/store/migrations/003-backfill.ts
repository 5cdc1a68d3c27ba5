// Fills migration 003's new rollups from the votes already stored, page by page. Deliberately
// self-contained (no import of today's ingest code): a migration must do tomorrow what it did today.
import type { Kysely } from 'kysely';

const PAGE = 5000;
const INSERT_CHUNK = 200;

const monthOf = (day: string) => day.slice(0, 7);
/** 0 = Monday, as the reports' heatmap counts. */
const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
const contactChannel = (channel: string) => (channel === 'totem' ? 'sportello' : channel);

function localDay(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

type Row = Record<string, string | number>;

class Rollup {
  readonly rows = new Map<string, Row>();
  constructor(
    readonly table: string,
    readonly countColumn = 'count',
  ) {}
  add(key: Row, n = 1) {
    const k = JSON.stringify(key);
    const row = this.rows.get(k);
    if (row) (row[this.countColumn] as number) += n;
    else this.rows.set(k, { ...key, [this.countColumn]: n });
  }
  async write(db: Kysely<any>) {
    const rows = [...this.rows.values()];
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insertInto(this.table).values(rows.slice(i, i + INSERT_CHUNK)).execute();
  }
}

export async function backfillRollups(db: Kysely<any>): Promise<void> {
  const zones = new Map((await db.selectFrom('offices').select(['id', 'time_zone', 'administration_id']).execute()).map((o: any) => [o.id, o]));
  const rollups = {
    day: new Rollup('face_counts_day'),
    month: new Rollup('face_counts_month'),
    weekhour: new Rollup('face_counts_weekhour'),
    adminMonth: new Rollup('face_counts_admin_month'),
    reasonMonth: new Rollup('reason_counts_month'),
    followUpMonth: new Rollup('follow_up_counts_month'),
    arrivals: new Rollup('arrival_counts'),
    terminalMonth: new Rollup('terminal_counts_month'),
    participation: new Rollup('participation_day', 'votes'),
  };
  let after = '';
  for (;;) {
    const votes: any[] = await db
      .selectFrom('votes')
      .select(['id', 'office_id', 'terminal_id', 'service_id', 'channel', 'scale', 'face', 'follow_up', 'day', 'hour', 'received_at', 'time_source'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (votes.length === 0) break;
    after = votes[votes.length - 1].id;
    const reasons: any[] = await db
      .selectFrom('vote_reasons')
      .select(['vote_id', 'reason_id'])
      .where('vote_id', 'in', votes.map((v) => v.id))
      .execute();
    const reasonsOf = new Map<string, string[]>();
    for (const r of reasons) reasonsOf.set(r.vote_id, [...(reasonsOf.get(r.vote_id) ?? []), r.reason_id]);

    for (const v of votes) {
      const office = zones.get(v.office_id);
      const month = monthOf(v.day);
      const base = { office_id: v.office_id, service_id: v.service_id, channel: v.channel };
      rollups.day.add({ ...base, day: v.day, scale: v.scale, face: v.face });
      rollups.month.add({ ...base, month, scale: v.scale, face: v.face });
      rollups.weekhour.add({ office_id: v.office_id, month, weekday: weekdayOf(v.day), hour: v.hour, scale: v.scale, face: v.face });
      if (office) rollups.adminMonth.add({ administration_id: office.administration_id, month, channel: v.channel, scale: v.scale, face: v.face });
      for (const reasonId of reasonsOf.get(v.id) ?? []) rollups.reasonMonth.add({ ...base, month, reason_id: reasonId });
      if (v.follow_up !== 'not-asked') rollups.followUpMonth.add({ ...base, month, follow_up: v.follow_up });
      const receivedDay = localDay(v.received_at, office?.time_zone ?? 'UTC');
      if (receivedDay > v.day || v.time_source !== 'terminal') {
        rollups.arrivals.add({ office_id: v.office_id, day: v.day, received_day: receivedDay, time_source: v.time_source });
      }
      rollups.terminalMonth.add({ terminal_id: v.terminal_id, month });
      rollups.participation.add({ office_id: v.office_id, service_id: v.service_id, channel: contactChannel(v.channel), day: v.day });
    }
  }
  // Nothing had people-served figures before this version: participation_month starts empty.
  for (const r of Object.values(rollups)) await r.write(db);
}

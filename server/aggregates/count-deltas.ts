// Turns newly stored votes into increments of every rollup table (a pure function).
import { contactChannel, inOfficeHours } from '../contract/channels';
import { TALLY_COLUMNS, tallyOfFace } from './tally-columns';

/** What the aggregates need to know of one stored vote. */
export interface CountedVote {
  administrationId: string;
  officeId: string;
  terminalId: string;
  serviceId: string;
  channel: string;
  /** Office-local day and hour the vote counts for. */
  day: string;
  hour: number;
  scale: number;
  face: string;
  followUp: string;
  reasonIds: readonly string[];
  /** Office-local day the collector received it, and whose clock dated it. */
  receivedDay: string;
  timeSource: string;
  /** Misuse ('interval', 'burst'): such a vote counts only in flagged_counts, out of every figure. */
  flag?: string | null;
}

/** One table's increments: its key columns, and rows of key values plus the amounts to add. */
export interface TableDelta {
  table: RollupTable;
  keys: readonly string[];
  /** Which columns the amounts go to: "count"; "votes" in participation_day; every tally column in the totals-only rollups. */
  countColumns: readonly string[];
  rows: Record<string, string | number>[];
}

export const ROLLUPS = {
  face_counts: ['office_id', 'day', 'hour', 'service_id', 'channel', 'scale', 'face'],
  // Totals only (migrations 022, 023 and 024, server/aggregates/tally-columns.ts): days and whole
  // months per service and channel, an office's daily series, its weekday x hour heatmap and its
  // hours of each day, one row per key instead of one per scale and face.
  tally_day: ['office_id', 'day', 'service_id', 'channel'],
  tally_month: ['office_id', 'month', 'service_id', 'channel'],
  tally_office_day: ['office_id', 'day'],
  // Both without the website's ratings and the QR codes' votes (migrations 033 and 038).
  tally_office_hour: ['office_id', 'day', 'hour'],
  tally_office_weekhour: ['office_id', 'month', 'weekday', 'hour'],
  face_counts_admin_month: ['administration_id', 'month', 'channel', 'scale', 'face'],
  reason_counts: ['office_id', 'day', 'service_id', 'channel', 'reason_id'],
  reason_counts_month: ['office_id', 'month', 'service_id', 'channel', 'reason_id'],
  follow_up_counts: ['office_id', 'day', 'service_id', 'channel', 'follow_up'],
  follow_up_counts_month: ['office_id', 'month', 'service_id', 'channel', 'follow_up'],
  arrival_counts: ['office_id', 'day', 'received_day', 'time_source'],
  terminal_counts_month: ['terminal_id', 'month'],
  participation_day: ['office_id', 'service_id', 'channel', 'day'],
  flagged_counts: ['office_id', 'day', 'service_id', 'channel', 'flag', 'face'],
} as const;
export type RollupTable = keyof typeof ROLLUPS;

/** The columns each rollup adds to: one count, or the totals-only rollups' tally columns. */
export function countColumnsOf(table: RollupTable): readonly string[] {
  if (table.startsWith('tally_')) return TALLY_COLUMNS;
  return table === 'participation_day' ? ['votes'] : ['count'];
}

export const monthOf = (day: string) => day.slice(0, 7);
/** 0 = Monday: the office's week, as the heatmap shows it. */
export const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

class Tally {
  private readonly rows = new Map<string, Record<string, string | number>>();
  readonly countColumns: readonly string[];
  constructor(readonly table: RollupTable) {
    this.countColumns = countColumnsOf(table);
  }
  /** `n` to the table's one count column. */
  add(values: Record<string, string | number>, n: number) {
    this.addAmounts(values, { [this.countColumns[0]!]: n });
  }
  addAmounts(values: Record<string, string | number>, amounts: Readonly<Record<string, number>>) {
    // Keys in the table's own column order, so the map key and the sort below agree.
    const keyValues = ROLLUPS[this.table].map((k) => values[k]!);
    const key = keyValues.join('\u0000');
    const row = this.rows.get(key);
    if (row) for (const c of this.countColumns) (row[c] as number) += amounts[c] ?? 0;
    else this.rows.set(key, { ...values, ...Object.fromEntries(this.countColumns.map((c) => [c, amounts[c] ?? 0])) });
  }
  delta(): TableDelta {
    // Sorted by key: concurrent transactions on PostgreSQL then lock rows in one order and
    // cannot deadlock on each other's upserts.
    const rows = [...this.rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
    return { table: this.table, keys: ROLLUPS[this.table], countColumns: this.countColumns, rows };
  }
}

/** Votes with the same key count alike in every rollup (the same reasons in another order only make another key, counted the same). */
const likeKey = (v: CountedVote) =>
  [v.flag ?? '', v.administrationId, v.officeId, v.terminalId, v.serviceId, v.channel, v.day, v.hour, v.scale, v.face, v.followUp, v.receivedDay, v.timeSource, ...v.reasonIds].join('\u0000');

/** One increment row per distinct bucket of each rollup, so a batch of 500 votes costs a few upserts. */
export function countDeltas(votes: readonly CountedVote[]): TableDelta[] {
  const t = Object.fromEntries(Object.keys(ROLLUPS).map((table) => [table, new Tally(table as RollupTable)])) as Record<RollupTable, Tally>;
  // Votes alike go through the tallies once, with their number: a batch holds far fewer kinds of
  // vote than votes, and tallying each vote into twelve rollups was a tenth of ingest's CPU.
  const alike = new Map<string, { vote: CountedVote; n: number }>();
  for (const v of votes) {
    const key = likeKey(v);
    const kind = alike.get(key);
    if (kind) kind.n += 1;
    else alike.set(key, { vote: v, n: 1 });
  }
  for (const { vote: v, n } of alike.values()) {
    const month = monthOf(v.day);
    const base = { office_id: v.officeId, service_id: v.serviceId, channel: v.channel };
    if (v.flag) {
      t.flagged_counts.add({ ...base, day: v.day, flag: v.flag, face: v.face }, n);
      continue;
    }
    const face = { scale: v.scale, face: v.face };
    t.face_counts.add({ ...base, day: v.day, hour: v.hour, ...face }, n);
    const tally = tallyOfFace(v.scale, v.face, n);
    t.tally_day.addAmounts({ ...base, day: v.day }, tally);
    t.tally_month.addAmounts({ ...base, month }, tally);
    t.tally_office_day.addAmounts({ office_id: v.officeId, day: v.day }, tally);
    // The office's hours are those it serves people in (counters, totem, phone): a website's rating or
    // a QR code's vote, given on the citizen's phone at any hour, would read as a tap after closing
    // (contract/channels.ts, migrations 033 and 038).
    if (inOfficeHours(v.channel, v.timeSource)) {
      t.tally_office_hour.addAmounts({ office_id: v.officeId, day: v.day, hour: v.hour }, tally);
      t.tally_office_weekhour.addAmounts({ office_id: v.officeId, month, weekday: weekdayOf(v.day), hour: v.hour }, tally);
    }
    t.face_counts_admin_month.add({ administration_id: v.administrationId, month, channel: v.channel, ...face }, n);
    for (const reasonId of v.reasonIds) {
      t.reason_counts.add({ ...base, day: v.day, reason_id: reasonId }, n);
      t.reason_counts_month.add({ ...base, month, reason_id: reasonId }, n);
    }
    if (v.followUp !== 'not-asked') {
      t.follow_up_counts.add({ ...base, day: v.day, follow_up: v.followUp }, n);
      t.follow_up_counts_month.add({ ...base, month, follow_up: v.followUp }, n);
    }
    // Only what a report calls late or re-dated: most votes arrive the day they count for.
    if (v.receivedDay > v.day || v.timeSource === 'collector') {
      t.arrival_counts.add({ office_id: v.officeId, day: v.day, received_day: v.receivedDay, time_source: v.timeSource }, n);
    }
    t.terminal_counts_month.add({ terminal_id: v.terminalId, month }, n);
    t.participation_day.add({ office_id: v.officeId, service_id: v.serviceId, channel: contactChannel(v.channel), day: v.day }, n);
  }
  return Object.values(t)
    .map((x) => x.delta())
    .filter((d) => d.rows.length > 0);
}

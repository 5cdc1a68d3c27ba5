// Recounts every rollup from a database's raw votes, independently of ingest, and answers where the stored rollups differ.
import { sql } from 'kysely';
import { TALLY_COLUMNS } from '../../../server/aggregates/tally-columns';
import { localBucket } from '../../../server/aggregates/time-bucket';
import type { Db } from '../../../server/store/database';

type Row = Record<string, unknown>;

/** docs/metrics.md's face values in twelfths, written out here rather than taken from the code under test. */
const POINTS: Record<number, Record<string, number>> = {
  3: { positivo: 12, sufficiente: 6, negativo: 0 },
  4: { ottimo: 12, positivo: 8, negativo: 4, pessimo: 0 },
  5: { ottimo: 12, positivo: 9, sufficiente: 6, negativo: 3, pessimo: 0 },
};

const norm = (rows: Row[]) =>
  rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])))).sort();

export interface RollupDifference {
  table: string;
  /** Rows a recount expects and the table lacks (or holds with another count). */
  missing: string[];
  /** Rows the table holds and a recount does not expect. */
  extra: string[];
}

/**
 * The rollup rows the raw votes (and their reasons) call for, recounted here as
 * tests/server/aggregates/aggregates-recount.test.ts does, against those stored. Only valid
 * while no vote was removed by retention (its counts stay, its row goes). An empty list: every
 * vote has its rollups, and no rollup counts a vote that is not there. A vote flagged as misuse is
 * expected in flagged_counts alone.
 */
export async function rollupDifferences(db: Db): Promise<RollupDifference[]> {
  const votes = await db.selectFrom('votes').innerJoin('offices', 'offices.id', 'votes.office_id').selectAll('votes').select(['offices.administration_id as admin', 'offices.time_zone']).execute();
  // The QR codes' points, by what they are rather than by how their votes are dated (the rule ingest uses).
  const qrPoints = new Set((await db.selectFrom('channel_points').select('id').where('kind', '=', 'qr').execute()).map((p) => p.id));
  const reasonsOf = new Map<string, string[]>();
  for (const r of await db.selectFrom('vote_reasons').selectAll().execute()) reasonsOf.set(r.vote_id, [...(reasonsOf.get(r.vote_id) ?? []), r.reason_id]);
  const expected = new Map<string, Map<string, number>>();
  const add = (table: string, key: Row) => {
    const m = expected.get(table) ?? new Map<string, number>();
    expected.set(table, m);
    const k = JSON.stringify(key);
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  // The totals-only rollups (migrations 022, 023 and 024): per key, the sum of each vote's tally columns.
  const tallies = new Map<string, Map<string, Record<string, number>>>();
  const addTally = (table: string, key: Row, scale: number, face: string) => {
    const m = tallies.get(table) ?? new Map<string, Record<string, number>>();
    tallies.set(table, m);
    const k = JSON.stringify(key);
    const sum = m.get(k) ?? Object.fromEntries(TALLY_COLUMNS.map((c) => [c, 0]));
    const points = POINTS[scale]![face]!;
    sum.votes! += 1;
    sum[face]! += 1;
    sum.points! += points;
    sum.points_squared! += points * points;
    m.set(k, sum);
  };
  for (const v of votes) {
    const month = v.day.slice(0, 7);
    const weekday = [6, 0, 1, 2, 3, 4, 5][new Date(`${v.day}T12:00:00Z`).getUTCDay()];
    const base = { office_id: v.office_id, service_id: v.service_id, channel: v.channel };
    // Misuse (server/ingest/flag-taps.ts) is counted apart, and in no figure.
    if (v.flag) {
      add('flagged_counts', { ...base, day: v.day, flag: v.flag, face: v.face });
      continue;
    }
    const scale = Number(v.scale);
    add('face_counts', { ...base, day: v.day, hour: Number(v.hour), scale, face: v.face });
    addTally('tally_day', { ...base, day: v.day }, scale, v.face);
    addTally('tally_month', { ...base, month }, scale, v.face);
    addTally('tally_office_day', { office_id: v.office_id, day: v.day }, scale, v.face);
    // An office's hours are those it serves people in: the website's ratings and the QR codes' votes,
    // cast on people's own phones at any hour, are not in them (migrations 033 and 038).
    if (v.channel !== 'web' && !qrPoints.has(v.terminal_id)) {
      addTally('tally_office_hour', { office_id: v.office_id, day: v.day, hour: Number(v.hour) }, scale, v.face);
      addTally('tally_office_weekhour', { office_id: v.office_id, month, weekday, hour: Number(v.hour) }, scale, v.face);
    }
    add('face_counts_admin_month', { administration_id: v.admin, month, channel: v.channel, scale, face: v.face });
    for (const reason of reasonsOf.get(v.id) ?? []) {
      add('reason_counts', { ...base, day: v.day, reason_id: reason });
      add('reason_counts_month', { ...base, month, reason_id: reason });
    }
    if (v.follow_up !== 'not-asked') {
      add('follow_up_counts', { ...base, day: v.day, follow_up: v.follow_up });
      add('follow_up_counts_month', { ...base, month, follow_up: v.follow_up });
    }
    const received = localBucket(new Date(v.received_at), v.time_zone).day;
    if (received > v.day || v.time_source === 'collector') add('arrival_counts', { office_id: v.office_id, day: v.day, received_day: received, time_source: v.time_source });
    add('terminal_counts_month', { terminal_id: v.terminal_id, month });
    add('participation_day', { office_id: v.office_id, service_id: v.service_id, channel: v.channel === 'totem' ? 'sportello' : v.channel, day: v.day });
  }
  const differences: RollupDifference[] = [];
  for (const table of ['face_counts', 'tally_day', 'tally_month', 'tally_office_day', 'tally_office_hour', 'tally_office_weekhour', 'face_counts_admin_month', 'reason_counts', 'reason_counts_month', 'follow_up_counts', 'follow_up_counts_month', 'arrival_counts', 'terminal_counts_month', 'participation_day', 'flagged_counts']) {
    const tally = tallies.has(table) || table.startsWith('tally_');
    const counts: readonly string[] = tally ? TALLY_COLUMNS : [table === 'participation_day' ? 'votes' : 'count'];
    const count = counts[0]!;
    const stored = (await sql<Row>`select * from ${sql.table(table)}`.execute(db)).rows
      // People served are not counted from votes; a day with people served and no vote has a row of 0 votes.
      .map(({ served: _s, served_source: _ss, served_at: _sa, served_by: _sb, ...r }) => ({ ...r, ...Object.fromEntries(counts.map((c) => [c, Number(r[c])])) }))
      .filter((r) => r[count] !== 0);
    const got = norm(stored);
    const want = norm(
      tally
        ? [...(tallies.get(table) ?? new Map<string, Record<string, number>>())].map(([k, sums]) => ({ ...JSON.parse(k), ...sums }))
        : [...(expected.get(table) ?? new Map<string, number>())].map(([k, n]) => ({ ...JSON.parse(k), [count]: n })),
    );
    const gotSet = new Set(got);
    const wantSet = new Set(want);
    const missing = want.filter((r) => !gotSet.has(r));
    const extra = got.filter((r) => !wantSet.has(r));
    if (missing.length > 0 || extra.length > 0) differences.push({ table, missing: missing.slice(0, 5), extra: extra.slice(0, 5) });
  }
  return differences;
}

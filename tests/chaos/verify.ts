// After a chaos run: the stored votes and every rollup against what the terminals cast.
import type { Db } from '../../server/store/database';
import { rollupDifferences } from '../server/helpers/recount-rollups';
import type { HttpTerminal } from './http-terminal';
import { kioskKey, type KioskTerminal } from './kiosk-terminal';

export interface Counted {
  stored: number;
  /** Votes in the face rollups (every figure is built from these). */
  counted: number;
  /** Stored with the collector's time of receipt (time_source 'collector'). */
  redated: number;
  flagged: number;
  /** Everything that is not as cast; empty when the run held. */
  problems: string[];
}

const sameContent = (a: { serviceId: string; face: string; followUp: string; castAt: string; reasons: readonly string[] }, b: typeof a) =>
  a.serviceId === b.serviceId && a.face === b.face && a.followUp === b.followUp && Date.parse(a.castAt) === Date.parse(b.castAt) && [...a.reasons].sort().join() === [...b.reasons].sort().join();

export async function verify(db: Db, http: readonly HttpTerminal[], kiosks: readonly KioskTerminal[]): Promise<Counted> {
  const problems: string[] = [];
  const rows = await db.selectFrom('votes').select(['id', 'terminal_id', 'office_id', 'service_id', 'face', 'follow_up', 'cast_at', 'counted_at', 'time_source', 'flag']).execute();
  const reasonsOf = new Map<string, string[]>();
  for (const r of await db.selectFrom('vote_reasons').select(['vote_id', 'reason_id']).execute()) reasonsOf.set(r.vote_id, [...(reasonsOf.get(r.vote_id) ?? []), r.reason_id]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (byId.size !== rows.length) problems.push(`${rows.length - byId.size} vote ids stored more than once`);
  const stored = (r: (typeof rows)[number]) => ({ serviceId: r.service_id, face: r.face, followUp: r.follow_up, castAt: r.cast_at, reasons: reasonsOf.get(r.id) ?? [] });

  // What was cast, by office, service and face, to hold the rollups against.
  const castTally = new Map<string, number>();
  const tally = (office: string, service: string, face: string) => castTally.set(`${office} ${service} ${face}`, (castTally.get(`${office} ${service} ${face}`) ?? 0) + 1);
  let castRedated = 0;

  for (const t of http) {
    for (const [id, { vote, redated }] of t.cast) {
      tally(t.setup.officeId, vote.serviceId, vote.face);
      if (redated) castRedated++;
      const row = byId.get(id);
      if (!t.acked.has(id)) problems.push(`${t.setup.id}: vote ${id} was never acknowledged`);
      if (!row) {
        problems.push(`${t.setup.id}: vote ${id}${t.acked.has(id) ? ', acknowledged,' : ''} is not stored`);
        continue;
      }
      if (row.terminal_id !== t.setup.id || !sameContent(stored(row), vote)) problems.push(`${t.setup.id}: vote ${id} is stored as ${JSON.stringify({ ...stored(row), terminal: row.terminal_id })}, cast as ${JSON.stringify(vote)}`);
      const source = redated ? 'collector' : 'terminal';
      if (row.time_source !== source) problems.push(`${t.setup.id}: vote ${id} cast at ${vote.castAt} by a clock ${redated ? 'hours off' : 'right'} is dated by the ${row.time_source}`);
      if (source === 'terminal' && Date.parse(row.counted_at) !== Date.parse(vote.castAt)) problems.push(`${t.setup.id}: vote ${id} is counted at ${row.counted_at}, cast at ${vote.castAt}`);
    }
    const extra = rows.filter((r) => r.terminal_id === t.setup.id && !t.cast.has(r.id));
    if (extra.length > 0) problems.push(`${t.setup.id}: ${extra.length} stored votes were never cast, e.g. ${extra[0]!.id}`);
    problems.push(...t.anomalies);
  }

  for (const k of kiosks) {
    const mine = rows.filter((r) => r.terminal_id === k.id);
    const got = new Map<string, number>();
    for (const r of mine) {
      const key = kioskKey(r.face, r.follow_up, reasonsOf.get(r.id) ?? [], r.time_source === 'collector');
      got.set(key, (got.get(key) ?? 0) + 1);
    }
    // What was tapped (the face leads the key), on the kiosk's one service.
    for (const [key, count] of k.tally) for (let i = 0; i < count; i++) tally(k.officeId, k.serviceId, key.split(' ')[0]!);
    const want = JSON.stringify([...k.tally].sort());
    if (JSON.stringify([...got].sort()) !== want) problems.push(`kiosk ${k.id}: stored ${JSON.stringify([...got].sort())}, tapped ${want}`);
    castRedated += [...k.tally].filter(([key]) => key.endsWith(' re-dated')).reduce((n, [, count]) => n + count, 0);
  }

  const flagged = rows.filter((r) => r.flag !== null).length;
  if (flagged > 0) problems.push(`${flagged} votes flagged as misuse, although the chaos terminals have no thresholds`);

  for (const d of await rollupDifferences(db)) problems.push(`rollup ${d.table} differs from a recount of the stored votes: missing ${d.missing.join(' | ')}; extra ${d.extra.join(' | ')}`);

  const faces = await db.selectFrom('face_counts').select(['office_id', 'service_id', 'face', (eb) => eb.fn.sum<number>('count').as('n')]).groupBy(['office_id', 'service_id', 'face']).execute();
  const counted = new Map(faces.map((f) => [`${f.office_id} ${f.service_id} ${f.face}`, Number(f.n)]));
  for (const key of new Set([...castTally.keys(), ...counted.keys()])) {
    if ((castTally.get(key) ?? 0) !== (counted.get(key) ?? 0)) problems.push(`${key}: ${castTally.get(key) ?? 0} cast, ${counted.get(key) ?? 0} counted`);
  }
  const arrivals = await db.selectFrom('arrival_counts').select((eb) => eb.fn.sum<number>('count').as('n')).where('time_source', '=', 'collector').executeTakeFirst();
  const redated = Number(arrivals?.n ?? 0);
  if (redated !== castRedated) problems.push(`${castRedated} votes cast by clocks hours off, ${redated} counted as re-dated`);

  return { stored: rows.length, counted: [...counted.values()].reduce((a, b) => a + b, 0), redated, flagged, problems };
}

// Fills an empty store with the national installation and its three years of votes, counted into the rollups
// by ingest's own countDeltas and applyDeltas a month per transaction, and people served for its largest office.
import { CompiledQuery, type Transaction } from 'kysely';
import { applyDeltas } from '../../../server/aggregates/apply-deltas';
import { countDeltas } from '../../../server/aggregates/count-deltas';
import { DEFAULT_REASONS } from '../../../server/contract/quality';
import { holidaysOf, OFFICE } from '../../../server/demo/history-plan';
import { seededRandom, type Random } from '../../../server/demo/random';
import { recordPeopleServed, type ServedFigure } from '../../../server/participation/record-people-served';
import type { Db } from '../../../server/store/database';
import type { NewVote } from '../../../server/store/insert-votes';
import type { Database } from '../../../server/store/schema';
import { FIRST_DAY, LAST_DAY, planInstallation, SEED, TIME_ZONE, TOTAL_VOTES, type BenchAdministration } from './installation';
import { emptyTally, monthlyVotes } from './votes';

export interface GeneratedInstallation {
  votes: number;
  late: number;
  redated: number;
  largestOfficeId: string;
  largestAdministrationId: string;
}

const HOURS = { mon: [{ from: '08:30', to: '12:30' }], tue: [{ from: '08:30', to: '12:30' }, { from: '15:00', to: '17:00' }], wed: [{ from: '08:30', to: '12:30' }], thu: [{ from: '08:30', to: '12:30' }, { from: '15:00', to: '17:00' }], fri: [{ from: '08:30', to: '12:30' }], sat: [], sun: [] };

function chunks<T>(rows: readonly T[], n = 100): T[][] {
  return Array.from({ length: Math.ceil(rows.length / n) }, (_, i) => rows.slice(i * n, i * n + n));
}

/** Rows per INSERT: 500 votes of 16 columns stay far below SQLite's 32,766 bound parameters. */
const INSERT_ROWS = 500;

/** Plain multi-row INSERTs of rows that all have the same columns, on the transaction's own connection. */
async function insertRows(trx: Transaction<Database>, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (const part of chunks(rows, INSERT_ROWS)) {
    const text = `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values ${part.map(() => tuple).join(', ')}`;
    await trx.executeQuery(CompiledQuery.raw(text, part.flatMap((r) => columns.map((c) => r[c]))));
  }
}

/**
 * What storeVotes does, minus the idempotency that fresh ids do not need: the rows go in with plain
 * INSERTs (a repeated id fails loudly), then countDeltas and applyDeltas count them, as ingest does.
 * insertVotes' 200-row upserts with RETURNING took twice as long for the same month, over 36 months.
 */
async function storeMonth(db: Db, votes: readonly NewVote[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'votes', votes.map((v) => v.row));
    await insertRows(trx, 'vote_reasons', votes.flatMap((v) => v.reasonIds.map((reason_id) => ({ vote_id: v.row.id, reason_id }))));
    // The same mapping as server/ingest/store-votes.ts.
    const counted = votes.map(({ row, reasonIds, receivedDay }) => ({
      administrationId: row.administration_id, officeId: row.office_id, terminalId: row.terminal_id, serviceId: row.service_id, channel: row.channel,
      day: row.day, hour: row.hour, scale: row.scale, face: row.face, followUp: row.follow_up, reasonIds, receivedDay, timeSource: row.time_source,
    }));
    await applyDeltas(trx, countDeltas(counted));
  });
}

/** Administrations, offices (with hours and holidays), services (half with a charter standard), reasons, terminals. */
async function writeStructure(db: Db, administrations: readonly BenchAdministration[], rng: Random): Promise<void> {
  const at = `${FIRST_DAY}T00:00:00.000Z`;
  const hours = JSON.stringify(HOURS);
  const holidays = JSON.stringify(holidaysOf(OFFICE.municipio, FIRST_DAY, LAST_DAY));
  const offices = administrations.flatMap((a) => a.offices);
  const services = administrations.flatMap((a) => a.services.map((s) => ({ id: s.id, administration_id: a.id, name: s.name, archived_at: null, created_at: at })));
  const terminals = offices.flatMap((o) => o.terminals);
  await db.transaction().execute(async (trx) => {
    for (const part of chunks(administrations.map((a) => ({ id: a.id, name: a.name, created_at: at })))) await trx.insertInto('administrations').values(part).execute();
    for (const part of chunks(offices.map((o) => ({ id: o.id, administration_id: o.administrationId, name: o.name, time_zone: TIME_ZONE, opening_hours: hours, holidays, archived_at: null, created_at: at })))) {
      await trx.insertInto('offices').values(part).execute();
    }
    for (const part of chunks(services)) await trx.insertInto('services').values(part).execute();
    // As createService stores a standard: in force since ever.
    const standards = services.filter(() => rng.chance(0.5)).map((s) => ({ service_id: s.id, valid_from: '1970-01-01', min_positive_pct: 65 + 5 * rng.int(5), set_at: at, set_by: null }));
    for (const part of chunks(standards)) await trx.insertInto('service_standards').values(part).execute();
    const reasons = administrations.flatMap((a) => DEFAULT_REASONS.map((r, position) => ({ id: `${a.id}-${r.code}`, administration_id: a.id, ...r, position, archived_at: null })));
    for (const part of chunks(reasons)) await trx.insertInto('reasons').values(part).execute();
    for (const part of chunks(terminals.map((t) => ({ id: t.id, office_id: t.officeId, name: t.id, mode: t.mode, channel: t.channel, scale: t.scale, archived_at: null, created_at: at })))) {
      await trx.insertInto('terminals').values(part).execute();
    }
    for (const part of chunks(terminals.flatMap((t) => t.services.map((service_id, position) => ({ terminal_id: t.id, service_id, position }))))) {
      await trx.insertInto('terminal_services').values(part).execute();
    }
  });
}

/** Writes everything into `db`, an empty migrated store; `progress` hears the running vote count after each month. */
export async function generateInstallation(db: Db, progress: (votes: number) => void, totalVotes = TOTAL_VOTES): Promise<GeneratedInstallation> {
  const rng = seededRandom(SEED);
  const administrations = planInstallation(rng);
  await writeStructure(db, administrations, rng);

  const tally = emptyTally();
  for (const month of monthlyVotes(administrations, rng, totalVotes, tally)) {
    // A month per transaction: chunks large enough that each monthly rollup row is written once.
    await storeMonth(db, month);
    progress(tally.votes);
  }

  // The largest office's queue-ticket system sent its people served every evening.
  const figures: ServedFigure[] = [...tally.largestOfficeDesk].map(([key, votes]) => {
    const [serviceId, day] = key.split('/') as [string, string];
    return { officeId: tally.largestOfficeId, serviceId, channel: 'sportello', day, served: Math.round(votes / (0.18 + 0.1 * rng.next())) };
  });
  for (const part of chunks(figures, 1000)) {
    await db.transaction().execute((trx) => recordPeopleServed(trx, part, { source: 'api', by: 'api-key:eliminacode', at: new Date(`${LAST_DAY}T20:00:00Z`) }));
  }
  const share = (a: BenchAdministration) => a.offices.reduce((s, o) => s + o.share, 0);
  const largestAdministration = administrations.reduce((x, y) => (share(y) > share(x) ? y : x));
  return { votes: tally.votes, late: tally.late, redated: tally.redated, largestOfficeId: tally.largestOfficeId, largestAdministrationId: largestAdministration.id };
}

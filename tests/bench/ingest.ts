// Collector ingest: 1,000 votes POSTed over real HTTP in batches of 100, against the same rows inserted with raw better-sqlite3.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { countedTime, localBucket } from '../../server/aggregates/time-bucket';
import { apiPaths } from '../../server/contract/api';
import type { Vote, VoteBatchReceipt } from '../../server/contract/vote';
import type { Db } from '../../server/store/database';
import { DEMO } from '../../server/store/seed-demo';
import { startCollector } from '../e2e/helpers/collector';
import { alternate, BenchFailure, now, type Paired } from './stats';
import { BATCH, COUNTER, VOTES, batches, makeVotes } from './votes';

/** Sends the batches one after the other, as a terminal does (with its device token), and checks every receipt. */
export async function postBatches(url: string, token: string, votes: readonly Vote[], batchSize = BATCH): Promise<void> {
  for (const batch of batches(votes, batchSize)) {
    const res = await fetch(`${url}${apiPaths.votes}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ terminalId: COUNTER.id, votes: batch }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new BenchFailure(`POST ${apiPaths.votes} answered ${res.status}: ${text.slice(0, 300)}`);
    const receipt = JSON.parse(text) as VoteBatchReceipt;
    const stored = receipt.results.filter((r) => r.status === 'stored').length;
    if (stored !== batch.length) throw new BenchFailure(`collector stored ${stored} of ${batch.length} fresh votes in a batch`);
  }
}

export async function countVotes(store: { db: Db }): Promise<number> {
  const row = await store.db.selectFrom('votes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One run against a fresh collector; only the POSTs are on the clock (the enrolment is set-up, as on a real terminal). */
async function collectorRun(distDir: string): Promise<number> {
  const collector = await startCollector(distDir);
  try {
    const token = await collector.deviceToken(COUNTER.id);
    const votes = makeVotes(VOTES);
    const start = now();
    await postBatches(collector.url, token, votes);
    const elapsed = now() - start;
    const n = await countVotes(collector.store);
    if (n !== VOTES) throw new BenchFailure(`collector holds ${n} votes after ingest, expected ${VOTES}`);
    return elapsed;
  } finally {
    await collector.close();
  }
}

/** The votes table of migration 001 without its foreign keys (no parent tables in the scratch file). */
const SCRATCH_DDL = `
  create table votes (
    id text primary key, administration_id text not null, office_id text not null, terminal_id text not null,
    service_id text not null, channel text not null, face text not null, follow_up text not null,
    cast_at text not null, received_at text not null, counted_at text not null, time_source text not null,
    day text not null, hour integer not null);
  create index votes_office_day on votes (office_id, day);`;

/** The rows the collector would write for these votes (same columns, same day/hour bucketing). */
function rowsFor(votes: readonly Vote[], receivedAt: Date) {
  const office = DEMO.offices.find((o) => o.id === COUNTER.officeId)!;
  return votes.map((v) => {
    const { countedAt, source } = countedTime(v.castAt, receivedAt);
    const { day, hour } = localBucket(new Date(countedAt), 'Europe/Rome');
    return {
      id: v.id, administration_id: DEMO.administration.id, office_id: office.id, terminal_id: COUNTER.id,
      service_id: v.serviceId, channel: COUNTER.channel, face: v.face, follow_up: v.followUp, cast_at: v.castAt,
      received_at: receivedAt.toISOString(), counted_at: countedAt, time_source: source, day, hour,
    };
  });
}

/** Baseline: one transaction of prepared inserts into a fresh file with the collector's durability settings. */
function rawSqliteRun(): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradimento-bench-sqlite-'));
  const db = new SqliteDatabase(path.join(dir, 'scratch.sqlite'));
  try {
    // As server/store/dialect.ts sets them: WAL, and FULL so an acknowledged vote survives a power cut.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SCRATCH_DDL);
    const rows = rowsFor(makeVotes(VOTES), new Date());
    const insert = db.prepare(
      `insert into votes values (@id, @administration_id, @office_id, @terminal_id, @service_id, @channel, @face,
        @follow_up, @cast_at, @received_at, @counted_at, @time_source, @day, @hour)`,
    );
    const insertAll = db.transaction((all: typeof rows) => {
      for (const r of all) insert.run(r);
    });
    const start = now();
    insertAll(rows);
    const elapsed = now() - start;
    const n = (db.prepare('select count(*) as n from votes').get() as { n: number }).n;
    if (n !== VOTES) throw new BenchFailure(`scratch table holds ${n} rows, expected ${VOTES}`);
    return elapsed;
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureIngest(distDir: string, runs: number): Promise<Paired> {
  return alternate(runs, async () => rawSqliteRun(), () => collectorRun(distDir));
}

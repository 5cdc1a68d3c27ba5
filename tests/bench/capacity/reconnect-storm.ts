// A reconnect storm: 1,000 enrolled terminals, 50 queued votes each, all come back at once; every vote must be stored once, timed against a raw insert of the same 50,000 rows.
import http from 'node:http';
import { apiPaths } from '../../../server/contract/api';
import type { Vote, VoteBatchReceipt } from '../../../server/contract/vote';
import { countVotes } from '../ingest';
import { BenchFailure, now } from '../stats';
import { request } from './load';
import { startCollectorProcess } from './processes';
import { rawInsert, rowsOf } from './raw-insert';
import type { BenchStores, StoreKind } from './stores';
import { deviceAddress, enrol, queuedVotes, voteHeaders, writeTerminals, type BenchTerminal } from './terminals';

export const STORM_TERMINALS = 1_000;
export const STORM_QUEUED = 50;
/** The kiosk waits about this long before sending again after a failed attempt (kiosk/terminal/net/sync.ts backs off from 1 s). */
const RETRY_MS = 1_000;
const MAX_ATTEMPTS = 20;

export interface StormResult {
  collectorMs: number;
  rawMs: number;
  /** POSTs that failed (no answer, or not 200) and were sent again, as a terminal does. */
  retries: number;
  /** Receipts saying "already-stored": a resend after a lost answer. */
  alreadyStored: number;
  groupCommit: { transactions: number; requests: number };
  /** Enrolling the terminals through POST /enrolment (set-up, not on the clock). */
  enrolMs: number;
}

/** One terminal's queue going out: the 50 votes in one batch (under the kiosk's 100), again until answered. */
async function deliver(url: string, terminal: BenchTerminal, votes: readonly Vote[], address: string, counters: { retries: number; alreadyStored: number }): Promise<void> {
  // Every terminal its own connection from its own address, as separate machines.
  const agent = new http.Agent({ keepAlive: false });
  const body = JSON.stringify({ terminalId: terminal.id, votes });
  try {
    for (let attempt = 1; ; attempt++) {
      let problem: string;
      try {
        const answer = await request(agent, { url, path: apiPaths.votes, headers: voteHeaders(terminal.token), body, localAddress: address });
        if (answer.status === 200) {
          const receipt = JSON.parse(answer.body) as VoteBatchReceipt;
          const wrong = receipt.results.filter((r) => r.status !== 'stored' && r.status !== 'already-stored');
          if (wrong.length > 0 || receipt.results.length !== votes.length) throw new BenchFailure(`terminal ${terminal.id} got receipts ${JSON.stringify(wrong.slice(0, 3))}`);
          counters.alreadyStored += receipt.results.length - receipt.results.filter((r) => r.status === 'stored').length;
          return;
        }
        problem = `${answer.status} ${answer.body.slice(0, 200)}`;
      } catch (err) {
        if (err instanceof BenchFailure) throw err;
        problem = String(err);
      }
      if (attempt >= MAX_ATTEMPTS) throw new BenchFailure(`terminal ${terminal.id} could not deliver after ${attempt} attempts: ${problem}`);
      counters.retries += 1;
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  } finally {
    agent.destroy();
  }
}

export async function measureStorm(stores: BenchStores, kind: StoreKind): Promise<StormResult> {
  const location = await stores.fresh(kind, `storm-${kind}`);
  const pairable = await writeTerminals(stores, location, STORM_TERMINALS, 'totem', false);
  const collector = await startCollectorProcess(location, `${location.dataDir}.log`);
  const store = await stores.open(location);
  try {
    const enrolStart = now();
    const terminals = await enrol(collector.url, pairable);
    const enrolMs = now() - enrolStart;
    const queues = terminals.map((t) => queuedVotes(t, STORM_QUEUED));
    const before = await countVotes(store);
    const commitsBefore = await collector.groupCommit();
    const counters = { retries: 0, alreadyStored: 0 };
    const start = now();
    await Promise.all(terminals.map((t, i) => deliver(collector.url, t, queues[i]!, deviceAddress(i), counters)));
    const collectorMs = now() - start;
    const commitsAfter = await collector.groupCommit();

    const expected = STORM_TERMINALS * STORM_QUEUED;
    const added = (await countVotes(store)) - before;
    if (added !== expected) throw new BenchFailure(`the collector holds ${added} new votes after the storm, expected ${expected}`);
    // Every queued vote by its id (stored lower case), not just as many rows.
    const stored = new Set((await store.db.selectFrom('votes').select('id').execute()).map((r) => r.id));
    const missing = queues.flat().filter((v) => !stored.has(v.id.toLowerCase()));
    if (missing.length > 0) throw new BenchFailure(`${missing.length} queued votes are not in the votes table, e.g. ${missing[0]!.id}`);
    // A vote counted twice would show in the rollups even with a unique id in the votes table.
    const counted = await store.db.selectFrom('face_counts').select((eb) => eb.fn.sum<number>('count').as('n')).executeTakeFirstOrThrow();
    if (Number(counted.n) !== before + expected) throw new BenchFailure(`the rollups count ${counted.n} votes, the votes table ${before + expected}`);

    const rawMs = await rawInsert(stores, kind, `storm-raw-${kind}`, await rowsOf(store, terminals.map((t, i) => ({ token: t.token, votes: queues[i]! }))));
    return {
      collectorMs,
      rawMs,
      retries: counters.retries,
      alreadyStored: counters.alreadyStored,
      groupCommit: { transactions: commitsAfter.transactions - commitsBefore.transactions, requests: commitsAfter.requests - commitsBefore.requests },
      enrolMs,
    };
  } finally {
    await store.close();
    await collector.stop();
  }
}

// One collector against two on one PostgreSQL: the same 50 connections of single-vote requests, all on one process or spread over two.
import { countVotes } from '../ingest';
import { alternate, BenchFailure, type Paired } from '../stats';
import { constantLoad } from './load';
import { startCollectorProcess, type CollectorProcess } from './processes';
import { castClock, CONNECTIONS, DURATION_MS, oneVote, storedCheck, TERMINALS_PER_CONNECTION, withCpu, type CpuPerRequest } from './single-vote';
import type { BenchStores } from './stores';
import { enrol, writeTerminals } from './terminals';

const WARMUP_MS = 1_000;

export interface TwoCollectorsResult extends Paired {
  /** Requests each of the two took in the two-collector runs: the load was spread. */
  split: number[];
  /** CPU per request of each process in the one-collector rounds (the median round's figures), for the machine's ceiling. */
  oneCost: CpuPerRequest;
}

/**
 * Two collector processes on different ports over one database, both up for every round (an idle
 * one costs nothing); rounds alternate which set-up goes first. Results are requests per second.
 */
export async function measureTwoCollectors(stores: BenchStores, runs: number): Promise<TwoCollectorsResult> {
  const location = await stores.fresh('postgres', 'two-collectors');
  const pairable = await writeTerminals(stores, location, CONNECTIONS * TERMINALS_PER_CONNECTION, 'sportello', false);
  const collectors: CollectorProcess[] = [];
  const store = await stores.open(location);
  try {
    collectors.push(await startCollectorProcess(location, `${location.dataDir}-a.log`));
    collectors.push(await startCollectorProcess(location, `${location.dataDir}-b.log`));
    const [a, b] = collectors as [CollectorProcess, CollectorProcess];
    // Enrolled on A; B reads the same tokens from the shared database.
    const terminals = await enrol(a.url, pairable);
    const clock = castClock();
    const one = oneVote(terminals, a.url, clock);
    const two = [oneVote(terminals, a.url, clock), oneVote(terminals, b.url, clock)];
    const split = [0, 0];
    let answered = 0;
    const costs: CpuPerRequest[] = [];
    const result = await alternate(
      runs,
      async () => {
        const r = await withCpu(stores, a, () => constantLoad({ connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, next: one, check: storedCheck }));
        costs.push(r);
        answered += r.total;
        return r.perSecond;
      },
      async () => {
        const before = await Promise.all([a.groupCommit(), b.groupCommit()]);
        const r = await constantLoad({ connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, next: (c) => two[c % 2]!(c), check: storedCheck });
        const after = await Promise.all([a.groupCommit(), b.groupCommit()]);
        after.forEach((x, i) => (split[i]! += x.requests - before[i]!.requests));
        answered += r.total;
        return r.perSecond;
      },
    );
    const n = await countVotes(store);
    if (n !== answered) throw new BenchFailure(`the collectors answered "stored" ${answered} times but the database holds ${n} votes`);
    const total = (c: CpuPerRequest) => c.serverCpuMs + c.postgresCpuMs + c.clientCpuMs;
    const oneCost = [...costs].sort((x, y) => total(x) - total(y))[Math.floor(costs.length / 2)]!;
    return { ...result, split, oneCost };
  } finally {
    await store.close();
    await Promise.all(collectors.map((c) => c.stop()));
  }
}

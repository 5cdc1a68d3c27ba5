// Single-vote ingest: 50 connections each posting one fresh vote per request for a fixed time, against the bare Node http server in the same run.
import type { VoteBatchReceipt } from '../../../server/contract/vote';
import { apiPaths } from '../../../server/contract/api';
import { countVotes } from '../ingest';
import { BenchFailure } from '../stats';
import { constantLoad, type Answer, type LoadResult } from './load';
import { startBareServer, startCollectorProcess } from './processes';
import type { BenchStores, StoreKind } from './stores';
import { enrol, queuedVotes, voteHeaders, writeTerminals, type BenchTerminal } from './terminals';

export const CONNECTIONS = 50;
/**
 * Terminals behind each connection, taking turns: a terminal may send 600 batches a minute
 * (TERMINAL_RATE_LIMIT), and 50 terminals at full speed would hit that limit instead of the collector's.
 */
export const TERMINALS_PER_CONNECTION = 4;
/** A terminal's votes are cast this far apart: above the default misuse rules (3 s apart, 8 a minute), so none is flagged. */
const CAST_EVERY_MS = 8_000;
const WARMUP_MS = 1_000;
export const DURATION_MS = Number(process.env.BENCH_LOAD_SECONDS ?? 5) * 1000;

/** When each terminal's next vote was cast: from two hours ago onwards, CAST_EVERY_MS apart (shared by every load on the same terminals). */
export function castClock(): (terminalId: string) => number {
  const next = new Map<string, number>();
  const start = Date.now() - 2 * 3_600_000;
  return (terminalId) => {
    const at = next.get(terminalId) ?? start;
    next.set(terminalId, at + CAST_EVERY_MS);
    return at;
  };
}

/** A fresh vote from one of the connection's terminals in turn, in a batch of one, as a kiosk sends right after a tap. */
export function oneVote(terminals: readonly BenchTerminal[], url: string, clock: (terminalId: string) => number) {
  const turns = new Map<number, number>();
  return (c: number) => {
    const turn = turns.get(c) ?? 0;
    turns.set(c, turn + 1);
    const terminal = terminals[(c + CONNECTIONS * (turn % TERMINALS_PER_CONNECTION)) % terminals.length]!;
    const votes = queuedVotes(terminal, 1, 0, clock(terminal.id));
    return { url, path: apiPaths.votes, headers: voteHeaders(terminal.token), body: JSON.stringify({ terminalId: terminal.id, votes }) };
  };
}

export function storedCheck(answer: Answer): string | null {
  if (answer.status !== 200) return `POST /votes answered ${answer.status}: ${answer.body.slice(0, 200)}`;
  const receipt = JSON.parse(answer.body) as VoteBatchReceipt;
  return receipt.results.length === 1 && receipt.results[0]!.status === 'stored' ? null : `a fresh vote was answered ${JSON.stringify(receipt.results)}`;
}

/** What a load cost besides its rate: CPU milliseconds per request of the server, of PostgreSQL (0 on SQLite) and of the load generator. */
export interface CpuPerRequest {
  serverCpuMs: number;
  postgresCpuMs: number;
  clientCpuMs: number;
}

/** Runs the load and reads the CPU each side used meanwhile (the warm-up included, as its requests are). */
export async function withCpu(stores: BenchStores, server: { cpuMs(): number }, load: () => Promise<LoadResult>): Promise<LoadResult & CpuPerRequest> {
  const server0 = server.cpuMs();
  const pg0 = stores.postgresCpuMs();
  const client0 = process.cpuUsage();
  const result = await load();
  const client = process.cpuUsage(client0);
  return {
    ...result,
    serverCpuMs: (server.cpuMs() - server0) / result.total,
    postgresCpuMs: (stores.postgresCpuMs() - pg0) / result.total,
    clientCpuMs: (client.user + client.system) / 1000 / result.total,
  };
}

export async function bareLoad(stores: BenchStores, round: number): Promise<LoadResult & CpuPerRequest> {
  const bare = await startBareServer(`${stores.dir}/bare-${round}.log`);
  try {
    const body = JSON.stringify({ terminalId: 'x', votes: queuedVotes({ serviceId: 'x' }, 1) });
    return await withCpu(stores, bare, () => constantLoad({
      connections: CONNECTIONS,
      warmupMs: WARMUP_MS,
      durationMs: DURATION_MS,
      next: () => ({ url: bare.url, path: apiPaths.votes, headers: voteHeaders('x'.repeat(43)), body }),
      check: (a) => (a.status === 204 ? null : `bare server answered ${a.status}`),
    }));
  } finally {
    await bare.stop();
  }
}

/**
 * The most requests a second this machine can serve, whatever the design: its cores divided by the CPU
 * one request costs all the processes involved (server, PostgreSQL, load generator), each measured
 * in this run. A bound, not a forecast: it assumes every core busy with nothing else, which one
 * single-threaded collector cannot even use.
 */
export function cpuCeiling(cores: number, cost: CpuPerRequest): number {
  return (cores * 1000) / (cost.serverCpuMs + cost.postgresCpuMs + cost.clientCpuMs);
}

export interface CollectorLoad extends LoadResult, CpuPerRequest {
  /** Transactions and requests of group commit during the whole load (warm-up included). */
  transactions: number;
  batches: number;
}

export async function collectorLoad(stores: BenchStores, kind: StoreKind): Promise<CollectorLoad> {
  const location = await stores.fresh(kind, `single-${kind}`);
  const pairable = await writeTerminals(stores, location, CONNECTIONS * TERMINALS_PER_CONNECTION, 'sportello', false);
  const collector = await startCollectorProcess(location, `${location.dataDir}.log`);
  let result: LoadResult & CpuPerRequest;
  let commits: { transactions: number; requests: number };
  try {
    const terminals = await enrol(collector.url, pairable);
    const before = await collector.groupCommit();
    result = await withCpu(stores, collector, () =>
      constantLoad({ connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS, next: oneVote(terminals, collector.url, castClock()), check: storedCheck }),
    );
    const after = await collector.groupCommit();
    commits = { transactions: after.transactions - before.transactions, requests: after.requests - before.requests };
  } finally {
    await collector.stop();
  }
  const store = await stores.open(location);
  try {
    const n = await countVotes(store);
    if (n !== result.total) throw new BenchFailure(`the collector answered "stored" ${result.total} times but holds ${n} votes`);
  } finally {
    await store.close();
  }
  return { ...result, transactions: commits.transactions, batches: commits.requests };
}

// The capacity section of `npm run bench` (alone: `npm run bench:capacity`): each measurement with its baseline from the same run, the ratio, and PASS or MISS against the issue's target.
import os from 'node:os';
import { median, ms } from '../stats';
import { BACKLOG_BATCH, BACKLOG_VOTES, measureBacklog } from './backlog';
import { IDLE_SOCKETS, measureIdleSockets } from './idle-sockets';
import { measureStorm, STORM_QUEUED, STORM_TERMINALS } from './reconnect-storm';
import { bareLoad, collectorLoad, CONNECTIONS, cpuCeiling, DURATION_MS, type CollectorLoad } from './single-vote';
import { openBenchStores, type BenchStores, type StoreKind } from './stores';
import { measureTwoCollectors } from './two-collectors';

export const TARGETS = { singleVote: 0.5, backlog: 0.5, twoCollectors: 1.6, idleRssMb: 300 } as const;

const STORE_NAME: Record<StoreKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
const int = (x: number) => Math.round(x).toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const mb = (bytes: number) => bytes / 2 ** 20;

export type Say = (line: string) => void;

async function singleVote(stores: BenchStores, say: Say, summary: string[]): Promise<void> {
  say(`\n-- single-vote ingest: ${CONNECTIONS} keep-alive connections, one fresh vote per request, ${DURATION_MS / 1000} s after a 1 s warm-up; baseline a bare Node http server answering 204, measured before and after`);
  const bareBefore = await bareLoad(stores, 0);
  const kinds: StoreKind[] = stores.postgres ? ['sqlite', 'postgres'] : ['sqlite'];
  const results: [StoreKind, CollectorLoad][] = [];
  for (const kind of kinds) results.push([kind, await collectorLoad(stores, kind)]);
  const bareAfter = await bareLoad(stores, 1);
  const bare = (bareBefore.perSecond + bareAfter.perSecond) / 2;
  say(`bare Node http: ${int(bareBefore.perSecond)} and ${int(bareAfter.perSecond)} requests/s (baseline: their mean, ${int(bare)}); CPU per request: server ${bareBefore.serverCpuMs.toFixed(2)} ms, load generator ${bareBefore.clientCpuMs.toFixed(2)} ms`);
  for (const [kind, r] of results) {
    const ratio = r.perSecond / bare;
    const target = kind === 'sqlite' ? `target >= ${TARGETS.singleVote}: ${verdict(ratio >= TARGETS.singleVote)}` : 'reported (target set for SQLite)';
    const line = `single-vote ingest, ${STORE_NAME[kind]}: ${int(r.perSecond)} requests/s, baseline bare Node http ${int(bare)} requests/s, ratio ${ratio.toFixed(3)}, ${target}`;
    say(line);
    say(
      `  group commit: ${int(r.batches)} requests in ${int(r.transactions)} transactions (${(r.batches / r.transactions).toFixed(1)} requests per transaction); ` +
        `CPU per request: collector ${r.serverCpuMs.toFixed(2)} ms${kind === 'postgres' ? `, PostgreSQL ${r.postgresCpuMs.toFixed(2)} ms` : ''}, load generator ${r.clientCpuMs.toFixed(2)} ms; every answer 200 "stored", ${int(r.total)} votes in the table`,
    );
    // Why a MISS may be this machine's and not only the code's: what the target asks against what the CPU allows.
    const ceiling = cpuCeiling(os.cpus().length, r);
    say(
      `  ceiling on this machine: ${os.cpus().length} CPUs / ${(r.serverCpuMs + r.postgresCpuMs + r.clientCpuMs).toFixed(2)} ms of CPU per request (all processes) = at most ${int(ceiling)} requests/s, ratio at most ${(ceiling / bare).toFixed(2)}` +
        (kind === 'sqlite' ? `; ${TARGETS.singleVote} needs ${int(TARGETS.singleVote * bare)} requests/s, at most ${(((os.cpus().length * 1000) / (TARGETS.singleVote * bare)) - r.clientCpuMs).toFixed(2)} ms of collector CPU per request at this load generator's cost` : ''),
    );
    summary.push(line);
  }
}

async function backlog(stores: BenchStores, runs: number, say: Say, summary: string[]): Promise<void> {
  say(`\n-- backlog: ${int(BACKLOG_VOTES)} votes of one terminal in ${BACKLOG_VOTES / BACKLOG_BATCH} sequential POSTs of ${BACKLOG_BATCH}; baseline the same rows inserted into the votes table in one transaction through the driver; ratio = raw time / collector time`);
  for (const kind of stores.postgres ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
    const r = await measureBacklog(stores, kind, runs);
    const collector = median(r.subject);
    const raw = median(r.baseline);
    const ratio = raw / collector;
    const line = `${int(BACKLOG_VOTES)}-vote backlog, ${STORE_NAME[kind]}: collector ${ms(collector)} (median of ${runs}, ${int(BACKLOG_VOTES / (collector / 1000))} votes/s), raw insert ${ms(raw)}, ratio ${ratio.toFixed(2)}, target >= ${TARGETS.backlog}: ${verdict(ratio >= TARGETS.backlog)}`;
    say(line);
    say(`  runs: collector ${r.subject.map((x) => Math.round(x)).join(', ')} ms; raw ${r.baseline.map((x) => Math.round(x)).join(', ')} ms`);
    // The HTTP part alone, then what the target leaves for everything a collector does beyond inserting the rows.
    const transport = median(r.transportMs);
    const budget = raw / TARGETS.backlog - transport - raw;
    say(
      `  the same POSTs to the bare Node server: ${ms(transport)} (median); ${TARGETS.backlog} asks the collector for ${ms(raw / TARGETS.backlog)} in all, which leaves ` +
        `${budget > 0 ? ms(budget) : 'nothing'} beyond that transport and the raw insert's own ${ms(raw)} for parsing, checking, deduplicating, the rollups and ${BACKLOG_VOTES / BACKLOG_BATCH} commits instead of one`,
    );
    summary.push(line);
  }
}

async function storm(stores: BenchStores, say: Say, summary: string[]): Promise<void> {
  say(`\n-- reconnect storm: ${int(STORM_TERMINALS)} terminals enrolled through POST /enrolment, ${STORM_QUEUED} queued votes each, all sent at once (one connection each, resent after 1 s on failure); baseline the raw insert of the same rows`);
  const r = await measureStorm(stores, 'sqlite');
  const total = STORM_TERMINALS * STORM_QUEUED;
  const line =
    `reconnect storm, SQLite: ${int(total)} votes of ${int(STORM_TERMINALS)} terminals all stored once in ${ms(r.collectorMs)} (${int(total / (r.collectorMs / 1000))} votes/s), ` +
    `raw insert ${ms(r.rawMs)}, ratio ${(r.rawMs / r.collectorMs).toFixed(2)} (no target)`;
  say(line);
  say(
    `  checked: the votes table holds every queued id once and the rollups count ${int(total)}; resent POSTs ${r.retries}, "already-stored" receipts ${r.alreadyStored}; ` +
      `group commit ${int(r.groupCommit.requests)} requests in ${r.groupCommit.transactions} transactions; enrolment took ${ms(r.enrolMs)} (not timed)`,
  );
  summary.push(line);
}

async function twoCollectors(stores: BenchStores, runs: number, say: Say, summary: string[]): Promise<void> {
  say(`\n-- one collector against two on one PostgreSQL: separate processes, ${CONNECTIONS} connections of single-vote requests all on one, or split over both; ${runs} rounds each, alternating`);
  const r = await measureTwoCollectors(stores, runs);
  const one = median(r.baseline);
  const two = median(r.subject);
  const ratio = two / one;
  const line = `two collectors on PostgreSQL: ${int(two)} requests/s, baseline one collector ${int(one)} requests/s, ratio ${ratio.toFixed(2)}x, target >= ${TARGETS.twoCollectors}x: ${verdict(ratio >= TARGETS.twoCollectors)}`;
  say(line);
  say(`  rounds: one ${r.baseline.map(int).join(', ')}; two ${r.subject.map(int).join(', ')} requests/s; requests taken by A and B: ${r.split.map(int).join(' / ')}`);
  const ceiling = cpuCeiling(os.cpus().length, r.oneCost);
  say(
    `  ceiling on this machine: with one collector a request cost ${(r.oneCost.serverCpuMs + r.oneCost.postgresCpuMs + r.oneCost.clientCpuMs).toFixed(2)} ms of CPU (collector ${r.oneCost.serverCpuMs.toFixed(2)}, PostgreSQL ${r.oneCost.postgresCpuMs.toFixed(2)}, load generator ${r.oneCost.clientCpuMs.toFixed(2)}), ` +
      `so ${os.cpus().length} CPUs serve at most ${int(ceiling)} requests/s however many collectors share them: at most ${(ceiling / one).toFixed(2)}x the one collector's rate`,
  );
  summary.push(line);
}

async function idleSockets(stores: BenchStores, say: Say, summary: string[]): Promise<void> {
  say(`\n-- idle terminal sockets: ${int(IDLE_SOCKETS)} socket.io-client connections over WebSocket with device tokens, each past terminal:hello; RSS of the collector process`);
  const r = await measureIdleSockets(stores);
  const perSocket = (r.rssAfterBytes - r.rssBeforeBytes) / r.sockets;
  const line = `${int(IDLE_SOCKETS)} idle terminal sockets: collector RSS ${mb(r.rssAfterBytes).toFixed(0)} MB (${mb(r.rssBeforeBytes).toFixed(0)} MB before them), ${(perSocket / 1024).toFixed(1)} KB per socket, target < ${TARGETS.idleRssMb} MB: ${verdict(mb(r.rssAfterBytes) < TARGETS.idleRssMb)}`;
  say(line);
  say(`  the collector counts ${int(r.connectedOnCollector)} connected terminals; opening them took ${ms(r.connectMs)}, ${100} at a time`);
  summary.push(line);
}

/** The measurements by the name `npm run bench:capacity -- NAME...` picks them with. */
export const CAPACITY_STEPS = ['single-vote', 'backlog', 'storm', 'two-collectors', 'idle-sockets'] as const;
export type CapacityStep = (typeof CAPACITY_STEPS)[number];

/**
 * Runs the chosen capacity measurements (all by default) on fresh stores; one that fails is
 * reported and the others still run.
 */
export async function measureCapacity(runs: number, say: Say, fail: (name: string, err: unknown) => void, only: readonly CapacityStep[] = CAPACITY_STEPS): Promise<string[]> {
  const summary: string[] = [];
  // Other work on the machine shows in every figure (the baselines share it): say how much there was.
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  say(`machine: ${os.cpus().length} CPUs, load average (1 / 5 / 15 min) ${load()} at the start`);
  const stores = await openBenchStores();
  try {
    if (!stores.postgres) say('PostgreSQL is not installed (apt-get install postgresql, or PG_BIN): its figures and the two-collector measurement are skipped');
    else say('PostgreSQL: the tests\' throw-away server (fsync off), so its figures leave out the disk flush that SQLite\'s include');
    const steps: [CapacityStep, () => Promise<void>][] = [
      ['single-vote', () => singleVote(stores, say, summary)],
      ['backlog', () => backlog(stores, runs, say, summary)],
      ['storm', () => storm(stores, say, summary)],
      ...(stores.postgres ? ([['two-collectors', () => twoCollectors(stores, runs, say, summary)]] as [CapacityStep, () => Promise<void>][]) : []),
      ['idle-sockets', () => idleSockets(stores, say, summary)],
    ];
    for (const [name, step] of steps.filter(([name]) => only.includes(name))) {
      try {
        await step();
      } catch (err) {
        fail(`capacity: ${name}`, err);
      }
    }
  } finally {
    stores.close();
  }
  const end = `capacity measured with a load average (1 / 5 / 15 min) of ${load()} at the end, on ${os.cpus().length} CPUs`;
  say(end);
  summary.push(end);
  return summary;
}

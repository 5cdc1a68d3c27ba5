// A 10,000-vote backlog of one terminal, sent in batches of 500 one after the other as a terminal does after a long outage, against a raw insert of the same rows in one transaction.
import { apiPaths } from '../../../server/contract/api';
import type { VoteBatchReceipt } from '../../../server/contract/vote';
import { batches } from '../votes';
import { countVotes } from '../ingest';
import { alternate, BenchFailure, now, type Paired } from '../stats';
import { json, keepAliveAgent, request } from './load';
import { startBareServer, startCollectorProcess } from './processes';
import { rawInsert, rowsOf } from './raw-insert';
import type { BenchStores, StoreKind } from './stores';
import { enrol, queuedVotes, voteHeaders, writeTerminals } from './terminals';

export const BACKLOG_VOTES = 10_000;
export const BACKLOG_BATCH = 500;
/** A busy totem's week offline: about 1,400 votes a day. */
const BACKLOG_SPAN_MS = 7 * 86_400_000;

/**
 * One collector per store for all rounds (each round is another terminal's backlog, checked by
 * its own count); the baseline gets a fresh store each round.
 */
export async function measureBacklog(stores: BenchStores, kind: StoreKind, runs: number): Promise<Paired & { transportMs: number[] }> {
  const location = await stores.fresh(kind, `backlog-${kind}`);
  const pairable = await writeTerminals(stores, location, runs, 'arretrato', false);
  const collector = await startCollectorProcess(location, `${location.dataDir}.log`);
  const store = await stores.open(location);
  const agent = keepAliveAgent(1);
  try {
    const terminals = await enrol(collector.url, pairable);
    const backlogs = terminals.map((t) => queuedVotes(t, BACKLOG_VOTES, BACKLOG_SPAN_MS));
    const paired = await alternate(
      runs,
      async (round) => rawInsert(stores, kind, `backlog-raw-${kind}-${round}`, await rowsOf(store, [{ token: terminals[round]!.token, votes: backlogs[round]! }])),
      async (round) => {
        const terminal = terminals[round]!;
        const votes = backlogs[round]!;
        const before = await countVotes(store);
        const start = now();
        for (const batch of batches(votes, BACKLOG_BATCH)) {
          const answer = await request(agent, { url: collector.url, path: apiPaths.votes, headers: voteHeaders(terminal.token), body: JSON.stringify({ terminalId: terminal.id, votes: batch }) });
          const receipt = json<VoteBatchReceipt>(answer, 'POST /votes');
          const stored = receipt.results.filter((r) => r.status === 'stored').length;
          if (stored !== batch.length) throw new BenchFailure(`a batch of ${batch.length} fresh votes was answered with ${stored} "stored"`);
        }
        const elapsed = now() - start;
        const added = (await countVotes(store)) - before;
        if (added !== BACKLOG_VOTES) throw new BenchFailure(`the collector holds ${added} new votes after a backlog of ${BACKLOG_VOTES}`);
        return elapsed;
      },
    );
    return { ...paired, transportMs: await transportFloor(backlogs, terminals[0]!.id, runs) };
  } finally {
    agent.destroy();
    await store.close();
    await collector.stop();
  }
}

/**
 * The HTTP part alone: the same POSTs, one after the other, to the bare Node server (its body read,
 * 204). No collector can take less than this plus storing the rows, so it says how much of the
 * collector's time is left once the network and the load generator have had theirs.
 */
async function transportFloor(backlogs: readonly (readonly unknown[])[], terminalId: string, runs: number): Promise<number[]> {
  const bare = await startBareServer('/dev/null');
  const agent = keepAliveAgent(1);
  try {
    const times: number[] = [];
    for (let round = 0; round < runs; round++) {
      const start = now();
      for (const batch of batches(backlogs[round % backlogs.length]!, BACKLOG_BATCH)) {
        const answer = await request(agent, { url: bare.url, path: apiPaths.votes, headers: voteHeaders('x'.repeat(43)), body: JSON.stringify({ terminalId, votes: batch }) });
        if (answer.status !== 204) throw new BenchFailure(`the bare server answered ${answer.status}`);
      }
      times.push(now() - start);
    }
    return times;
  } finally {
    agent.destroy();
    await bare.stop();
  }
}

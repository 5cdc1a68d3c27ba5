// The collector's Prometheus metrics: one registry per app, so tests can build many apps in one process.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface CollectorMetrics {
  registry: Registry;
  votesStored: Counter;
  batches: Counter<'outcome'>;
  votesRejected: Counter<'reason'>;
  ingestSeconds: Histogram;
  connectedTerminals: Gauge;
  /** Set at scrape time from the terminals' last heartbeats. */
  oldestQueuedVoteSeconds: Gauge;
  groupCommitTransactions: Gauge;
  groupCommitRequests: Gauge;
  /** Set at scrape time: whether the database answered the scrape's own query. */
  databaseReachable: Gauge;
}

export function createMetrics(): CollectorMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'gradimento_process_' });
  const registers = [registry];
  return {
    registry,
    votesStored: new Counter({ name: 'gradimento_votes_stored_total', help: 'Votes stored (resends of a vote already stored are not counted).', registers }),
    batches: new Counter({
      name: 'gradimento_vote_batches_total',
      help: 'Vote batches received, by outcome: stored (including resends), invalid (400), conflict (409), refused (any other 4xx), unavailable (503: the database full, unreachable or busy, or the collector stopping), error (any other 5xx).',
      labelNames: ['outcome'],
      registers,
    }),
    votesRejected: new Counter({ name: 'gradimento_votes_rejected_total', help: 'Votes named in a refusal, by reason: invalid, conflict.', labelNames: ['reason'], registers }),
    ingestSeconds: new Histogram({
      name: 'gradimento_ingest_seconds',
      help: 'Time from a vote batch\'s arrival to its answer, stored votes durable.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    connectedTerminals: new Gauge({ name: 'gradimento_connected_terminals', help: 'Terminals connected to this collector process over socket.io.', registers }),
    oldestQueuedVoteSeconds: new Gauge({
      name: 'gradimento_terminal_oldest_queued_vote_seconds',
      help: 'Age of the oldest vote still queued on any terminal, as terminals last reported it (0: every queue empty).',
      registers,
    }),
    groupCommitTransactions: new Gauge({ name: 'gradimento_group_commit_transactions', help: 'Transactions that stored vote batches in this process (group commit).', registers }),
    groupCommitRequests: new Gauge({ name: 'gradimento_group_commit_requests', help: 'Vote batch requests those transactions carried.', registers }),
    databaseReachable: new Gauge({
      name: 'gradimento_database_reachable',
      help: 'Whether the database answered this scrape (1) or not (0: unreachable, or unable to read; the oldest queued vote is then unknown, NaN).',
      registers,
    }),
  };
}

// Ingest of a batch of votes: resolve terminal > check > dedupe > store + aggregate > broadcast.
import type { FastifyBaseLogger } from 'fastify';
import type { VotesStoredEvent } from '../contract/events';
import type { VoteBatch, VoteBatchReceipt } from '../contract/vote';
import { AppError } from '../http/app-error';
import type { Db } from '../store/database';
import type { EnrolledTerminal } from '../auth/terminal-tokens';
import { getTerminalContext } from '../store/get-terminal-context';
import { checkVotes } from './check-votes';
import { storeVotes } from './store-votes';
import { toNewVote } from './to-new-vote';

export interface IngestDeps {
  db: Db;
  /** Tells watchers that an office has new votes; never throws into ingest. */
  broadcast: (event: VotesStoredEvent) => void;
  now?: () => Date;
  log?: FastifyBaseLogger;
}

/**
 * Stores a batch all or nothing: if any vote is wrong, nothing is stored and the error lists
 * every wrong vote, so the terminal can set those aside and resend the rest at once.
 */
export async function ingestBatch(deps: IngestDeps, terminal: EnrolledTerminal, batch: VoteBatch): Promise<VoteBatchReceipt> {
  const context = await getTerminalContext(deps.db, terminal);

  const problems = checkVotes(context, batch.votes);
  if (problems.length > 0) {
    throw new AppError('votes_invalid', `${problems.length} problem(s) in the batch; nothing was stored. Fix or set aside the votes named in "problems".`, problems);
  }

  const receivedAt = (deps.now ?? (() => new Date()))();
  const unique = new Map(batch.votes.map((v) => [v.id.toLowerCase(), v]));
  const candidates = [...unique.values()].map((v) => toNewVote(context, v, receivedAt));

  const fresh = await deps.db.transaction().execute((trx) => storeVotes(trx, candidates));

  const freshIds = new Set(fresh.map((v) => v.row.id));
  if (fresh.length > 0) {
    deps.log?.info({ terminalId: context.terminalId, stored: fresh.length, resent: candidates.length - fresh.length }, 'votes stored');
    try {
      deps.broadcast({ officeId: context.officeId, count: fresh.length, days: [...new Set(fresh.map((v) => v.row.day))].sort() });
    } catch (err) {
      // The votes are safe; a live update that fails must not turn into an error for the terminal.
      deps.log?.warn({ err }, 'broadcast of stored votes failed');
    }
  }
  return {
    receivedAt: receivedAt.toISOString(),
    results: batch.votes.map((v) => ({
      id: v.id,
      status: freshIds.has(v.id.toLowerCase()) && unique.get(v.id.toLowerCase()) === v ? 'stored' : 'already-stored',
    })),
  };
}

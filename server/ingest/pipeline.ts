// Ingest of a batch of votes: resolve terminal > check > dedupe > store + aggregate > broadcast.
import type { FastifyBaseLogger } from 'fastify';
import type { VotesStoredEvent } from '../contract/events';
import type { VoteBatch, VoteBatchReceipt } from '../contract/vote';
import { AppError } from '../http/app-error';
import { inEnglish, type Say } from '../http/words/error-words';
import type { Db } from '../store/database';
import type { EnrolledTerminal } from '../auth/terminal-tokens';
import type { TerminalCache } from '../auth/terminal-cache';
import { findStoredVotes, findStoredVotesTogether } from '../store/find-stored-votes';
import { getTerminalContext } from '../store/get-terminal-context';
import type { NewVote } from '../store/insert-votes';
import { checkVotes } from './check-votes';
import type { WriteBuffer } from './write-buffer';
import type { CollectorMetrics } from '../metrics/registry';
import { arrivalOf, toNewVote } from './to-new-vote';

export interface IngestDeps {
  db: Db;
  /** Group commit: concurrent batches share a transaction (write-buffer.ts). */
  writer: WriteBuffer;
  metrics?: Pick<CollectorMetrics, 'votesStored'>;
  /** Tells watchers that an office has new votes; never throws into ingest. */
  broadcast: (event: VotesStoredEvent) => void;
  now?: () => Date;
  log?: FastifyBaseLogger;
  /** Where the terminal's services and reasons may come from for a moment (terminal-cache.ts); none: read every time. */
  cache?: TerminalCache;
  /**
   * Reads a message in the language of the request that sent the batch (English when not given):
   * a receipt's conflict reason reaches the terminal's staff as it is. Called only for such a vote.
   */
  say?: (say: Say) => string;
}

/** Same id, same terminal, same content: a resend. Anything else under a known id is a conflict. */
const CONFLICT_REASON: Say = (w) => w.voteIdTaken;

/**
 * Stores a batch all or nothing: if any vote is wrong, or reuses a known id for something else,
 * nothing is stored and the error lists every such vote, so the terminal can set those aside
 * and resend the rest at once.
 */
export async function ingestBatch(deps: IngestDeps, terminal: EnrolledTerminal, batch: VoteBatch): Promise<VoteBatchReceipt> {
  const context = await getTerminalContext(deps.db, terminal, deps.cache);

  const receivedAt = (deps.now ?? (() => new Date()))();
  const unique = new Map(batch.votes.map((v) => [v.id.toLowerCase(), v]));
  // Ids already known: a resend of the same vote is harmless; the same id saying something else, or
  // another terminal's id, is refused by name (as ODK Central answers 409), never acknowledged.
  const known = await findStoredVotesTogether(deps.db, [...unique.keys()]);
  // A vote this terminal already delivered was accepted then: its answer was lost, and the set-up may
  // have changed since (its service archived). Judged again, it would be refused and held on the
  // terminal as if it were lost, though it is counted; it is only compared with what was stored.
  const resent = (id: string) => known.get(id.toLowerCase())?.terminalId === context.terminalId;
  const problems = checkVotes(context, batch.votes, receivedAt).filter((p) => !(p.voteId !== undefined && resent(p.voteId) && !p.field.endsWith('/id')));
  if (problems.length > 0) {
    throw new AppError('votes_invalid', (w) => w.batchInvalid(problems.length), problems);
  }

  const arrival = arrivalOf(receivedAt, context.timeZone);
  const candidates = [...unique.values()].map((v) => toNewVote(context, v, arrival));
  const sameVote = (v: NewVote) => {
    const k = known.get(v.row.id)!;
    return k.terminalId === v.row.terminal_id && k.digest === v.row.digest;
  };
  // By id, not by searching the list for each vote: that was quadratic in the batch's size.
  const candidateById = new Map(candidates.map((v) => [v.row.id, v]));
  const conflicts = batch.votes.flatMap((vote, index) => {
    const v = candidateById.get(vote.id.toLowerCase())!;
    return known.has(v.row.id) && !sameVote(v) ? [{ field: `/votes/${index}/id`, reason: CONFLICT_REASON, voteId: vote.id }] : [];
  });
  if (conflicts.length > 0) {
    throw new AppError('vote_conflict', (w) => w.batchConflicts(conflicts.length), conflicts);
  }

  const fresh = await deps.writer.store(candidates.filter((v) => !known.has(v.row.id)));
  const freshIds = new Set(fresh.map((v) => v.row.id));
  // A vote of the same id that arrived from elsewhere at the very same moment: compared now.
  const raced = candidates.filter((v) => !known.has(v.row.id) && !freshIds.has(v.row.id));
  const lost = raced.length > 0 ? await findStoredVotes(deps.db, raced.map((v) => v.row.id)) : new Map();
  const conflicting = new Set(raced.filter((v) => {
    const k = lost.get(v.row.id);
    return !k || k.terminalId !== v.row.terminal_id || k.digest !== v.row.digest;
  }).map((v) => v.row.id));

  deps.metrics?.votesStored.inc(fresh.length);
  if (fresh.length > 0) {
    deps.log?.info({ terminalId: context.terminalId, stored: fresh.length, resent: candidates.length - fresh.length }, 'votes stored');
    try {
      deps.broadcast({ officeId: context.officeId, count: fresh.length, days: [...new Set(fresh.map((v) => v.row.day))].sort() });
    } catch (err) {
      // The votes are safe; a live update that fails must not turn into an error for the terminal.
      deps.log?.warn({ err }, 'broadcast of stored votes failed');
    }
  }
  if (conflicting.size > 0) deps.log?.warn({ terminalId: context.terminalId, conflicts: [...conflicting] }, 'vote ids taken by another vote at the same moment');
  const conflictReason = conflicting.size > 0 ? (deps.say ?? inEnglish)(CONFLICT_REASON) : '';
  return {
    receivedAt: receivedAt.toISOString(),
    results: batch.votes.map((v) => {
      const id = v.id.toLowerCase();
      if (conflicting.has(id)) return { id: v.id, status: 'conflict' as const, reason: conflictReason };
      if (!(freshIds.has(id) && unique.get(id) === v)) return { id: v.id, status: 'already-stored' as const };
      // Re-dated to its arrival: said in the answer, not only in the reports (the terminal's clock is wrong).
      const row = candidateById.get(id)!.row;
      return row.time_source === 'collector' ? { id: v.id, status: 'stored' as const, countedAt: row.counted_at } : { id: v.id, status: 'stored' as const };
    }),
  };
}

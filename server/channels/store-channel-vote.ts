// A vote from a channel point, stored the way terminal votes are (votes, rollups, misuse flags) together with what goes with it, in one transaction.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { localBucket } from '../aggregates/time-bucket';
import { CHANNEL_OF_POINT, SCALE_OF_POINT } from '../contract/channel-points';
import type { VotesStoredEvent } from '../contract/events';
import type { FaceId } from '../contract/scale';
import { storeVotes } from '../ingest/store-votes';
import { voteDigest } from '../ingest/vote-digest';
import type { CollectorMetrics } from '../metrics/registry';
import type { Db } from '../store/database';
import type { NewVote } from '../store/insert-votes';
import type { Database } from '../store/schema';
import type { LivePoint } from './points';

export interface ChannelVoteDeps {
  db: Db;
  now: () => Date;
  /** Tells watching dashboards that the office has a new vote; never throws into the vote. */
  broadcast: (event: VotesStoredEvent) => void;
  /** /metrics counts these votes with the terminals' (gradimento_votes_stored_total). */
  metrics?: Pick<CollectorMetrics, 'votesStored'>;
}

/**
 * The collector's clock is the vote's time: the citizen's browser is not a terminal whose clock
 * we keep, and the vote is cast the moment it arrives. `id` is a new UUID; the demo's history
 * passes its own, repeatable ones.
 */
export function channelVote(point: Pick<LivePoint, 'id' | 'kind' | 'administrationId' | 'officeId' | 'timeZone'>, serviceId: string, face: FaceId, at: Date, id: string = randomUUID()): NewVote {
  const { day, hour } = localBucket(at, point.timeZone);
  const scale = SCALE_OF_POINT[point.kind];
  const iso = at.toISOString();
  return {
    receivedDay: day,
    row: {
      id,
      administration_id: point.administrationId,
      office_id: point.officeId,
      terminal_id: point.id,
      service_id: serviceId,
      channel: CHANNEL_OF_POINT[point.kind],
      face,
      scale,
      // The follow-up of the reports is the administration's reasons after a negative face; the
      // web widget's own question is kept apart (web_feedback), in the model's words.
      follow_up: 'not-asked',
      cast_at: iso,
      received_at: iso,
      counted_at: iso,
      // Cast on the collector's own page, now: dated at arrival by design, not re-dated (migration 030).
      time_source: 'arrival',
      day,
      hour,
      digest: voteDigest({ serviceId, face, scale, reasons: [], followUp: 'not-asked', castAt: iso }),
    },
    reasonIds: [],
  };
}

/**
 * Stores the vote and, in the same transaction, what `alongside` writes (the widget's answer and
 * comment, a code marked used): all of it or nothing. `id`: the one the citizen's browser made (the
 * widget's), else a new one. Returns the vote's id, and `stored: false` when a vote with that id was
 * already there (a resend, or one racing it): then nothing was counted or announced.
 */
export async function storeChannelVote(
  deps: ChannelVoteDeps,
  point: LivePoint,
  serviceId: string,
  face: FaceId,
  alongside: (trx: Transaction<Database>, voteId: string, at: Date) => Promise<void> = async () => {},
  id?: string,
): Promise<{ id: string; at: Date; stored: boolean }> {
  const at = deps.now();
  const vote = channelVote(point, serviceId, face, at, id);
  const stored = await deps.db.transaction().execute(async (trx) => {
    await alongside(trx, vote.row.id, at);
    return (await storeVotes(trx, [vote])).length > 0;
  });
  if (!stored) return { id: vote.row.id, at, stored };
  deps.metrics?.votesStored.inc();
  try {
    deps.broadcast({ officeId: point.officeId, count: 1, days: [vote.row.day] });
  } catch {
    // The vote is safe; a live update that fails must not turn into an error for the citizen.
  }
  return { id: vote.row.id, at, stored };
}

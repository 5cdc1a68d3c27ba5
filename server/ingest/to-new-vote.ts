// A vote as it arrived, turned into the row it is stored as: counted time, office-local day and hour, scale.
import { countedTime, localBucket } from '../aggregates/time-bucket';
import type { ScaleSize } from '../contract/scale';
import type { Vote } from '../contract/vote';
import type { TerminalContext } from '../store/get-terminal-context';
import type { NewVote } from '../store/insert-votes';
import { channelOf, scaleOf } from './check-votes';
import { voteDigest } from './vote-digest';

export function toNewVote(context: TerminalContext, vote: Vote, receivedAt: Date): NewVote {
  const { countedAt, source } = countedTime(vote.castAt, receivedAt, context.firstEnrolledAt);
  const { day, hour } = localBucket(new Date(countedAt), context.timeZone);
  // Judged, as checkVotes did, at the time it is counted at: a clock gone wrong cannot reach past a change.
  const at = Date.parse(countedAt);
  // checkVotes refused any new vote whose scale is not known for this terminal; a resend of a stored
  // one is not judged again, and keeps the scale it names for the comparison with what was stored.
  const scale = scaleOf(context, vote, at) ?? ((vote.scale ?? context.scale) as ScaleSize);
  return {
    receivedDay: localBucket(receivedAt, context.timeZone).day,
    row: {
      id: vote.id.toLowerCase(),
      administration_id: context.administrationId,
      office_id: context.officeId,
      terminal_id: context.terminalId,
      service_id: vote.serviceId,
      channel: channelOf(context, at),
      face: vote.face,
      scale,
      follow_up: vote.followUp,
      cast_at: vote.castAt,
      received_at: receivedAt.toISOString(),
      counted_at: countedAt,
      time_source: source,
      day,
      hour,
      digest: voteDigest({ serviceId: vote.serviceId, face: vote.face, scale, reasons: vote.reasons, followUp: vote.followUp, castAt: vote.castAt }),
    },
    reasonIds: vote.reasons,
  };
}

// A vote as it arrived, turned into the row it is stored as: counted time, office-local day and hour, scale.
import { localBucket, plausibleCast } from '../aggregates/time-bucket';
import type { ScaleSize } from '../contract/scale';
import type { Vote } from '../contract/vote';
import type { TerminalContext } from '../store/get-terminal-context';
import type { NewVote } from '../store/insert-votes';
import { channelOf, scaleOf } from './check-votes';
import { digestOfNormal } from './vote-digest';

/** When a batch arrived, in the forms each of its votes' rows needs: worked out once per batch, not per vote. */
export interface Arrival {
  ms: number;
  iso: string;
  /** The office-local day of the arrival. */
  day: string;
}

export function arrivalOf(receivedAt: Date, timeZone: string): Arrival {
  return { ms: receivedAt.getTime(), iso: receivedAt.toISOString(), day: localBucket(receivedAt, timeZone).day };
}

export function toNewVote(context: TerminalContext, vote: Vote, arrival: Arrival): NewVote {
  // The rule of countedTime (time-bucket.ts), with each instant parsed and written once: a backlog
  // of 10,000 votes spent a tenth of its per-vote work parsing and formatting the same times again.
  const castMs = Date.parse(vote.castAt);
  const castIso = Number.isFinite(castMs) ? new Date(castMs).toISOString() : vote.castAt;
  const fromTerminal = plausibleCast(castMs, arrival.ms, context.firstEnrolledAt);
  const at = fromTerminal ? castMs : arrival.ms;
  const countedAt = fromTerminal ? castIso : arrival.iso;
  const { day, hour } = localBucket(new Date(at), context.timeZone);
  // Judged, as checkVotes did, at the time it is counted at: a clock gone wrong cannot reach past a change.
  // checkVotes refused any new vote whose scale is not known for this terminal; a resend of a stored
  // one is not judged again, and keeps the scale it names for the comparison with what was stored.
  const scale = scaleOf(context, vote, at) ?? ((vote.scale ?? context.scale) as ScaleSize);
  return {
    receivedDay: arrival.day,
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
      received_at: arrival.iso,
      counted_at: countedAt,
      time_source: fromTerminal ? 'terminal' : 'collector',
      day,
      hour,
      digest: digestOfNormal({ serviceId: vote.serviceId, face: vote.face, scale, reasons: vote.reasons, followUp: vote.followUp, castAt: castIso }),
    },
    reasonIds: vote.reasons,
  };
}

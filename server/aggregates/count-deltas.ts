// Turns newly stored votes into increments of the aggregate tables (a pure function).
import type { FaceCountTable, FollowUpCountTable, ReasonCountTable } from '../store/schema';

/** What the aggregates need to know of one stored vote. */
export interface CountedVote {
  officeId: string;
  serviceId: string;
  channel: string;
  day: string;
  hour: number;
  face: string;
  followUp: string;
  reasonIds: readonly string[];
}

export interface CountDeltas {
  faces: FaceCountTable[];
  reasons: ReasonCountTable[];
  followUps: FollowUpCountTable[];
}

function tally<T extends { count: number }>(map: Map<string, T>, key: string, make: () => Omit<T, 'count'>) {
  const row = map.get(key);
  if (row) row.count += 1;
  else map.set(key, { ...make(), count: 1 } as T);
}

/** One increment row per distinct bucket, so a batch of 500 votes costs a handful of upserts. */
export function countDeltas(votes: readonly CountedVote[]): CountDeltas {
  const faces = new Map<string, FaceCountTable>();
  const reasons = new Map<string, ReasonCountTable>();
  const followUps = new Map<string, FollowUpCountTable>();
  for (const v of votes) {
    const base = { office_id: v.officeId, service_id: v.serviceId, channel: v.channel, day: v.day };
    const key = `${v.officeId}\u0000${v.serviceId}\u0000${v.channel}\u0000${v.day}`;
    tally(faces, `${key}\u0000${v.hour}\u0000${v.face}`, () => ({ ...base, hour: v.hour, face: v.face }));
    for (const reasonId of v.reasonIds) {
      tally(reasons, `${key}\u0000${reasonId}`, () => ({ ...base, reason_id: reasonId }));
    }
    if (v.followUp !== 'not-asked') {
      tally(followUps, `${key}\u0000${v.followUp}`, () => ({ ...base, follow_up: v.followUp }));
    }
  }
  return { faces: [...faces.values()], reasons: [...reasons.values()], followUps: [...followUps.values()] };
}

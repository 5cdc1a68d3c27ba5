// What a vote says, as one hash: a vote resent with the same id must say the same thing.
import { createHash } from 'node:crypto';

export interface VoteContent {
  serviceId: string;
  face: string;
  scale: number;
  reasons: readonly string[];
  followUp: string;
  castAt: string;
}

/**
 * sha256 of the vote's content, with the spellings that do not change its meaning made equal:
 * reasons in any order, castAt in any ISO form of the same instant. Stored with every vote (and
 * kept after retention removes the vote), so this definition must never change.
 */
export function voteDigest(v: VoteContent): string {
  const castAt = Number.isFinite(Date.parse(v.castAt)) ? new Date(v.castAt).toISOString() : v.castAt;
  const content = JSON.stringify([v.serviceId, v.face, v.scale, [...v.reasons].sort(), v.followUp, castAt]);
  return createHash('sha256').update(content).digest('base64url');
}

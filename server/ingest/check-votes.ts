// Checks what a JSON schema cannot: that each vote refers to things this terminal may vote on.
import type { FieldProblem } from '../contract/errors';
import { asksForReasons, SCALES, type ScaleSize } from '../contract/scale';
import type { Vote } from '../contract/vote';
import type { TerminalContext } from '../store/get-terminal-context';

/**
 * Returns every problem of every vote (empty when all are fine), so a terminal learns in one
 * answer which votes to set aside.
 *
 * A vote is judged by what was true when it was cast, as far as we can: a totem may name any live
 * service of the administration (its list may have changed while it was offline), a counter only
 * the services it is set up with (get-terminal-context.ts), and any
 * reason of the administration, even one retired since. Its face must be on its scale, and that
 * scale the terminal's: the one it has, or the one it had before its last change for a vote cast
 * before that change (the index reads a face by its scale, so a wrong one would skew it). One exception: a vote for an archived service is refused with that
 * reason, so that staff see it on the terminal (which keeps it, held) and decide, rather than
 * it landing silently in a service nobody reports on any more.
 */
/** The scale a vote was cast on, or null when the terminal never had it as far as we know. */
export function scaleOf(context: Pick<TerminalContext, 'scale' | 'previousScale' | 'scaleChangedAt'>, vote: Pick<Vote, 'scale' | 'castAt'>): ScaleSize | null {
  if (vote.scale === undefined || vote.scale === context.scale) return context.scale as ScaleSize;
  const before = context.scaleChangedAt !== null && Date.parse(vote.castAt) < Date.parse(context.scaleChangedAt);
  return before && vote.scale === context.previousScale ? vote.scale : null;
}

export function checkVotes(context: TerminalContext, votes: readonly Vote[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  votes.forEach((vote, index) => {
    const at = (field: string, reason: string) => problems.push({ field: `/votes/${index}/${field}`, reason, voteId: vote.id });
    if (!context.serviceIds.has(vote.serviceId)) {
      at(
        'serviceId',
        context.mode === 'counter'
          ? `service "${vote.serviceId}" is not one of this counter terminal's services (or is archived)`
          : `service "${vote.serviceId}" is unknown or archived in this terminal's administration`,
      );
    }
    const scale = scaleOf(context, vote);
    if (scale === null) {
      at('scale', `this terminal shows ${context.scale} faces, not ${vote.scale}`);
    } else if (!(SCALES[scale] as readonly string[]).includes(vote.face)) {
      at('face', `"${vote.face}" is not a face of the ${scale}-face scale (${SCALES[scale].join(', ')})`);
    }
    const negative = asksForReasons(vote.face);
    vote.reasons.forEach((reasonId, r) => {
      if (!context.reasonIds.has(reasonId)) at(`reasons/${r}`, `reason "${reasonId}" is unknown in this terminal's administration`);
    });
    if (!negative && vote.reasons.length > 0) at('reasons', `reasons are only given after a negative face, not "${vote.face}"`);
    if (!negative && vote.followUp !== 'not-asked') at('followUp', `must be "not-asked" for the face "${vote.face}"`);
    // A negative vote may come without the question: an administration with no reasons, or a
    // third-party terminal that does not ask. Then there is nothing it could carry.
    if (negative && vote.followUp === 'not-asked' && vote.reasons.length > 0) at('reasons', 'followUp "not-asked" cannot carry reasons');
    if (vote.followUp === 'chosen' && vote.reasons.length === 0) at('reasons', 'followUp "chosen" needs at least one reason');
    if (vote.followUp === 'skipped' && vote.reasons.length > 0) at('reasons', 'followUp "skipped" cannot carry reasons');
  });
  // Ids are compared in lower case, as ingest stores them: "ABC" and "abc" are one vote.
  const seen = new Map<string, number>();
  const sameVote = (a: Vote, b: Vote) => JSON.stringify({ ...a, id: a.id.toLowerCase() }) === JSON.stringify({ ...b, id: b.id.toLowerCase() });
  votes.forEach((vote, index) => {
    const first = seen.get(vote.id.toLowerCase());
    if (first === undefined) seen.set(vote.id.toLowerCase(), index);
    else if (!sameVote(vote, votes[first]!)) {
      problems.push({ field: `/votes/${index}/id`, reason: `id also used by /votes/${first} with different content`, voteId: vote.id });
    }
  });
  return problems;
}

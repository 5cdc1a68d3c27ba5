// Checks what a JSON schema cannot: that each vote refers to things this terminal may vote on.
import { asksForReasons, SCALES, type ScaleSize } from '../contract/scale';
import type { Vote } from '../contract/vote';
import type { Problem } from '../http/app-error';
import type { Say } from '../http/words/error-words';
import { plausibleCast } from '../aggregates/time-bucket';
import type { TerminalContext } from '../store/get-terminal-context';

/**
 * Returns every problem of every vote (empty when all are fine), so a terminal learns in one
 * answer which votes to set aside.
 *
 * A vote is judged by what was true when it was cast, as far as we can (castTime): a totem may name
 * any live service of the administration (its list may have changed while it was offline), a counter
 * the services it is set up with and those it had when the vote was cast, before a change of its
 * services or of its mode (get-terminal-context.ts, migration 035), and any
 * reason of the administration, even one retired since. Its face must be on its scale, and that
 * scale the terminal's: the one it has, or the one it had before its last change for a vote cast
 * before that change (the index reads a face by its scale, so a wrong one would skew it). One exception: a vote for an archived service is refused with that
 * reason, so that staff see it on the terminal (which keeps it, held) and decide, rather than
 * it landing silently in a service nobody reports on any more.
 */
/**
 * When the vote was cast, for judging the set-up it was cast under: its terminal's time, unless the
 * collector counts it at its arrival because that time is implausible (time-bucket.ts); a clock that
 * reset to 2000 must not reach back past the terminal's changes.
 */
export function castTime(context: Pick<TerminalContext, 'firstEnrolledAt'>, vote: Pick<Vote, 'castAt'>, receivedAt: Date): number {
  const cast = Date.parse(vote.castAt);
  return plausibleCast(cast, receivedAt.getTime(), context.firstEnrolledAt) ? cast : receivedAt.getTime();
}

/** The scale a vote was cast on, or null when the terminal never had it as far as we know. */
export function scaleOf(context: Pick<TerminalContext, 'scale' | 'previousScale' | 'scaleChangedAt'>, vote: Pick<Vote, 'scale'>, at: number): ScaleSize | null {
  if (vote.scale === undefined || vote.scale === context.scale) return context.scale as ScaleSize;
  const before = context.scaleChangedAt !== null && at < Date.parse(context.scaleChangedAt);
  return before && vote.scale === context.previousScale ? vote.scale : null;
}

/** The change of mode that came after `at`, if any: the terminal was in its `modeBefore` then. */
function changeAfter(context: Pick<TerminalContext, 'modeChanges'>, at: number) {
  return context.modeChanges.find((c) => at < c.at);
}

/** The channel the vote was cast in: a totem's vote queued before the terminal became a counter stays a totem's. */
export function channelOf(context: Pick<TerminalContext, 'channel' | 'modeChanges'>, at: number): string {
  return changeAfter(context, at)?.channelBefore ?? context.channel;
}

/** Whether the terminal took votes for the service when the vote was cast: now, or in a set-up it had then. */
export function mayName(context: Pick<TerminalContext, 'serviceIds' | 'formerServices' | 'modeChanges' | 'liveServiceIds' | 'mode'>, serviceId: string, at: number): boolean {
  if (context.serviceIds.has(serviceId)) return true;
  // A totem then: any live service of its administration.
  const modeThen = changeAfter(context, at)?.modeBefore ?? context.mode;
  if (modeThen === 'totem' && context.liveServiceIds?.has(serviceId)) return true;
  return (context.formerServices.get(serviceId) ?? []).some((p) => (p.from === null || at >= p.from) && at < p.until);
}

export function checkVotes(context: TerminalContext, votes: readonly Vote[], receivedAt: Date): Problem[] {
  const problems: Problem[] = [];
  votes.forEach((vote, index) => {
    const when = castTime(context, vote, receivedAt);
    // A reason is a closure over the vote, made only when a problem is found: a valid vote costs nothing more.
    const at = (field: string, reason: Say) => problems.push({ field: `/votes/${index}/${field}`, reason, voteId: vote.id });
    if (!mayName(context, vote.serviceId, when)) {
      at(
        'serviceId',
        context.mode === 'counter'
          ? (w) => w.serviceNotOnCounter(vote.serviceId)
          : (w) => w.serviceNotOnTotem(vote.serviceId),
      );
    }
    const scale = scaleOf(context, vote, when);
    if (scale === null) {
      at('scale', (w) => w.scaleNotShown(context.scale, vote.scale));
    } else if (!(SCALES[scale] as readonly string[]).includes(vote.face)) {
      at('face', (w) => w.faceNotOnScale(vote.face, scale, SCALES[scale]));
    }
    const negative = asksForReasons(vote.face);
    vote.reasons.forEach((reasonId, r) => {
      if (!context.reasonIds.has(reasonId)) at(`reasons/${r}`, (w) => w.reasonUnknown(reasonId));
    });
    if (!negative && vote.reasons.length > 0) at('reasons', (w) => w.reasonsAfterPositive(vote.face));
    if (!negative && vote.followUp !== 'not-asked') at('followUp', (w) => w.followUpAskedAfterPositive(vote.face));
    // A negative vote may come without the question: an administration with no reasons, or a
    // third-party terminal that does not ask. Then there is nothing it could carry.
    if (negative && vote.followUp === 'not-asked' && vote.reasons.length > 0) at('reasons', (w) => w.notAskedWithReasons);
    if (vote.followUp === 'chosen' && vote.reasons.length === 0) at('reasons', (w) => w.chosenWithoutReasons);
    if (vote.followUp === 'skipped' && vote.reasons.length > 0) at('reasons', (w) => w.skippedWithReasons);
  });
  // Ids are compared in lower case, as ingest stores them: "ABC" and "abc" are one vote.
  const seen = new Map<string, number>();
  // Keys in one order: the same vote written by another JSON library (other key order) is the same vote.
  const canonical = (v: Vote) => {
    const o = { ...v, id: v.id.toLowerCase() };
    return JSON.stringify(o, Object.keys(o).sort());
  };
  const sameVote = (a: Vote, b: Vote) => canonical(a) === canonical(b);
  votes.forEach((vote, index) => {
    const first = seen.get(vote.id.toLowerCase());
    if (first === undefined) seen.set(vote.id.toLowerCase(), index);
    else if (!sameVote(vote, votes[first]!)) {
      problems.push({ field: `/votes/${index}/id`, reason: (w) => w.voteIdTwiceInBatch(first), voteId: vote.id });
    }
  });
  return problems;
}

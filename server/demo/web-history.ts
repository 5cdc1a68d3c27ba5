// The demo comune's web channel over its history: ratings from the widget on the Anagrafe page (one to five
// stars, the model's follow-up answers, a few comments), the point created and each rating written as the
// widget's route writes it.
import { weekdayOf } from '../aggregates/count-deltas';
import type { Actor } from '../audit/record-audit';
import { createPoint } from '../channels/points';
import { channelVote } from '../channels/store-channel-vote';
import { insertWebFeedback, type WebFeedback } from '../channels/web/insert-web-feedback';
import { STAR_FACE, WEB_NEGATIVE_UP_TO } from '../contract/channel-points';
import { storeVotes } from '../ingest/store-votes';
import { addDays } from '../reports/period-plan';
import type { Db } from '../store/database';
import type { NewVote } from '../store/insert-votes';
import { HISTORY_TIME_ZONE, PROFILES, seasonOf, WEB_ANSWER_WEIGHTS, WEB_COMMENTS, WEB_HOUR_WEIGHT, WEB_RATINGS } from './history-plan';
import { instantIn } from './history-votes';
import type { Random } from './random';

interface Week {
  votes: NewVote[];
  feedback: { voteId: string; feedback: WebFeedback; at: Date }[];
}

const HOURS = Object.keys(WEB_HOUR_WEIGHT).map(Number);
const pickKey = (weights: Readonly<Record<string, number>>, rng: Random): string => rng.pick(Object.keys(weights), Object.values(weights));

function webDay(point: { id: string; administrationId: string }, day: string, lastDay: string, rng: Random, week: Week): void {
  const { officeId, serviceId } = WEB_RATINGS;
  // Identity cards before the summer fill the page's readers as they fill the counter.
  const n = rng.poisson(WEB_RATINGS.perDay * seasonOf(PROFILES[officeId]![serviceId], day) * (weekdayOf(day) >= 5 ? WEB_RATINGS.weekendFactor : 1));
  const commentsFrom = addDays(lastDay, -(WEB_RATINGS.commentDays - 1));
  for (let i = 0; i < n; i++) {
    const hour = rng.pick(HOURS, HOURS.map((h) => WEB_HOUR_WEIGHT[h]!));
    const at = instantIn(day, hour * 60 + rng.int(60), HISTORY_TIME_ZONE, rng);
    const stars = rng.pick([1, 2, 3, 4, 5] as const, WEB_RATINGS.stars);
    const vote = channelVote({ id: point.id, kind: 'web', administrationId: point.administrationId, officeId, timeZone: HISTORY_TIME_ZONE }, serviceId, STAR_FACE[stars], at, rng.uuid());
    week.votes.push(vote);
    if (!rng.chance(WEB_RATINGS.answerRate)) continue;
    const negative = stars <= WEB_NEGATIVE_UP_TO;
    const answer = pickKey(negative ? WEB_ANSWER_WEIGHTS.negative : WEB_ANSWER_WEIGHTS.positive, rng);
    const writes = day >= commentsFrom && rng.chance(WEB_RATINGS.commentRate / WEB_RATINGS.answerRate);
    const comment = writes ? rng.pick(negative ? WEB_COMMENTS.negative : WEB_COMMENTS.positive) : null;
    week.feedback.push({ voteId: vote.row.id, feedback: { stars, answer, comment, redacted: false }, at });
  }
}

/** Creates the widget's point on the history's first morning and fills it day by day, a week per transaction. Returns the votes stored. */
export async function seedWebHistory(db: Db, span: { from: string; to: string }, actor: Actor, start: Date, rng: Random): Promise<number> {
  const point = await createPoint(db, WEB_RATINGS.officeId, { kind: 'web', serviceId: WEB_RATINGS.serviceId }, actor, start, '', WEB_RATINGS.pointId);
  let stored = 0;
  let week: Week = { votes: [], feedback: [] };
  const flush = async () => {
    const { votes, feedback } = week;
    week = { votes: [], feedback: [] };
    await db.transaction().execute(async (trx) => {
      stored += (await storeVotes(trx, votes)).length;
      for (const f of feedback) await insertWebFeedback(trx, { ...point, serviceId: WEB_RATINGS.serviceId }, f.voteId, f.feedback, f.at);
    });
  };
  for (let day = span.from; day <= span.to; day = addDays(day, 1)) {
    webDay(point, day, span.to, rng, week);
    if (weekdayOf(day) === 6) await flush();
  }
  await flush();
  return stored;
}

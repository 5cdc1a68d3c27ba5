// The demo comune's phone channel over its history: calls to the Municipio rated at their end (three faces),
// the point created and each vote written as the operator's page writes them, and the calls answered typed in.
import { weekdayOf } from '../aggregates/count-deltas';
import type { Actor } from '../audit/record-audit';
import { createPoint } from '../channels/points';
import { channelVote } from '../channels/store-channel-vote';
import { WEEKDAYS } from '../contract/admin';
import type { FaceId } from '../contract/scale';
import { storeVotes } from '../ingest/store-votes';
import { recordPeopleServed, type ServedFigure } from '../participation/record-people-served';
import { addDays } from '../reports/period-plan';
import type { Db } from '../store/database';
import type { NewVote } from '../store/insert-votes';
import { HISTORY_TIME_ZONE, OPENING_HOURS, PHONE_RATINGS, PROFILES, seasonOf, WEEKDAY_FACTOR } from './history-plan';
import { instantIn, localTime, minuteIn } from './history-votes';
import type { Random } from './random';

/** One open day's rated calls, and the calls answered where they are counted. */
function phoneDay(point: { id: string; administrationId: string }, day: string, lastDay: string, rng: Random, votes: NewVote[], served: ServedFigure[]): void {
  const { officeId } = PHONE_RATINGS;
  const intervals = OPENING_HOURS[officeId]![WEEKDAYS[weekdayOf(day)]!];
  const countedFrom = addDays(lastDay, -(PHONE_RATINGS.servedLastDays - 1));
  for (const [serviceId, perDay] of Object.entries(PHONE_RATINGS.calls)) {
    // The service's busy and quiet months reach its phone line too.
    const calls = rng.poisson(perDay * WEEKDAY_FACTOR[weekdayOf(day)]! * seasonOf(PROFILES[officeId]![serviceId], day));
    if (day >= countedFrom && PHONE_RATINGS.servedServices.includes(serviceId)) served.push({ officeId, serviceId, channel: 'telefono', day, served: calls });
    for (let n = rng.binomial(calls, PHONE_RATINGS.ratedShare); n > 0; n--) {
      const face = rng.pick<FaceId>(['positivo', 'sufficiente', 'negativo'], PHONE_RATINGS.mood);
      // Calls come when the counters are busy too: the same hours, the same peaks.
      const at = instantIn(day, minuteIn(intervals, rng), HISTORY_TIME_ZONE, rng);
      votes.push(channelVote({ id: point.id, kind: 'phone', administrationId: point.administrationId, officeId, timeZone: HISTORY_TIME_ZONE }, serviceId, face, at, rng.uuid()));
    }
  }
}

/**
 * Creates the phone point on the history's first morning and fills it day by day, a week per transaction;
 * `isOpen` says whether the Municipio answers its phone that day. Returns the votes stored.
 */
export async function seedPhoneHistory(db: Db, span: { from: string; to: string }, isOpen: (officeId: string, day: string) => boolean, actor: Actor, start: Date, rng: Random): Promise<number> {
  const point = await createPoint(db, PHONE_RATINGS.officeId, { kind: 'phone' }, actor, start, '', PHONE_RATINGS.pointId);
  let stored = 0;
  let votes: NewVote[] = [];
  let served: ServedFigure[] = [];
  const flush = async () => {
    const [week, figures] = [votes, served];
    [votes, served] = [[], []];
    await db.transaction().execute(async (trx) => {
      stored += (await storeVotes(trx, week)).length;
      for (const f of figures) await recordPeopleServed(trx, [f], { source: 'dashboard', by: PHONE_RATINGS.servedBy, at: localTime(f.day, '17:50', HISTORY_TIME_ZONE) });
    });
  };
  for (let day = span.from; day <= span.to; day = addDays(day, 1)) {
    if (isOpen(PHONE_RATINGS.officeId, day)) phoneDay(point, day, span.to, rng, votes, served);
    if (weekdayOf(day) === 6) await flush();
  }
  await flush();
  return stored;
}

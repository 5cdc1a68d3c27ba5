// One rule measured now: its value, whether it should be open (with hysteresis: the threshold that opens an
// alert differs from the one that closes it), and the sentence people read; or why it cannot judge yet,
// which the rules list shows (a rule that only seems to watch is worse than none).
import type { RuleJudgement } from '../contract/alert-judgement';
import type { AlertFacts, AlertParams } from '../contract/alerts';
import { describeAlert } from '../contract/alert-sentences';
import { openingHoursKnown } from '../admin/opening-hours';
import { lastDayOfMonth } from '../reports/period-plan';
import { sumsOf } from '../reports/metrics/score';
import { localDay } from '../subscriptions/periods';
import { getLastVoteDay } from './queries/get-last-vote-day';
import type { Db } from '../store/database';
import { charterDecision, projectCharter } from './charter-projection';
import { openHoursBetween } from './opening-time';
import { getArchivedTarget } from './queries/get-archived-target';
import { getFaceCountsOfDays } from './queries/get-face-counts-of-days';
import { getFaceCountsSince } from './queries/get-face-counts-since';
import { getLastVoteAt } from './queries/get-last-vote-at';
import { getOfficeClock } from './queries/get-office-clock';
import { getRecentFaces } from './queries/get-recent-faces';
import { getStandardOn } from './queries/get-standard-on';
import type { AlertScope } from './scope';

export interface Measure {
  value: number;
  /** Whether the rule's alert should be open now, given whether it is open. */
  firing: boolean;
  /** What was seen, in numbers: the dashboard writes it in its reader's language. */
  facts: AlertFacts;
  /** The same in Italian, for the e-mail (contract/alert-sentences.ts). */
  message: string;
}

/** No judgement now (an open alert stays open, a closed rule closed): too few votes for the rule, or nothing to judge against. */
export type NoJudgement = { judged: false } & Exclude<RuleJudgement, { state: 'judging' }>;

const withMessage = (m: Omit<Measure, 'message'>): Measure => ({ ...m, message: describeAlert(m.facts) });
const tooFew = (votes: number, needed: number): NoJudgement => ({ judged: false, state: 'too-few-votes', votes, needed });
const cannot = (state: 'no-standard' | 'no-opening-hours'): NoJudgement => ({ judged: false, state });

export async function measureRule(db: Db, scope: AlertScope & { createdAt: string }, params: AlertParams, open: boolean, now: Date): Promise<Measure | NoJudgement> {
  // An archived office has no terminals left and an archived service no votes to come: nothing to watch.
  const archived = await getArchivedTarget(db, scope);
  if (archived) return { judged: false, state: 'archived', what: archived };
  switch (params.kind) {
    case 'negative-share': {
      const faces = await getRecentFaces(db, scope, params.lastVotes);
      const sums = sumsOf(faces);
      if (sums.votes < params.lastVotes) return tooFew(sums.votes, params.lastVotes);
      const share = sums.negative / sums.votes;
      const firing = open ? share * 100 >= params.closeBelowPct : share * 100 > params.openAbovePct;
      return withMessage({ value: share, firing, facts: { kind: params.kind, share, votes: sums.votes, openAbovePct: params.openAbovePct } });
    }
    case 'low-index': {
      const sums = sumsOf(await getFaceCountsSince(db, scope, new Date(now.getTime() - params.windowHours * 3_600_000)));
      if (sums.votes < params.minVotes) return tooFew(sums.votes, params.minVotes);
      const index = (sums.value / sums.votes) * 100;
      const firing = open ? index <= params.closeAbove : index < params.openBelow;
      return withMessage({ value: index, firing, facts: { kind: params.kind, index, windowHours: params.windowHours, votes: sums.votes, openBelow: params.openBelow } });
    }
    case 'silence': {
      const clock = await getOfficeClock(db, scope.administrationId, scope.officeId);
      // Refused when made (rules.ts); the office's hours may have been removed since.
      if (!clock.hours || !openingHoursKnown(clock.hours)) return cannot('no-opening-hours');
      const last = await getLastVoteAt(db, scope);
      const since = last ?? new Date(scope.createdAt);
      const hours = openHoursBetween(clock.hours, clock.timeZone, since, now, clock.holidays);
      // No raw vote left may mean retention removed it (35 days and more ago): the day rollups still
      // say whether one came after the rule was made, so «no vote since the rule was made» stays true.
      const lastDay = last ? null : await getLastVoteDay(db, scope);
      const neverVoted = !last && !(lastDay !== null && lastDay >= localDay(new Date(scope.createdAt), clock.timeZone));
      // Opens after `hours` of opening time without a vote; only a vote (which starts the count again) closes it.
      return withMessage({ value: hours, firing: hours >= params.hours, facts: { kind: params.kind, hours, thresholdHours: params.hours, neverVoted } });
    }
    case 'charter-at-risk': {
      if (!scope.serviceId) return cannot('no-standard');
      const clock = await getOfficeClock(db, scope.administrationId, scope.officeId);
      const today = localDay(now, clock.timeZone);
      const standard = await getStandardOn(db, scope.serviceId, today);
      if (standard === null) return cannot('no-standard');
      const sums = sumsOf(await getFaceCountsOfDays(db, scope, `${today.slice(0, 7)}-01`, today));
      if (sums.votes < params.minVotes) return tooFew(sums.votes, params.minVotes);
      const daysInMonth = Number(lastDayOfMonth(today.slice(0, 7)).slice(8));
      const p = projectCharter(sums.positive, sums.votes, standard, Number(today.slice(8)), daysInMonth)!;
      return withMessage({
        value: p.share,
        firing: charterDecision(p, open),
        // On the month's last day nothing is left to come (an infinite need): null, which JSON keeps,
        // where Infinity would be stored as null and then refused by the answer's schema.
        facts: { kind: params.kind, share: p.share, votes: sums.votes, standardPct: standard, neededShare: Number.isFinite(p.neededShare) ? p.neededShare : null },
      });
    }
  }
}

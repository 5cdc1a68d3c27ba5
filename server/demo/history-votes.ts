// One open day of one demo terminal: how many people each service served, and the votes they left, as a terminal sends them.
import { weekdayOf } from '../aggregates/count-deltas';
import { WEEKDAYS, type OpeningHours } from '../contract/admin';
import { FACE_SENTIMENT, SCALES, type FaceId, type ScaleSize, type Sentiment } from '../contract/scale';
import type { FollowUp, Vote } from '../contract/vote';
import type { Random } from './random';
import { AFTERNOON_SHARE, FOLLOW_UP_WEIGHTS, HOUR_WEIGHT, OUTSIDE_HOURS_CHANCE, reasonWeights, WEEKDAY_FACTOR, type ServiceProfile } from './history-plan';

export interface DemoTerminal {
  id: string;
  scale: ScaleSize;
  timeZone: string;
  /** The services it offers, with who comes to each at its office. */
  profiles: ReadonlyMap<string, ServiceProfile>;
  /** Reason ids of the administration by code (attesa, servizio...). */
  reasonIds: ReadonlyMap<string, string>;
  openingHours: OpeningHours;
}

export interface SentVote {
  vote: Vote;
  /** When the collector received it: seconds after the tap, or days later after an outage. */
  receivedAt: Date;
}

export interface DayOfVotes {
  /** People served per service that day (what a queue-ticket system would count). */
  served: Map<string, number>;
  votes: SentVote[];
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The office's UTC offset on a day, taken at noon: demo times fall between 7 and 20, far from the 2-3 a.m. clock change. */
function offsetMs(day: string, timeZone: string): number {
  const noon = Date.parse(`${day}T12:00:00Z`);
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(noon)).map((p) => [p.type, p.value]));
  return Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`) - noon;
}

/** An office-local time of day (HH:MM) as an instant. */
export function localTime(day: string, hhmm: string, timeZone: string): Date {
  return new Date(Date.parse(`${day}T${hhmm}:00Z`) - offsetMs(day, timeZone));
}

/** A local minute of the day as an instant, with random seconds. */
function instantOf(day: string, minuteOfDay: number, offset: number, rng: Random): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + minuteOfDay * 60_000 + rng.int(60) * 1000 - offset);
}

/** The same, for a minute of the day in `timeZone` (the phone's and the website's ratings). */
export function instantIn(day: string, minuteOfDay: number, timeZone: string, rng: Random): Date {
  return instantOf(day, minuteOfDay, offsetMs(day, timeZone), rng);
}

/** A minute within the intervals, weighted by the hour's usual crowd (five-minute slots). */
export function minuteIn(intervals: readonly { from: string; to: string }[], rng: Random): number {
  const slots: number[] = [];
  const weights: number[] = [];
  for (const i of intervals) {
    for (let m = minutes(i.from); m < minutes(i.to); m += 5) {
      slots.push(m);
      weights.push(HOUR_WEIGHT[Math.floor(m / 60)] ?? 0.5);
    }
  }
  return rng.pick(slots, weights) + rng.int(5);
}

function faceFor(sentiment: Sentiment, scale: ScaleSize, rng: Random): FaceId {
  const faces = (SCALES[scale] as readonly FaceId[]).filter((f) => FACE_SENTIMENT[f] === sentiment);
  // A four-face scale has no middle: an undecided citizen leans either way.
  if (faces.length === 0) return faceFor(rng.chance(0.5) ? 'positive' : 'negative', scale, rng);
  // On five faces the better of two is tapped a little less often than the plain one.
  return faces.length === 1 ? faces[0]! : rng.pick(faces, [0.45, 0.55]);
}

function afterNegative(terminal: DemoTerminal, strain: number, rng: Random): { followUp: FollowUp; reasons: string[] } {
  if (terminal.reasonIds.size === 0) return { followUp: 'not-asked', reasons: [] };
  const followUp = rng.pick(Object.keys(FOLLOW_UP_WEIGHTS), Object.values(FOLLOW_UP_WEIGHTS)) as FollowUp;
  if (followUp !== 'chosen') return { followUp, reasons: [] };
  const weights = reasonWeights(strain);
  const codes = Object.keys(weights).filter((c) => terminal.reasonIds.has(c));
  const first = rng.pick(codes, codes.map((c) => weights[c]!));
  const reasons = [first];
  // One in five names a second reason.
  if (rng.chance(0.2)) {
    const rest = codes.filter((c) => c !== first);
    reasons.push(rng.pick(rest, rest.map((c) => weights[c]!)));
  }
  return { followUp, reasons: reasons.map((c) => terminal.reasonIds.get(c)!) };
}

/**
 * People served and votes of one open day. `season` scales the day's crowd per service, `strain`
 * (0..1) how long the waits have grown; `deliveredAt`, when set, is when an offline terminal
 * finally sent the day's votes.
 */
export function votesOfDay(terminal: DemoTerminal, day: string, season: (p: ServiceProfile) => number, strain: number, rng: Random, deliveredAt?: Date): DayOfVotes {
  const weekday = weekdayOf(day);
  const intervals = terminal.openingHours[WEEKDAYS[weekday]!];
  const served = new Map<string, number>();
  const votes: SentVote[] = [];
  if (intervals.length === 0) return { served, votes };
  const morning = intervals.filter((i) => i.from < '13:00');
  const afternoon = intervals.filter((i) => i.from >= '13:00');
  const offset = offsetMs(day, terminal.timeZone);

  for (const [serviceId, profile] of terminal.profiles) {
    const crowd = profile.served * WEEKDAY_FACTOR[weekday]! * season(profile) * (afternoon.length > 0 ? 1 + AFTERNOON_SHARE : 1);
    const people = rng.poisson(crowd);
    served.set(serviceId, people);
    const negative = profile.mood[2] + profile.strain * strain;
    const positive = profile.mood[0] - profile.strain * strain;
    for (let n = rng.binomial(people, profile.voteRate); n > 0; n--) {
      const outside = rng.chance(OUTSIDE_HOURS_CHANCE);
      const inAfternoon = afternoon.length > 0 && rng.chance(AFTERNOON_SHARE / (1 + AFTERNOON_SHARE));
      const minute = outside ? rng.pick([7 * 60 + 25, 13 * 60 + 5]) + rng.int(30) : minuteIn(inAfternoon ? afternoon : morning, rng);
      const castAt = instantOf(day, minute, offset, rng);
      const sentiment = rng.pick<Sentiment>(['positive', 'neutral', 'negative'], [positive, profile.mood[1], negative]);
      const face = faceFor(sentiment, terminal.scale, rng);
      const { followUp, reasons } = FACE_SENTIMENT[face] === 'negative' ? afterNegative(terminal, strain, rng) : { followUp: 'not-asked' as const, reasons: [] };
      votes.push({
        vote: { id: rng.uuid(), serviceId, face, reasons, followUp, castAt: castAt.toISOString() },
        receivedAt: deliveredAt ?? new Date(castAt.getTime() + 2000 + rng.int(30_000)),
      });
    }
  }
  return { served, votes };
}

// Three years of a national installation's votes, month by month, as the rows ingest's toNewVote makes:
// the weekly, seasonal and daily rhythm, each service's mood, reasons, terminal outages, flat clocks.
import { weekdayOf } from '../../../server/aggregates/count-deltas';
import { DEFAULT_REASONS } from '../../../server/contract/quality';
import { FACE_SENTIMENT, SCALES, type FaceId, type Sentiment } from '../../../server/contract/scale';
import type { FollowUp, Vote } from '../../../server/contract/vote';
import { holidaysOf, OFFICE } from '../../../server/demo/history-plan';
import { localTime } from '../../../server/demo/history-votes';
import type { Random } from '../../../server/demo/random';
import { arrivalOf, toNewVote } from '../../../server/ingest/to-new-vote';
import { voteDigest } from '../../../server/ingest/vote-digest';
import { addDays } from '../../../server/reports/period-plan';
import type { TerminalContext } from '../../../server/store/get-terminal-context';
import type { NewVote } from '../../../server/store/insert-votes';
import { BenchFailure } from '../stats';
import { FIRST_DAY, LAST_DAY, TIME_ZONE, type BenchAdministration, type BenchOffice, type BenchTerminal } from './installation';

/** Monday busiest; weekends only from the web and the phone line. */
const WEEKDAY = [1.15, 1.05, 1.0, 1.05, 0.85, 0.12, 0.03];
const SEASON: Record<number, number> = { 1: 1.1, 6: 1.1, 7: 0.9, 8: 0.45, 12: 0.8 };
/** Terminal outages: a terminal-day whose votes arrive one to five days late. */
const OUTAGE_CHANCE = 0.003;
/** Votes from a terminal whose clock battery went flat: re-dated by the collector. */
const FLAT_CLOCK_CHANCE = 2e-5;
/** Every so many votes, the row is rebuilt by ingest's own toNewVote and must come out the same. */
const CROSS_CHECK_EVERY = 100_003;

/** Cumulative weights, for picking by binary search among many. */
function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
}
function pickIndex(cum: Float64Array, rng: Random): number {
  const x = rng.next() * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Minute-of-day tables: counters and totems in office hours with the mid-morning peak; web ratings into the evening. */
function minuteTable(hourWeights: Record<number, number>): { minutes: number[]; cum: Float64Array } {
  const minutes: number[] = [];
  const weights: number[] = [];
  for (const [h, w] of Object.entries(hourWeights)) {
    for (let m = 0; m < 60; m += 5) {
      minutes.push(Number(h) * 60 + m);
      weights.push(w);
    }
  }
  return { minutes, cum: cumulative(weights) };
}
const DESK = minuteTable({ 8: 0.7, 9: 1.1, 10: 1.3, 11: 1.2, 12: 0.7, 14: 0.3, 15: 0.6, 16: 0.5 });
const WEB = minuteTable(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [i + 7, i + 7 >= 18 ? 1.2 : 0.8])));

function faceFor(sentiment: Sentiment, scale: 3 | 5, rng: Random): FaceId {
  const faces = (SCALES[scale] as readonly FaceId[]).filter((f) => FACE_SENTIMENT[f] === sentiment);
  return faces.length === 1 || rng.chance(0.5) ? faces[0]! : faces[1]!;
}

function contextOf(t: BenchTerminal, o: BenchOffice, a: BenchAdministration): TerminalContext {
  return {
    terminalId: t.id, officeId: o.id, administrationId: a.id, channel: t.channel, mode: 'totem', timeZone: TIME_ZONE, firstEnrolledAt: null, scale: t.scale, previousScale: null, scaleChangedAt: null,
    modeChanges: [], formerServices: new Map(), liveServiceIds: null,
    serviceIds: new Set(a.services.map((s) => s.id)), reasonIds: new Set(DEFAULT_REASONS.map((r) => `${a.id}-${r.code}`)),
  };
}

/** A row as JSON with its keys in one order, so two builds of it compare equal. */
const canonical = (v: NewVote) => JSON.stringify({ ...v, row: Object.fromEntries(Object.entries(v.row).sort(([x], [y]) => (x < y ? -1 : 1))) });

export interface VoteTally {
  votes: number;
  late: number;
  redated: number;
  largestOfficeId: string;
  /** Counter and totem votes of the largest office per "serviceId/day": its people served are set against them. */
  largestOfficeDesk: Map<string, number>;
}

export const emptyTally = (): VoteTally => ({ votes: 0, late: 0, redated: 0, largestOfficeId: '', largestOfficeDesk: new Map() });

/**
 * Yields each month's votes, tallying them into `tally`. Rows are built here rather than by
 * toNewVote for each vote (its time-zone lookups would double the minutes this takes): every
 * hundred-thousandth is rebuilt by toNewVote and must come out the same, and flat-clock votes,
 * which the collector re-dates, are built by toNewVote itself.
 */
export function* monthlyVotes(administrations: readonly BenchAdministration[], rng: Random, totalVotes: number, tally: VoteTally): Generator<NewVote[]> {
  const offices = administrations.flatMap((a) => a.offices.map((o) => ({ o, a, cum: cumulative(o.terminals.map((t) => t.weight)), moods: new Map(a.services.map((s) => [s.id, s.mood])) })));
  const largest = offices.reduce((x, y) => (y.o.share > x.o.share ? y : x)).o;
  tally.largestOfficeId = largest.id;
  const holidays = new Set(holidaysOf(OFFICE.municipio, FIRST_DAY, LAST_DAY));
  const days: string[] = [];
  for (let d = FIRST_DAY; d <= LAST_DAY; d = addDays(d, 1)) days.push(d);
  // The programme grew: the last year has half as many votes again as the first.
  const growth = (i: number) => 0.8 + (0.4 * i) / days.length;
  const dayWeight = days.map((d, i) => (holidays.has(d) ? 0.05 : WEEKDAY[weekdayOf(d)]!) * (SEASON[Number(d.slice(5, 7))] ?? 1) * growth(i));
  const weightSum = dayWeight.reduce((a, b) => a + b, 0);
  const contexts = new Map<string, TerminalContext>();
  let month: NewVote[] = [];

  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    const midnight = localTime(day, '00:00', TIME_ZONE).getTime();
    const outages = new Map<string, { day: string; at: number }>();
    for (const { o } of offices) {
      for (const t of o.terminals) {
        if (!rng.chance(OUTAGE_CHANCE)) continue;
        const back = addDays(day, 1 + rng.int(5));
        outages.set(t.id, { day: back, at: localTime(back, '08:05', TIME_ZONE).getTime() });
      }
    }
    for (const { o, a, cum, moods } of offices) {
      for (let n = rng.poisson((totalVotes * o.share * dayWeight[i]!) / weightSum); n > 0; n--) {
        const t = o.terminals[pickIndex(cum, rng)]!;
        const serviceId = t.services.length === 1 ? t.services[0]! : t.services[rng.int(t.services.length)]!;
        const table = t.channel === 'web' ? WEB : DESK;
        const minute = table.minutes[pickIndex(table.cum, rng)]! + rng.int(5);
        const tapped = midnight + minute * 60_000 + rng.int(60_000);
        const face = faceFor(rng.pick<Sentiment>(['positive', 'neutral', 'negative'], moods.get(serviceId)!), t.scale, rng);
        let followUp: FollowUp = 'not-asked';
        const reasons: string[] = [];
        if (FACE_SENTIMENT[face] === 'negative') {
          followUp = rng.pick<FollowUp>(['chosen', 'skipped', 'timeout'], [0.55, 0.3, 0.15]);
          if (followUp === 'chosen') {
            const codes = rng.chance(0.2) ? ['attesa', rng.pick(['servizio', 'ritorno', 'altro'])] : [rng.pick(['attesa', 'servizio', 'ritorno', 'altro'], [0.35, 0.3, 0.2, 0.15])];
            reasons.push(...codes.map((c) => `${a.id}-${c}`));
          }
        }
        const delivered = outages.get(t.id);
        const receivedAt = delivered?.at ?? tapped + 5000 + rng.int(55_000);
        const flatClock = rng.chance(FLAT_CLOCK_CHANCE);
        const vote: Vote = { id: rng.uuid(), serviceId, face, reasons, followUp, castAt: flatClock ? '2000-01-01T00:00:00.000Z' : new Date(tapped).toISOString() };
        const context = flatClock || tally.votes % CROSS_CHECK_EVERY === 0 ? (contexts.get(t.id) ?? contextOf(t, o, a)) : null;
        if (context) contexts.set(t.id, context);
        const row: NewVote =
          flatClock && context
            ? toNewVote(context, vote, arrivalOf(new Date(receivedAt), context.timeZone))
            : {
                receivedDay: delivered?.day ?? day,
                row: {
                  id: vote.id, administration_id: a.id, office_id: o.id, terminal_id: t.id, service_id: serviceId, channel: t.channel, face, scale: t.scale,
                  follow_up: followUp, cast_at: vote.castAt, received_at: new Date(receivedAt).toISOString(), counted_at: vote.castAt, time_source: 'terminal',
                  day, hour: Math.floor(minute / 60), digest: voteDigest({ serviceId, face, scale: t.scale, reasons, followUp, castAt: vote.castAt }),
                },
                reasonIds: reasons,
              };
        if (context && !flatClock && canonical(row) !== canonical(toNewVote(context, vote, arrivalOf(new Date(receivedAt), context.timeZone)))) {
          throw new BenchFailure(`a generated vote row differs from what ingest's toNewVote makes of it (${canonical(row)}): update the generator and bump GENERATOR_VERSION`);
        }
        month.push(row);
        tally.votes += 1;
        if (delivered) tally.late += 1;
        if (flatClock) tally.redated += 1;
        if (o === largest && t.channel !== 'web' && t.channel !== 'telefono') {
          const key = `${serviceId}/${day}`;
          tally.largestOfficeDesk.set(key, (tally.largestOfficeDesk.get(key) ?? 0) + 1);
        }
      }
    }
    if (i === days.length - 1 || days[i + 1]!.slice(0, 7) !== day.slice(0, 7)) {
      yield month;
      month = [];
    }
  }
}

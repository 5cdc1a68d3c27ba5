// Misuse: a tap too soon after the previous one, or one of a burst, is flagged (a pure function).
import { MAX_CLOCK_AHEAD_MS } from '../aggregates/time-bucket';

export type TapFlag = 'interval' | 'burst';

export interface TapRules {
  /** A tap closer than this to the terminal's previous tap is flagged 'interval'. */
  minIntervalMs: number;
  /** Beyond this many unflagged taps in a minute, further taps are flagged 'burst'. */
  burstPerMinute: number;
}

export interface TapClock {
  /** The terminal's latest tap, flagged or not (ms), or null before its first. */
  lastTapAt: number | null;
  /** Its unflagged taps of the last minute (ms), oldest first. */
  recent: number[];
}

const MINUTE = 60_000;

/**
 * Goes through a terminal's new taps in time order. A child pressing red thirty times: the first
 * tap counts, every one within the response interval of the one before is flagged, and once the
 * minute holds `burstPerMinute` counted taps the rest of that minute are flagged too. A tap older
 * than the terminal's latest (delivered late, out of order) cannot be judged and is left alone.
 *
 * Taps are judged by the terminal's own clock (`at`), which may be wrong. A latest tap that stands
 * ahead of the moment a later tap reached the collector (`receivedAt`, beyond the 5 minutes a clock
 * may be ahead) came from a clock set in the future: kept, it would leave every tap of the right
 * time unjudged until that future date. The terminal's clock starts again from such a tap. The same
 * when its clock jumped back (a flat battery: taps dated 2000, which the collector re-dates to their
 * arrival, `redated`): judged against the last plausible tap, none of them would be judged at all, and
 * a child's thirty presses would all count. Such taps are judged among themselves, by their own clock.
 */
export function flagTaps(clock: TapClock, taps: readonly { id: string; at: number; receivedAt: number; redated?: boolean }[], rules: TapRules): { flags: Map<string, TapFlag>; clock: TapClock } {
  const flags = new Map<string, TapFlag>();
  let last = clock.lastTapAt;
  let recent = [...clock.recent];
  for (const tap of [...taps].sort((a, b) => a.at - b.at)) {
    if (!Number.isFinite(tap.at)) continue;
    const fromTheFuture = last !== null && last > tap.receivedAt + MAX_CLOCK_AHEAD_MS && tap.at <= tap.receivedAt + MAX_CLOCK_AHEAD_MS;
    if (last !== null && tap.at < last && (fromTheFuture || tap.redated)) {
      last = null;
      recent = [];
    }
    if (last !== null && tap.at < last) continue;
    recent = recent.filter((t) => t > tap.at - MINUTE);
    if (last !== null && tap.at - last < rules.minIntervalMs) flags.set(tap.id, 'interval');
    else if (recent.length >= rules.burstPerMinute) flags.set(tap.id, 'burst');
    else recent.push(tap.at);
    last = tap.at;
  }
  return { flags, clock: { lastTapAt: last, recent } };
}

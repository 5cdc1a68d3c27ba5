// The collector's time as this terminal reckons it: an offset learnt from the collector's answers, kept across reloads, read for the opening hours.
import { deleteMeta, getMeta, setMeta, type TerminalDb } from '../store/vote-db';

/**
 * The offset is written again only when it moved this much: a heartbeat a minute must not mean a
 * write a minute, and the opening hours are read to the minute.
 */
const MOVED_MS = 2_000;
/** A Date header counts whole seconds, cut short: the collector's instant was on average half a second later. */
const DATE_HEADER_ROUNDING_MS = 500;
/**
 * An answer slower than this teaches nothing: the collector read its clock somewhere in the round
 * trip, so a sync POST that took 10 s could shift the offset by 5.
 */
export const MAX_ROUND_TRIP_MS = 4_000;
/**
 * The device's clock moved this much against its monotonic one (NTP put it right, staff changed it):
 * the offset learnt before is wrong by as much, so it is dropped until the collector answers again.
 * A device asleep may show the same (its monotonic clock can stop meanwhile): the offset is dropped
 * then too, and the collector's next answer (a heartbeat) brings it back.
 */
export const CLOCK_JUMP_MS = 2 * 60_000;

/**
 * Where the time a terminal reads comes from, in the words a vote's time source uses
 * (server/aggregates/time-bucket.ts): 'collector' once the collector's offset is known, from this run
 * or an earlier one; 'terminal' (the device's own clock) only while the collector was never reached.
 */
export type ClockSource = 'collector' | 'terminal';

export interface CollectorClock {
  /** The collector's time when its offset is known, else the device's. */
  now(): Date;
  source(): ClockSource;
  /** The collector's clock minus the device's, in ms; null while never learnt. */
  offsetMs(): number | null;
  /** An answer from the collector: its time, and the device's clock when the request left and when the answer came. */
  learn(collectorMs: number, sentMs: number, answeredMs: number): void;
  /** Told when the offset is first learnt or moves: the open or closed screen is decided again. */
  onChange(listener: () => void): () => void;
}

export interface CollectorClockOptions {
  /** Where the offset is kept across reloads; none in screen tests. */
  db?: TerminalDb | null;
  /** The offset read back at start, if any. */
  offsetMs?: number | null;
  deviceNow?: () => number;
  /** A clock that never jumps (performance.now()): the device's clock is watched against it. */
  monotonicNow?: () => number;
}

export function createCollectorClock({ db = null, offsetMs = null, deviceNow = () => Date.now(), monotonicNow = () => performance.now() }: CollectorClockOptions = {}): CollectorClock {
  let offset = offsetMs;
  const listeners = new Set<() => void>();
  let anchor = deviceNow() - monotonicNow();
  /** Checked at every read: the hours are read every half minute (use-office-open.ts), so a jump is seen within one. */
  const watchJump = () => {
    const moved = deviceNow() - monotonicNow();
    const jumped = Math.abs(moved - anchor) > CLOCK_JUMP_MS;
    anchor = moved;
    if (!jumped || offset === null) return;
    offset = null;
    if (db) deleteMeta(db, 'clock').catch((e: unknown) => console.error('gradimento: clock offset not dropped', e));
    // Later, not inside the read that saw it: a listener may set a screen's state, and reads happen while rendering.
    queueMicrotask(() => {
      for (const listener of listeners) listener();
    });
  };
  return {
    now: () => {
      watchJump();
      return new Date(deviceNow() + (offset ?? 0));
    },
    source: () => {
      watchJump();
      return offset === null ? 'terminal' : 'collector';
    },
    offsetMs: () => {
      watchJump();
      return offset;
    },
    learn(collectorMs, sentMs, answeredMs) {
      if (![collectorMs, sentMs, answeredMs].every(Number.isFinite) || answeredMs < sentMs || answeredMs - sentMs > MAX_ROUND_TRIP_MS) return;
      watchJump();
      // The collector read its clock somewhere between sending and answering: the middle is the best guess.
      const learnt = Math.round(collectorMs - (sentMs + answeredMs) / 2);
      if (offset !== null && Math.abs(learnt - offset) < MOVED_MS) return;
      offset = learnt;
      if (db) setMeta(db, 'clock', { offsetMs: learnt, learntAt: new Date(collectorMs).toISOString() }).catch((e: unknown) => console.error('gradimento: clock offset not kept', e));
      for (const listener of listeners) listener();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The clock with the offset an earlier run learnt; the device's clock when none did (or the store fails). */
export async function loadCollectorClock(db: TerminalDb): Promise<CollectorClock> {
  const kept = await getMeta(db, 'clock').catch(() => undefined);
  return createCollectorClock({ db, offsetMs: kept && Number.isFinite(kept.offsetMs) ? kept.offsetMs : null });
}

/** A fetch that learns the collector's time from the Date header of each of its answers. */
export function learningFetch(clock: CollectorClock, fetchFn: typeof fetch): typeof fetch {
  return async (input, init) => {
    const sent = Date.now();
    const res = await fetchFn(input, init);
    const date = Date.parse(res.headers.get('date') ?? '');
    if (Number.isFinite(date)) clock.learn(date + DATE_HEADER_ROUNDING_MS, sent, Date.now());
    return res;
  };
}

// The collector's time as this terminal reckons it: an offset learnt from the collector's answers, kept across reloads, read for the opening hours.
import { getMeta, setMeta, type TerminalDb } from '../store/vote-db';

/**
 * The offset is written again only when it moved this much: a heartbeat a minute must not mean a
 * write a minute, and the opening hours are read to the minute.
 */
const MOVED_MS = 2_000;
/** A Date header counts whole seconds, cut short: the collector's instant was on average half a second later. */
const DATE_HEADER_ROUNDING_MS = 500;

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
}

export function createCollectorClock({ db = null, offsetMs = null, deviceNow = () => Date.now() }: CollectorClockOptions = {}): CollectorClock {
  let offset = offsetMs;
  const listeners = new Set<() => void>();
  return {
    now: () => new Date(deviceNow() + (offset ?? 0)),
    source: () => (offset === null ? 'terminal' : 'collector'),
    offsetMs: () => offset,
    learn(collectorMs, sentMs, answeredMs) {
      if (![collectorMs, sentMs, answeredMs].every(Number.isFinite) || answeredMs < sentMs) return;
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

// Which moment a vote counts for, and the office-local day and hour that moment falls in.

/** A terminal clock this far ahead of the collector's is wrong, not early. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000;
/**
 * Votes older than this are not believed either: a tablet whose battery died often boots in
 * 1970 or 2000. A terminal may stay offline for weeks, so the window is generous.
 */
export const MAX_VOTE_AGE_MS = 366 * 24 * 60 * 60 * 1000;

export interface CountedTime {
  countedAt: string;
  source: 'terminal' | 'collector';
}

/** The terminal's time when it is plausible, else the collector's time of receipt. */
export function countedTime(castAt: string, receivedAt: Date): CountedTime {
  const cast = Date.parse(castAt);
  const received = receivedAt.getTime();
  if (Number.isFinite(cast) && cast <= received + MAX_CLOCK_AHEAD_MS && cast >= received - MAX_VOTE_AGE_MS) {
    return { countedAt: new Date(cast).toISOString(), source: 'terminal' };
  }
  return { countedAt: receivedAt.toISOString(), source: 'collector' };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalBucket {
  /** YYYY-MM-DD in the office's zone. */
  day: string;
  /** 0-23 in the office's zone. */
  hour: number;
}

/** The office-local day and hour of an instant: reports speak the office's calendar, not UTC's. */
export function localBucket(instant: Date, timeZone: string): LocalBucket {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

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

/**
 * Whether the terminal's time of a vote is believed. Implausible: not an instant, more than 5
 * minutes ahead of the collector, more than a year old, or before the terminal's first pairing
 * (`notBefore`, with the same 5 minutes for clocks a little behind).
 */
export function plausibleCast(castMs: number, receivedMs: number, notBefore?: string | null): boolean {
  const earliest = Math.max(receivedMs - MAX_VOTE_AGE_MS, notBefore ? Date.parse(notBefore) - MAX_CLOCK_AHEAD_MS : -Infinity);
  return Number.isFinite(castMs) && castMs <= receivedMs + MAX_CLOCK_AHEAD_MS && castMs >= earliest;
}

/**
 * The terminal's time when it is plausible (plausibleCast), else the collector's time of receipt:
 * such a vote is counted when it arrived and shows as re-dated in every report.
 */
export function countedTime(castAt: string, receivedAt: Date, notBefore?: string | null): CountedTime {
  const cast = Date.parse(castAt);
  if (plausibleCast(cast, receivedAt.getTime(), notBefore)) return { countedAt: new Date(cast).toISOString(), source: 'terminal' };
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

/** Through Intl, exact for any instant; the reference that the fast path below must agree with. */
export function localBucketByIntl(instant: Date, timeZone: string): LocalBucket {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** Every UTC offset in use is a whole number of quarter hours, and a zone changes it at most a few times a year. */
const BLOCK_MS = 15 * 60 * 1000;
/** Quarter hours whose offset is known, per zone; about ten days of a year-long backlog fit. */
const MAX_BLOCKS = 1_000;
/** A quarter hour's offset, and its local day and hour when the offset is whole quarter hours (then the same for every instant in it). */
interface Block {
  offset: number;
  bucket: LocalBucket | null;
}
const blockOffsets = new Map<string, Map<number, Block | null>>();
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms (Intl, to the second). */
function offsetAt(ms: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
    offsetFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
}

/**
 * The zone's offset over the whole quarter hour holding `ms`, or null when it changes inside it.
 * Equal at both ends means constant throughout: a zone never changes its offset twice in 15 minutes.
 */
function blockOf(ms: number, timeZone: string): Block | null {
  let blocks = blockOffsets.get(timeZone);
  if (!blocks) {
    blocks = new Map();
    blockOffsets.set(timeZone, blocks);
  }
  const block = Math.floor(ms / BLOCK_MS);
  let known = blocks.get(block);
  if (known === undefined) {
    const start = offsetAt(block * BLOCK_MS, timeZone);
    if (start === offsetAt((block + 1) * BLOCK_MS - 1, timeZone)) {
      // A whole number of quarter hours (every offset in use today; not the local mean times of the
      // 1800s) maps the quarter hour onto one local quarter hour: one day and hour for all of it.
      const local = new Date(block * BLOCK_MS + start);
      known = { offset: start, bucket: start % BLOCK_MS === 0 ? { day: local.toISOString().slice(0, 10), hour: local.getUTCHours() } : null };
    } else {
      known = null;
    }
    if (blocks.size >= MAX_BLOCKS) blocks.clear();
    blocks.set(block, known);
  }
  return known;
}

/** Years whose ISO form is YYYY, as the Intl path writes them. */
const FAST_FROM = Date.UTC(1000, 0, 2);
const FAST_TO = Date.UTC(9999, 11, 30);

/**
 * The office-local day and hour of an instant: reports speak the office's calendar, not UTC's.
 * Ingest asks this twice per vote; formatting each instant through Intl was a tenth of the
 * collector's CPU on a backlog (docs/performance.md), so the zone's offset, and with it the local
 * day and hour, are looked up once per quarter hour. A quarter hour in which the offset changes
 * (a DST night) takes the Intl path for each instant.
 */
export function localBucket(instant: Date, timeZone: string): LocalBucket {
  const ms = instant.getTime();
  if (!(ms >= FAST_FROM && ms <= FAST_TO)) return localBucketByIntl(instant, timeZone);
  const block = blockOf(ms, timeZone);
  if (block === null) return localBucketByIntl(instant, timeZone);
  if (block.bucket) return { day: block.bucket.day, hour: block.bucket.hour };
  const local = new Date(ms + block.offset);
  return { day: local.toISOString().slice(0, 10), hour: local.getUTCHours() };
}

export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

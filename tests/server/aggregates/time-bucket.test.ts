// localBucket (office-local day and hour, across DST and midnight) and countedTime (which clock a vote counts by).
import { describe, expect, it } from 'vitest';
import { countedTime, localBucket, localBucketByIntl, MAX_CLOCK_AHEAD_MS, MAX_VOTE_AGE_MS } from '../../../server/aggregates/time-bucket';

const ROME = 'Europe/Rome';
const at = (iso: string) => localBucket(new Date(iso), ROME);

describe('localBucket', () => {
  it('follows the spring-forward change of 2026-03-29 (02:00 CET becomes 03:00 CEST)', () => {
    expect(at('2026-03-29T00:30:00Z')).toEqual({ day: '2026-03-29', hour: 1 });
    expect(at('2026-03-29T00:59:59Z')).toEqual({ day: '2026-03-29', hour: 1 });
    expect(at('2026-03-29T01:00:00Z')).toEqual({ day: '2026-03-29', hour: 3 });
    expect(at('2026-03-29T01:30:00Z')).toEqual({ day: '2026-03-29', hour: 3 });
    // No instant falls in local hour 2 that day.
    const hours = Array.from({ length: 24 * 4 }, (_, i) => at(new Date(Date.UTC(2026, 2, 28, 23) + i * 15 * 60_000).toISOString()));
    expect(hours.filter((b) => b.day === '2026-03-29' && b.hour === 2)).toEqual([]);
  });

  it('follows the fall-back change of 2026-10-25 (03:00 CEST becomes 02:00 CET): hour 2 happens twice', () => {
    expect(at('2026-10-25T00:30:00Z')).toEqual({ day: '2026-10-25', hour: 2 });
    expect(at('2026-10-25T01:30:00Z')).toEqual({ day: '2026-10-25', hour: 2 });
    expect(at('2026-10-25T02:30:00Z')).toEqual({ day: '2026-10-25', hour: 3 });
    expect(at('2026-10-24T23:30:00Z')).toEqual({ day: '2026-10-25', hour: 1 });
  });

  it('rolls over local midnight before UTC does', () => {
    expect(at('2026-01-15T23:30:00Z')).toEqual({ day: '2026-01-16', hour: 0 });
    expect(at('2026-07-15T22:30:00Z')).toEqual({ day: '2026-07-16', hour: 0 });
    expect(at('2026-07-15T21:59:59Z')).toEqual({ day: '2026-07-15', hour: 23 });
    expect(at('2026-12-31T23:00:00Z')).toEqual({ day: '2027-01-01', hour: 0 });
  });

  it('speaks the zone it is given', () => {
    expect(localBucket(new Date('2026-01-15T23:30:00Z'), 'UTC')).toEqual({ day: '2026-01-15', hour: 23 });
    expect(localBucket(new Date('2026-01-15T03:00:00Z'), 'America/New_York')).toEqual({ day: '2026-01-14', hour: 22 });
  });
});

describe('localBucket against Intl for every instant', () => {
  // Zones whose offsets or changes are unusual: half and quarter hours, 30-minute DST (Lord Howe),
  // southern hemisphere, Ramadan suspensions of DST (Casablanca), a zone that skipped a day (Apia, 2011).
  const ZONES = ['Europe/Rome', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Tehran', 'Africa/Casablanca', 'America/Santiago', 'Pacific/Apia', 'UTC'];

  const offsetFormat = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
  /** The zone's offset in minutes at t, straight from Intl. */
  const offsetAt = (f: Intl.DateTimeFormat, t: number) => {
    const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
    return (Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - Math.floor(t / 60_000) * 60_000) / 60_000;
  };

  /** Hourly instants (odd seconds), and every 61 s for two hours around each change of offset among them. */
  function instants(from: number, hours: number, zone: string): number[] {
    const f = offsetFormat(zone);
    const out: number[] = [];
    let previous = offsetAt(f, from);
    for (let h = 0; h < hours; h++) {
      const t = from + h * 3_600_000 + ((h * 7_919) % 3_600_000);
      out.push(t);
      const offset = offsetAt(f, t);
      if (offset !== previous) for (let u = t - 2 * 3_600_000; u < t + 3_600_000; u += 61_000) out.push(u);
      previous = offset;
    }
    return out;
  }

  it.each(ZONES)('agrees in %s through 2026 and the 2011 dateline change', (zone) => {
    const times = [...instants(Date.UTC(2026, 0, 1), 366 * 24, zone), ...instants(Date.UTC(2011, 11, 28), 4 * 24, zone)];
    const wrong = times.filter((t) => JSON.stringify(localBucket(new Date(t), zone)) !== JSON.stringify(localBucketByIntl(new Date(t), zone)));
    expect(wrong.map((t) => new Date(t).toISOString()).slice(0, 5)).toEqual([]);
  });

  it('agrees with an offset in seconds (Amsterdam, 1930) and at the edges of a quarter hour', () => {
    for (let t = Date.UTC(1930, 4, 15, 20); t < Date.UTC(1930, 4, 16, 2); t += 59_000) {
      expect(localBucket(new Date(t), 'Europe/Amsterdam')).toEqual(localBucketByIntl(new Date(t), 'Europe/Amsterdam'));
    }
    // Spring forward in Rome at 01:00 UTC: the last millisecond before and the first after.
    expect(localBucket(new Date(Date.UTC(2026, 2, 29, 1) - 1), ROME)).toEqual({ day: '2026-03-29', hour: 1 });
    expect(localBucket(new Date(Date.UTC(2026, 2, 29, 1)), ROME)).toEqual({ day: '2026-03-29', hour: 3 });
  });
});

describe('countedTime', () => {
  const received = new Date('2026-03-10T12:00:00.000Z');
  const shift = (ms: number) => new Date(received.getTime() + ms).toISOString();

  it('believes a plausible terminal clock, normalised to UTC ISO', () => {
    expect(countedTime('2026-03-10T10:00:00+01:00', received)).toEqual({ countedAt: '2026-03-10T09:00:00.000Z', source: 'terminal' });
    expect(countedTime(shift(-30 * 24 * 3600_000), received).source).toBe('terminal');
    expect(countedTime(shift(MAX_CLOCK_AHEAD_MS), received).source).toBe('terminal');
    expect(countedTime(shift(-MAX_VOTE_AGE_MS), received).source).toBe('terminal');
  });

  it('uses the collector time when the terminal clock is more than 5 minutes ahead', () => {
    expect(countedTime(shift(MAX_CLOCK_AHEAD_MS + 1000), received)).toEqual({ countedAt: received.toISOString(), source: 'collector' });
    expect(countedTime('2030-01-01T00:00:00Z', received).source).toBe('collector');
  });

  it('uses the collector time for votes older than a year (a tablet that booted in 1970)', () => {
    expect(countedTime(shift(-MAX_VOTE_AGE_MS - 1000), received)).toEqual({ countedAt: received.toISOString(), source: 'collector' });
    expect(countedTime('1970-01-01T00:00:00Z', received).source).toBe('collector');
  });

  it('uses the collector time for a castAt that does not parse', () => {
    expect(countedTime('2026-12-31T23:59:60Z', received).source).toBe('collector');
    expect(countedTime('garbage', received).source).toBe('collector');
  });
});

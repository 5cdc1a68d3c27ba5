// localBucket (office-local day and hour, across DST and midnight) and countedTime (which clock a vote counts by).
import { describe, expect, it } from 'vitest';
import { countedTime, localBucket, MAX_CLOCK_AHEAD_MS, MAX_VOTE_AGE_MS } from '../../../server/aggregates/time-bucket';

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

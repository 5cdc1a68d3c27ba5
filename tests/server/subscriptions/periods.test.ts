// Which reports a subscription is owed: periods of the office's calendar, due at 06:00 local the day after, since the subscription, within the catch-up window.
import { describe, expect, it } from 'vitest';
import { CATCH_UP_DAYS, periodOf, periodsDue, zonedInstant } from '../../../server/subscriptions/periods';

const ROME = 'Europe/Rome';
const at = (iso: string) => new Date(iso);

describe('periodOf', () => {
  it('is the day, the Monday-to-Sunday week, or the calendar month holding the day', () => {
    expect(periodOf('daily', '2026-03-11')).toEqual({ from: '2026-03-11', to: '2026-03-11' });
    expect(periodOf('weekly', '2026-03-11')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(periodOf('weekly', '2026-03-15')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(periodOf('weekly', '2026-03-16')).toEqual({ from: '2026-03-16', to: '2026-03-22' });
    expect(periodOf('monthly', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});

describe('zonedInstant', () => {
  it('finds the instant of a wall-clock time, in winter and in summer', () => {
    expect(zonedInstant('2026-03-11', 6 * 60, ROME).toISOString()).toBe('2026-03-11T05:00:00.000Z');
    expect(zonedInstant('2026-07-01', 6 * 60, ROME).toISOString()).toBe('2026-07-01T04:00:00.000Z');
    // The morning after the clocks go forward (29 March 2026) and back (25 October 2026).
    expect(zonedInstant('2026-03-29', 6 * 60, ROME).toISOString()).toBe('2026-03-29T04:00:00.000Z');
    expect(zonedInstant('2026-10-25', 6 * 60, ROME).toISOString()).toBe('2026-10-25T05:00:00.000Z');
    expect(zonedInstant('2026-03-11', 6 * 60, 'America/New_York').toISOString()).toBe('2026-03-11T10:00:00.000Z');
  });
});

describe('periodsDue', () => {
  const since = at('2026-03-10T09:00:00Z');

  it('owes nothing before the first period ends and its morning comes', () => {
    expect(periodsDue('daily', ROME, since, at('2026-03-10T22:00:00Z'))).toEqual([]);
    expect(periodsDue('daily', ROME, since, at('2026-03-11T04:59:00Z'))).toEqual([]);
  });

  it('owes the day that began before the subscription (its report is sent after it)', () => {
    expect(periodsDue('daily', ROME, since, at('2026-03-11T05:00:00Z'))).toEqual([{ from: '2026-03-10', to: '2026-03-10', dueAt: '2026-03-11T05:00:00.000Z' }]);
  });

  it('owes every day missed while the collector was down, oldest first', () => {
    expect(periodsDue('daily', ROME, since, at('2026-03-13T08:00:00Z')).map((p) => p.from)).toEqual(['2026-03-10', '2026-03-11', '2026-03-12']);
  });

  it('owes weeks and months on the morning after they end', () => {
    expect(periodsDue('weekly', ROME, since, at('2026-03-16T04:59:00Z'))).toEqual([]);
    expect(periodsDue('weekly', ROME, since, at('2026-03-16T05:00:00Z'))).toEqual([{ from: '2026-03-09', to: '2026-03-15', dueAt: '2026-03-16T05:00:00.000Z' }]);
    expect(periodsDue('monthly', ROME, since, at('2026-04-01T03:59:00Z'))).toEqual([]);
    expect(periodsDue('monthly', ROME, since, at('2026-04-01T04:00:00Z'))).toEqual([{ from: '2026-03-01', to: '2026-03-31', dueAt: '2026-04-01T04:00:00.000Z' }]);
  });

  it(`catches up at most ${CATCH_UP_DAYS} days after a long outage`, () => {
    const due = periodsDue('daily', ROME, since, at('2026-06-10T12:00:00Z'));
    expect(due).toHaveLength(CATCH_UP_DAYS);
    expect(due.at(-1)!.from).toBe('2026-06-09');
  });
});

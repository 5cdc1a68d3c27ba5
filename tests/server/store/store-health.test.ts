import { describe, expect, it } from 'vitest';
import { StoreHealth } from '../../../server/store/store-health';
import { movableClock } from '../helpers/test-collector';

describe("what /healthz says of the database's writes", () => {
  it('names a write refused for a full disk or a disk error until a write goes through', () => {
    const clock = movableClock('2026-11-30T10:00:00.000Z');
    const health = new StoreHealth(clock.now);
    expect(health.problem()).toBeNull();
    health.failed('full');
    expect(health.problem()).toEqual({ kind: 'full', at: new Date('2026-11-30T10:00:00.000Z'), retryAfterSeconds: 60 });
    health.wrote();
    expect(health.problem()).toBeNull();
    health.failed('io');
    expect(health.problem()?.kind).toBe('io');
  });

  it('lets the state end on its own once the wait it gave the writer has passed, with no write meanwhile', () => {
    const clock = movableClock('2026-11-30T10:00:00.000Z');
    const health = new StoreHealth(clock.now);
    health.failed('full');
    clock.advance(59_999);
    expect(health.problem()?.kind).toBe('full');
    clock.advance(1);
    expect(health.problem()).toBeNull();
  });

  it('leaves out what a read shows by itself (a database that does not answer) and what passes in seconds (busy)', () => {
    const health = new StoreHealth(() => new Date());
    health.failed('unreachable');
    health.failed('busy');
    expect(health.problem()).toBeNull();
  });
});

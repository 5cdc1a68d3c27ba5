// Leases: one holder at a time per job, renewed by its holder, taken over when it lapses or is given back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseLease, takeLease } from '../../../server/jobs/lease';
import { startScheduler } from '../../../server/jobs/scheduler';
import { startCollector, TEST_STORE, type TestCollector } from '../helpers/test-collector';

// One collector for the file, each test on leases of its own names: a collector's start and close
// on PostgreSQL (a database created, then dropped) is most of this file's time.
let c: TestCollector;
beforeAll(async () => {
  c = await startCollector({ enrolTerminals: false, noAdmin: true });
});
afterAll(async () => c?.close());

const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 10, 0, s));

describe('takeLease', () => {
  it('gives a job to one of two collectors at a time, and to the other once it lapses', async () => {
    // Real time: on PostgreSQL the database's clock decides when a lease lapses, not the `now` given.
    const db = c.store.db;
    const real = () => new Date();
    expect(await takeLease(db, 'job:report', 1_500, real(), 'a')).toBe(true);
    expect(await takeLease(db, 'job:report', 1_500, real(), 'b')).toBe(false);
    expect(await takeLease(db, 'job:report', 1_500, real(), 'a')).toBe(true);
    expect(await takeLease(db, 'job:report', 1_500, real(), 'b')).toBe(false);
    await new Promise((r) => setTimeout(r, 1_700));
    expect(await takeLease(db, 'job:report', 1_500, real(), 'b')).toBe(true);
    expect(await takeLease(db, 'job:other', 1_500, real(), 'a')).toBe(true);
  });

  it('hands a lease over at once when its holder gives it back', async () => {
    const db = c.store.db;
    expect(await takeLease(db, 'job:handover', 60_000, at(0), 'a')).toBe(true);
    await releaseLease(db, 'job:handover', 'b');
    expect(await takeLease(db, 'job:handover', 60_000, at(1), 'b')).toBe(false);
    await releaseLease(db, 'job:handover', 'a');
    expect(await takeLease(db, 'job:handover', 60_000, at(2), 'b')).toBe(true);
  });

  it('lets exactly one of many collectors racing for a free lease have it', async () => {
    const holders = Array.from({ length: 8 }, (_, i) => `p${i}`);
    const won = await Promise.all(holders.map((h) => takeLease(c.store.db, 'job:race', 60_000, at(0), h)));
    expect(won.filter(Boolean)).toHaveLength(1);
  });
});

// SQLite has one collector process, so one clock; on PostgreSQL several machines share the leases.
describe.skipIf(TEST_STORE !== 'postgres')('collectors whose clocks disagree, on one PostgreSQL', () => {
  const MINUTES = 60_000;
  const skewed = (ms: number) => new Date(Date.now() + ms);

  it('do not both hold a lease: the one whose clock runs ahead does not see the other\'s lease as lapsed', async () => {
    // Before the fix each took and compared expiries by its own clock: 5 minutes ahead, b saw a's
    // one-minute lease long over, took it, and both ran the job.
    const db = c.store.db;
    expect(await takeLease(db, 'job:skew-ahead', 1 * MINUTES, skewed(0), 'a')).toBe(true);
    expect(await takeLease(db, 'job:skew-ahead', 1 * MINUTES, skewed(5 * MINUTES), 'b')).toBe(false);
    expect(await takeLease(db, 'job:skew-ahead', 1 * MINUTES, skewed(0), 'a')).toBe(true);
  });

  it('do not both hold a lease: the one whose clock runs behind does not give out a lease already lapsed', async () => {
    // Before the fix b, 5 minutes behind, wrote an expiry 4 minutes in the real past: a took it at once.
    const db = c.store.db;
    expect(await takeLease(db, 'job:skew-behind', 1 * MINUTES, skewed(-5 * MINUTES), 'b')).toBe(true);
    expect(await takeLease(db, 'job:skew-behind', 1 * MINUTES, skewed(0), 'a')).toBe(false);
  });
});

describe('the scheduler', () => {
  it('takes each job\'s lease when the job starts, not when the tick began: a long job before it cannot leave it a lease already lapsed', async () => {
    const db = c.store.db;
    let clock = Date.UTC(2026, 10, 21, 5, 0, 0);
    const now = () => new Date(clock);
    const ran: string[] = [];
    const jobs = [
      // The month's reports with their PDFs: four minutes.
      { name: 'slow-first', everyMs: 10 * 60_000, run: async () => void ((clock += 4 * 60_000), ran.push('slow-first')) },
      { name: 'after-it', everyMs: 60_000, run: async () => void ran.push('after-it') },
    ];
    const scheduler = startScheduler(db, jobs, c.app.log, now, 0);
    await scheduler.tick();
    expect(ran).toEqual(['slow-first', 'after-it']);
    const lease = await db.selectFrom('leases').select(['holder', 'expires_at']).where('name', '=', 'job:after-it').executeTakeFirstOrThrow();
    // Counted from 05:04, when it started: 60 s + 2 x 30 s later. From 05:00 it would have lapsed at once.
    // (On PostgreSQL leases run by the database's clock, the real one: counted from the moment it was taken.)
    if (TEST_STORE === 'sqlite') expect(lease.expires_at).toBe(new Date(Date.UTC(2026, 10, 21, 5, 4, 0) + 60_000 + 60_000).toISOString());
    else expect(Date.parse(lease.expires_at) - Date.now()).toBeGreaterThan(110_000);
    // Another collector asking at 05:04:30 does not get it.
    expect(await takeLease(db, 'job:after-it', 120_000, new Date(Date.UTC(2026, 10, 21, 5, 4, 30)), 'another')).toBe(false);
    await scheduler.stop();
  });
});

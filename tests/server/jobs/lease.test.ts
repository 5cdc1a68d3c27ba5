// Leases: one holder at a time per job, renewed by its holder, taken over when it lapses or is given back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseLease, takeLease } from '../../../server/jobs/lease';
import { startScheduler } from '../../../server/jobs/scheduler';
import { startCollector, type TestCollector } from '../helpers/test-collector';

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
    const db = c.store.db;
    expect(await takeLease(db, 'job:report', 10_000, at(0), 'a')).toBe(true);
    expect(await takeLease(db, 'job:report', 10_000, at(1), 'b')).toBe(false);
    expect(await takeLease(db, 'job:report', 10_000, at(5), 'a')).toBe(true);
    expect(await takeLease(db, 'job:report', 10_000, at(14), 'b')).toBe(false);
    expect(await takeLease(db, 'job:report', 10_000, at(16), 'b')).toBe(true);
    expect(await takeLease(db, 'job:other', 10_000, at(16), 'a')).toBe(true);
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
    expect(lease.expires_at).toBe(new Date(Date.UTC(2026, 10, 21, 5, 4, 0) + 60_000 + 60_000).toISOString());
    // Another collector asking at 05:04:30 does not get it.
    expect(await takeLease(db, 'job:after-it', 120_000, new Date(Date.UTC(2026, 10, 21, 5, 4, 30)), 'another')).toBe(false);
    await scheduler.stop();
  });
});

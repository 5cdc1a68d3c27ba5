// Per-address limits on the doors strangers can knock at: sign-in (20 a minute) and enrolment (10 a minute).
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { SharedRateLimitStore, sweepRateLimits } from '../../../server/auth/shared-rate-limit';
import { issuePairingCode } from '../../../server/auth/terminal-tokens';
import { ADMIN_EMAIL, makeTempDir, startCollector, TEST_PASSWORD, TEST_STORE, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
let other: TestCollector | undefined;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => {
  await other?.close();
  other = undefined;
  await c?.close();
});

const SIGN_IN_PER_MINUTE = 20;
const ENROLMENT_PER_MINUTE = 10;

function expectRateLimited(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(res.statusCode).toBe(429);
  const { error } = res.json() as { error: { code: string; message: string; retryAfterSeconds: number } };
  expect(error).toEqual({ code: 'rate_limited', message: expect.stringMatching(/try again in \d+ s/), retryAfterSeconds: expect.any(Number) });
  expect(error.retryAfterSeconds).toBeGreaterThan(0);
  expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}

describe('sign-in', () => {
  const attempt = (remoteAddress: string, email: string, password: string) =>
    c.app.inject({ method: 'POST', url: apiPaths.session, remoteAddress, payload: { email, password } });

  it(`answers 429 rate_limited after ${SIGN_IN_PER_MINUTE} attempts a minute from one address, even with the right password`, async () => {
    // Unknown e-mails, so no account lockout gets in the way.
    for (let i = 0; i < SIGN_IN_PER_MINUTE; i++) expect((await attempt('203.0.113.7', `guess${i}@test.example.org`, 'wrong')).statusCode).toBe(401);
    const res = await attempt('203.0.113.7', ADMIN_EMAIL, TEST_PASSWORD);
    expectRateLimited(res);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('counts each address on its own', async () => {
    for (let i = 0; i < SIGN_IN_PER_MINUTE; i++) await attempt('203.0.113.8', `guess${i}@test.example.org`, 'wrong');
    expect((await attempt('203.0.113.8', ADMIN_EMAIL, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await attempt('198.51.100.9', ADMIN_EMAIL, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('does not limit the signed-in person\'s other requests', async () => {
    for (let i = 0; i < SIGN_IN_PER_MINUTE + 5; i++) {
      expect((await c.app.inject({ url: apiPaths.offices, headers: { cookie: c.admin.cookie } })).statusCode).toBe(200);
    }
  });
});

describe('enrolment', () => {
  const enrolFrom = (remoteAddress: string, code: string) => c.app.inject({ method: 'POST', url: apiPaths.enrolment, remoteAddress, payload: { code } });

  it(`answers 429 rate_limited after ${ENROLMENT_PER_MINUTE} attempts a minute from one address, even with a valid code`, async () => {
    for (let i = 0; i < ENROLMENT_PER_MINUTE; i++) {
      const res = await enrolFrom('203.0.113.20', 'AAAA-BBBB');
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'pairing_code_invalid' } });
    }
    const { code } = await issuePairingCode(c.store.db, TOTEM.id, new Date());
    expectRateLimited(await enrolFrom('203.0.113.20', code));
    // The code was not used up by the refused attempt: from elsewhere it still enrols.
    expect((await enrolFrom('198.51.100.21', code)).statusCode).toBe(200);
  });
});

describe('an IPv6 client', () => {
  it('is counted by its /64 on either store (in memory on SQLite, in the database on PostgreSQL): new addresses of one network do not start afresh', async () => {
    // A home or a phone is given a whole /64 and picks any address in it (server/http/address-key.ts).
    const enrolFrom = (remoteAddress: string) => c.app.inject({ method: 'POST', url: apiPaths.enrolment, remoteAddress, payload: { code: 'AAAA-BBBB' } });
    for (let i = 1; i <= ENROLMENT_PER_MINUTE; i++) expect((await enrolFrom(`2001:db8:5:6::${i.toString(16)}`)).statusCode).toBe(400);
    expectRateLimited(await enrolFrom('2001:db8:5:6:ffff::1'));
    // The next network is another client.
    expect((await enrolFrom('2001:db8:5:7::1')).statusCode).toBe(400);
  });
});

// SQLite has one collector process, which counts in memory; on PostgreSQL the counts are rows that
// every collector of the installation shares (server/auth/shared-rate-limit.ts).
describe.skipIf(TEST_STORE !== 'postgres')('several collectors on one PostgreSQL', () => {
  it(`share one count: ${ENROLMENT_PER_MINUTE} enrolment attempts from one address spread over two collectors, then either refuses`, async () => {
    await c.close();
    const dir = makeTempDir();
    c = await startCollector({ dir });
    other = await startCollector({ dir, enrolTerminals: false });
    const collectors = [c, other];
    const enrolFrom = (collector: TestCollector, code: string) => collector.app.inject({ method: 'POST', url: apiPaths.enrolment, remoteAddress: '203.0.113.30', payload: { code } });
    for (let i = 0; i < ENROLMENT_PER_MINUTE; i++) expect((await enrolFrom(collectors[i % 2]!, 'AAAA-BBBB')).statusCode).toBe(400);
    const { code } = await issuePairingCode(c.store.db, TOTEM.id, new Date());
    for (const collector of collectors) expectRateLimited(await enrolFrom(collector, code));
  });

  it('counts up within a window and starts again at 1 once it has passed, telling the time left', async () => {
    const store = new SharedRateLimitStore(c.store.db, 'test|');
    const incr = (timeWindow: number) =>
      new Promise<{ current: number; ttl: number }>((resolve, reject) => store.incr('203.0.113.31', (err, result) => (err ? reject(err) : resolve(result!)), timeWindow, 10));
    expect(await incr(60_000)).toMatchObject({ current: 1 });
    const second = await incr(60_000);
    expect(second.current).toBe(2);
    expect(second.ttl).toBeGreaterThan(50_000);
    expect(second.ttl).toBeLessThanOrEqual(60_000);
    // The window ends when reset_at has passed: put it in the past, as a minute gone by would.
    await c.store.db.updateTable('rate_limits').set({ reset_at: new Date(Date.now() - 1000).toISOString() }).where('key', '=', 'test|203.0.113.31').execute();
    const fresh = await incr(60_000);
    expect(fresh.current).toBe(1);
    expect(fresh.ttl).toBeGreaterThan(50_000);
  });

  it('counts the requests of one turn of the event loop together, each in its own place, whatever their keys', async () => {
    const store = new SharedRateLimitStore(c.store.db, 'turn|');
    const incr = (key: string) =>
      new Promise<number>((resolve, reject) => store.incr(key, (err, result) => (err ? reject(err) : resolve(result!.current)), 60_000, 100));
    // Asked in one turn: one statement (server/store/per-turn.ts).
    const first = await Promise.all([...Array.from({ length: 10 }, () => incr('a')), ...Array.from({ length: 4 }, () => incr('b'))]);
    expect(first.slice(0, 10).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.slice(10).sort((x, y) => x - y)).toEqual([1, 2, 3, 4]);
    const next = await Promise.all([incr('a'), incr('a'), incr('b')]);
    expect(next).toEqual([11, 12, 5]);
    const rows = await c.store.db.selectFrom('rate_limits').select(['key', 'count']).where('key', 'like', 'turn|%').orderBy('key').execute();
    expect(rows).toEqual([{ key: 'turn|a', count: 12 }, { key: 'turn|b', count: 5 }]);
  });

  it('keeps counting one window on collectors whose clocks disagree by minutes: PostgreSQL\'s clock starts and ends it', async () => {
    // Before the fix each collector compared the window's end with its own clock: one 5 minutes ahead
    // saw every window over and restarted it at each request (1 again), so the limit never held; one
    // behind wrote a window that had ended already for the others.
    const store = new SharedRateLimitStore(c.store.db, 'skew|');
    const incr = () => new Promise<{ current: number; ttl: number }>((resolve, reject) => store.incr('203.0.113.40', (err, result) => (err ? reject(err) : resolve(result!)), 60_000, 10));
    const onMachineWhoseClockIs = async <T>(offsetMs: number, run: () => Promise<T>) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + offsetMs);
      try {
        return await run();
      } finally {
        vi.useRealTimers();
      }
    };
    try {
      expect((await incr()).current).toBe(1);
      expect((await onMachineWhoseClockIs(5 * 60_000, incr)).current).toBe(2);
      const behind = await onMachineWhoseClockIs(-5 * 60_000, incr);
      expect(behind.current).toBe(3);
      expect(behind.ttl).toBeGreaterThan(50_000);
      expect(behind.ttl).toBeLessThanOrEqual(60_000);
      expect((await incr()).current).toBe(4);
      // The hourly sweep, run by a collector 5 minutes ahead, leaves the open window alone.
      await sweepRateLimits(c.store.db, new Date(Date.now() + 5 * 60_000));
      expect((await incr()).current).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the counts out of the write-ahead log, so that counting waits for no disk (migration 032)', async () => {
    const { rows } = await sql<{ relpersistence: string }>`select relpersistence from pg_class where relname = 'rate_limits'`.execute(c.store.db);
    expect(rows).toEqual([{ relpersistence: 'u' }]);
  });
});

// The hourly sweeps docs/privacy.md promises: ended sessions, ended rate-limit windows, and sign-in
// failures an hour after their lockout could have ended, each gone at the first sweep after it ends
// and not before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { ADMIN_EMAIL, movableClock, startCollector, TEST_STORE, type TestCollector } from '../helpers/test-collector';

const MINUTE = 60_000;
const T0 = '2026-03-12T08:00:00.000Z';
const clock = movableClock(T0);
let c: TestCollector;
beforeAll(async () => {
  c = await startCollector({ now: clock.now });
});
afterAll(async () => c?.close());

const count = async (table: 'sessions' | 'rate_limits' | 'sign_in_throttle') => Number((await c.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('the hourly sweeps', () => {
  it('remove ended sessions, rate-limit windows and sign-in failures, each once it has ended', async () => {
    const failed = await c.app.inject({ method: 'POST', url: apiPaths.session, payload: { email: ADMIN_EMAIL, password: 'wrong password' }, remoteAddress: '198.51.100.7' });
    expect(failed.statusCode).toBe(401);
    // A window ends by the clock that counts it: the collector's on SQLite, PostgreSQL's own (the real
    // one) on PostgreSQL, where the clock moved below cannot end it: it is put in the past instead.
    const windowEnd = (from: number) => new Date(from + MINUTE).toISOString();
    await c.store.db.insertInto('rate_limits').values({ key: 'sweep-test', count: 3, reset_at: windowEnd(TEST_STORE === 'postgres' ? Date.now() : Date.parse(T0)) }).execute();
    const before = { sessions: await count('sessions'), limits: await count('rate_limits'), failures: await count('sign_in_throttle') };
    expect(before.sessions).toBeGreaterThan(0);
    // Two rows: the failure counted for its address, and for the e-mail from every address (sign-in-throttle.ts).
    expect(before.failures).toBe(2);
    await c.scheduler.tick();
    expect([await count('sessions'), await count('rate_limits'), await count('sign_in_throttle')]).toEqual([before.sessions, before.limits, 2]);

    // An hour on: the window ended long ago; the failure stays until 75 minutes (its 15-minute lockout and an hour).
    clock.advance(61 * MINUTE);
    if (TEST_STORE === 'postgres') await c.store.db.updateTable('rate_limits').set({ reset_at: windowEnd(Date.now() - 61 * MINUTE) }).where('key', '=', 'sweep-test').execute();
    await c.scheduler.tick();
    expect(await count('rate_limits')).toBe(before.limits - 1);
    expect(await count('sign_in_throttle')).toBe(2);
    expect(await count('sessions')).toBe(before.sessions);

    clock.advance(61 * MINUTE);
    // The same on PostgreSQL: the failure's time is the database's, put two hours back.
    if (TEST_STORE === 'postgres') await c.store.db.updateTable('sign_in_throttle').set({ last_failure_at: new Date(Date.now() - 122 * MINUTE).toISOString() }).execute();
    await c.scheduler.tick();
    expect(await count('sign_in_throttle')).toBe(0);
    expect(await count('sessions')).toBe(before.sessions);

    // Eight idle hours after it was last used, the session has ended: gone at the next sweep.
    clock.advance(6 * 60 * MINUTE);
    // On PostgreSQL sessions end by the database's clock too: the session is put 8 h 02 back, as the clock went.
    if (TEST_STORE === 'postgres') {
      const back = (iso: string) => new Date(Date.parse(iso) - 482 * MINUTE).toISOString();
      for (const row of await c.store.db.selectFrom('sessions').select(['id_hash', 'created_at', 'last_seen_at', 'expires_at']).execute()) {
        await c.store.db.updateTable('sessions').set({ created_at: back(row.created_at), last_seen_at: back(row.last_seen_at), expires_at: back(row.expires_at) }).where('id_hash', '=', row.id_hash).execute();
      }
    }
    await c.scheduler.tick();
    expect(await count('sessions')).toBe(0);
  });
});

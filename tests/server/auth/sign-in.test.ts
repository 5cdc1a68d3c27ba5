// Sign-in: wrong passwords, unknown e-mails, and the lock after 5 failures that lasts 15 minutes,
// for that e-mail from that address only: nobody can lock someone else out from afar.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '../../../server/auth/sign-in';
import { lockedUntil, recordFailure } from '../../../server/auth/sign-in-throttle';
import { ADMIN_EMAIL, movableClock, startCollector, TEST_PASSWORD, TEST_STORE, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
const clock = movableClock('2026-03-12T08:00:00.000Z');
beforeEach(async () => {
  clock.set('2026-03-12T08:00:00.000Z');
  c = await startCollector({ now: clock.now });
});
afterEach(async () => c?.close());

/**
 * Time goes by: the collector's clock moves. On PostgreSQL locks run by the database's clock
 * (server/store/shared-clock.ts), which a test cannot move: the stored times are moved back instead.
 */
async function elapse(ms: number): Promise<void> {
  clock.advance(ms);
  if (TEST_STORE !== 'postgres') return;
  const back = (iso: string | null) => (iso ? new Date(Date.parse(iso) - ms).toISOString() : null);
  for (const row of await c.store.db.selectFrom('sign_in_throttle').selectAll().execute()) {
    await c.store.db
      .updateTable('sign_in_throttle')
      .set({ locked_until: back(row.locked_until), last_failure_at: back(row.last_failure_at)! })
      .where('email', '=', row.email)
      .where('address', '=', row.address)
      .execute();
  }
}

const signIn = (password: string, email = ADMIN_EMAIL, remoteAddress = '198.51.100.7') => c.app.inject({ method: 'POST', url: apiPaths.session, payload: { email, password }, remoteAddress });

describe('wrong credentials', () => {
  it('answer 401 with the same body for an unknown e-mail as for a wrong password', async () => {
    const wrong = await signIn('not the password');
    const unknown = await signIn(TEST_PASSWORD, 'nobody@test.example.org');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('are refused by the schema when the e-mail is not one', async () => {
    const res = await signIn(TEST_PASSWORD, 'admin');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation_failed', problems: [{ field: '/email' }] } });
  });
});

describe('lockout', () => {
  it(`locks the account at the ${MAX_FAILED_SIGN_INS}th wrong password: 429 locked_out, a clear message and when to retry`, async () => {
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) expect((await signIn(`wrong ${i}`)).statusCode).toBe(401);
    const res = await signIn('wrong again');
    expect(res.statusCode).toBe(429);
    const { error } = res.json();
    expect(error).toEqual({ code: 'locked_out', message: expect.any(String), retryAfterSeconds: LOCKOUT_MS / 1000 });
    expect(error.message).toMatch(/try again in 15 minutes/);
    expect(error.message).toMatch(/administrator/);
    expect(res.headers['retry-after']).toBe(String(LOCKOUT_MS / 1000));
  });

  it('refuses the right password while locked, counting down the time left', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('wrong');
    await elapse(10 * 60 * 1000);
    const res = await signIn(TEST_PASSWORD);
    expect(res.statusCode).toBe(429);
    expect(res.json().error).toMatchObject({ code: 'locked_out', retryAfterSeconds: 5 * 60 });
    expect(res.json().error.message).toMatch(/try again in 5 minutes/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('lets the right password in once the 15 minutes are over', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('wrong');
    await elapse(LOCKOUT_MS - 1000);
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(429);
    await elapse(1000);
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(200);
    // And the count starts again from zero.
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) expect((await signIn('wrong')).statusCode).toBe(401);
  });

  it('forgets earlier failures after a right password', async () => {
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) await signIn('wrong');
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) expect((await signIn('wrong')).statusCode).toBe(401);
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts wrong passwords sent all at once, each of them', async () => {
    const answers = await Promise.all(Array.from({ length: MAX_FAILED_SIGN_INS }, (_, i) => signIn(`guess ${i}`)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([...Array(MAX_FAILED_SIGN_INS - 1).fill(401), 429]);
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(429);
  });

  it('locks only the account that was guessed at, and only from the guessing address', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('wrong', ADMIN_EMAIL, '203.0.113.66');
    expect((await signIn(TEST_PASSWORD, ADMIN_EMAIL, '203.0.113.66')).statusCode).toBe(429);
    // The real administrator, elsewhere, signs in as usual: five anonymous guesses lock nobody out.
    expect((await signIn(TEST_PASSWORD, ADMIN_EMAIL, '192.0.2.10')).statusCode).toBe(200);
    // Whoever else is signed in stays signed in, and sessions of the guessed person too.
    expect((await c.app.inject({ url: apiPaths.session, headers: { cookie: c.admin.cookie } })).json().user).toMatchObject({ email: ADMIN_EMAIL });
    expect((await signIn('wrong', 'someone@test.example.org', '203.0.113.66')).statusCode).toBe(401);
  });

  it('locks a guesser\'s whole IPv6 /64, as the rate limits count it: a new address of the same network does not start afresh', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('wrong', ADMIN_EMAIL, `2001:db8:1:2::${i + 1}`);
    expect((await signIn('wrong', ADMIN_EMAIL, '2001:db8:1:2::100')).statusCode).toBe(429);
    expect((await signIn(TEST_PASSWORD, ADMIN_EMAIL, '2001:db8:1:2::999')).statusCode).toBe(429);
    // Another network signs in as usual.
    expect((await signIn(TEST_PASSWORD, ADMIN_EMAIL, '2001:db8:1:3::1')).statusCode).toBe(200);
  });

  it('answers an unknown e-mail exactly as a locked one: nobody learns which e-mails exist', async () => {
    const tries = async (email: string) => {
      const answers = [];
      for (let i = 0; i < MAX_FAILED_SIGN_INS + 1; i++) answers.push(await signIn('wrong', email));
      return answers.map((a) => ({ status: a.statusCode, body: a.json(), retryAfter: a.headers['retry-after'] }));
    };
    expect(await tries('nobody@test.example.org')).toEqual(await tries(ADMIN_EMAIL));
  });

  it('ends every lock on the e-mail when an administrator sets a new password', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('wrong');
    const user = await c.store.db.selectFrom('users').select('id').where('email', '=', ADMIN_EMAIL).executeTakeFirstOrThrow();
    const res = await c.app.inject({ method: 'PATCH', url: apiPaths.user(user.id), headers: c.admin.headers, payload: { password: 'a brand new long password' } });
    expect(res.statusCode).toBe(200);
    expect((await signIn('a brand new long password')).statusCode).toBe(200);
  });
});

// SQLite has one collector process, so one clock; on PostgreSQL several machines share the locks.
describe.skipIf(TEST_STORE !== 'postgres')('collectors whose clocks disagree, on one PostgreSQL', () => {
  const MINUTES = 60_000;
  const skewed = (ms: number) => new Date(Date.now() + ms);
  const lockFrom = async (address: string, now: () => Date) => {
    let until: string | null = null;
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) until = await recordFailure(c.store.db, ADMIN_EMAIL, address, now());
    return until;
  };

  it('keep a lock for its 15 minutes on a collector whose clock runs 20 minutes ahead, telling the time left by its own clock', async () => {
    // Before the fix that collector compared the lock's end with its own clock: over already, and
    // the guesser, sent there by the balancer, went on guessing.
    expect(await lockFrom('203.0.113.70', () => skewed(0))).not.toBeNull();
    const ahead = skewed(20 * MINUTES);
    const until = await lockedUntil(c.store.db, ADMIN_EMAIL, '203.0.113.70', ahead);
    expect(until).not.toBeNull();
    const left = Date.parse(until!) - ahead.getTime();
    expect(left).toBeGreaterThan(LOCKOUT_MS - MINUTES);
    expect(left).toBeLessThanOrEqual(LOCKOUT_MS);
  });

  it('lock for 15 minutes when the collector that counts the fifth failure runs 20 minutes behind', async () => {
    // Before the fix its lock ended 5 minutes before it was set, for every other collector.
    const behind = () => skewed(-20 * MINUTES);
    const until = await lockFrom('203.0.113.71', behind);
    expect(Date.parse(until!) - behind().getTime()).toBeGreaterThan(LOCKOUT_MS - MINUTES);
    expect(await lockedUntil(c.store.db, ADMIN_EMAIL, '203.0.113.71', skewed(0))).not.toBeNull();
  });
});

// The lock on an e-mail from every address together: guesses spread over many addresses (or over the
// 65,536 /64 of one IPv6 /48) are counted together, and the person still signs in from a browser they
// signed in from before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEVICE_COOKIE } from '../../../server/contract/limits';
import { ACCOUNT_LOCKOUT_MS, ACCOUNT_MAX_FAILED_SIGN_INS } from '../../../server/auth/sign-in';
import { ADMIN_EMAIL, makeTempDir, movableClock, startCollector, TEST_PASSWORD, TEST_STORE, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
let other: TestCollector | undefined;
const clock = movableClock('2026-03-12T08:00:00.000Z');
beforeEach(async () => {
  clock.set('2026-03-12T08:00:00.000Z');
  c = await startCollector({ now: clock.now });
});
afterEach(async () => {
  await other?.close();
  other = undefined;
  await c?.close();
});

/** As in sign-in.test.ts: on PostgreSQL the stored times are moved back, the database's clock cannot be. */
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

interface Try {
  password: string;
  email?: string;
  address: string;
  /** The known-device cookie's value to send. */
  device?: string;
  on?: TestCollector;
}
const signIn = ({ password, email = ADMIN_EMAIL, address, device, on = c }: Try) =>
  on.app.inject({ method: 'POST', url: apiPaths.session, payload: { email, password }, remoteAddress: address, ...(device ? { cookies: { [DEVICE_COOKIE]: device } } : {}) });

/** 40 wrong passwords, 4 from each of 10 addresses: never 5 from one, so no address's own lock. */
async function guessFromTenAddresses(email = ADMIN_EMAIL, on: () => TestCollector = () => c) {
  const answers = [];
  for (let i = 0; i < 40; i++) answers.push(await signIn({ password: `guess ${i}`, email, address: `203.0.113.${100 + (i % 10)}`, on: on() }));
  return answers;
}

const NEW_ADDRESS = '198.51.100.211';
/** Tests that check dozens of passwords (scrypt, ~150 ms of CPU each): more than the 20 s of one test. */
const HEAVY = 90_000;

/** The per-address lock's answer, with the time left (a few seconds go by on PostgreSQL's own clock). */
function expectLockedOut(res: Awaited<ReturnType<typeof signIn>>, secondsLeft = ACCOUNT_LOCKOUT_MS / 1000) {
  expect(res.statusCode).toBe(429);
  expect(res.json()).toEqual({ error: { code: 'locked_out', message: expect.stringMatching(/^Too many wrong attempts for this e-mail: try again in \d+ minutes?, or ask an administrator/), retryAfterSeconds: expect.any(Number) } });
  const left = res.json().error.retryAfterSeconds;
  expect(left).toBeLessThanOrEqual(secondsLeft);
  expect(left).toBeGreaterThan(secondsLeft - 10);
  expect(res.headers['set-cookie']).toBeUndefined();
}

describe('the lock on an e-mail from every address', () => {
  it('refuses the right password from an 11th, new address after 40 wrong ones spread over 10 addresses, and records the lock once', { timeout: HEAVY }, async () => {
    const answers = await guessFromTenAddresses();
    // Up to the limit each guess was checked; after it none was.
    expect(answers.slice(0, ACCOUNT_MAX_FAILED_SIGN_INS - 1).every((a) => a.statusCode === 401)).toBe(true);
    expect(answers.slice(ACCOUNT_MAX_FAILED_SIGN_INS - 1).every((a) => a.statusCode === 429)).toBe(true);
    expectLockedOut(await signIn({ password: TEST_PASSWORD, address: NEW_ADDRESS }));
    // In Italian too, with the same words as the per-address lock.
    const italian = await c.app.inject({ method: 'POST', url: apiPaths.session, payload: { email: ADMIN_EMAIL, password: TEST_PASSWORD }, remoteAddress: NEW_ADDRESS, headers: { 'accept-language': 'it' } });
    expect(italian.json().error.message).toMatch(/^Troppi tentativi errati per questa e-mail: riprova tra 60 minuti/);
    // An IPv6 guesser's next /64 is no new start either.
    expectLockedOut(await signIn({ password: TEST_PASSWORD, address: '2001:db8:7:ffff::1' }));
    const admin = await c.store.db.selectFrom('users').select('id').where('email', '=', ADMIN_EMAIL).executeTakeFirstOrThrow();
    const entries = await c.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.sign_in_lock').execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor_id: null, administration_id: null, target_type: 'user', target_id: admin.id });
    expect(JSON.parse(entries[0]!.details)).toEqual({ email: ADMIN_EMAIL, minutes: ACCOUNT_LOCKOUT_MS / 60_000 });
  });

  it('lets the person in from a browser they signed in from before, and nobody else', { timeout: HEAVY }, async () => {
    const first = await signIn({ password: TEST_PASSWORD, address: '192.0.2.10' });
    expect(first.statusCode).toBe(200);
    const cookie = first.cookies.find((k) => k.name === DEVICE_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: apiPaths.session });
    expect(cookie.secure).toBeFalsy();
    await guessFromTenAddresses();
    // The same address without the cookie is locked out: it is the browser that is known.
    expectLockedOut(await signIn({ password: TEST_PASSWORD, address: '192.0.2.10' }));
    // A cookie changed by hand, or another person's, proves nothing.
    const [id, issued] = cookie.value.split('.');
    expectLockedOut(await signIn({ password: TEST_PASSWORD, address: '192.0.2.10', device: `${id}.${issued}.${'A'.repeat(43)}` }));
    expectLockedOut(await signIn({ password: TEST_PASSWORD, address: '192.0.2.10', device: `${id}.${Number(issued) + 1}.${cookie.value.split('.')[2]}` }));
    // The known browser: a wrong password is still wrong, the right one signs in, and from anywhere it travels.
    expect((await signIn({ password: 'a slip of the finger', address: '192.0.2.10', device: cookie.value })).statusCode).toBe(401);
    const back = await signIn({ password: TEST_PASSWORD, address: '192.0.2.10', device: cookie.value });
    expect(back.statusCode).toBe(200);
    expect(back.json().user.email).toBe(ADMIN_EMAIL);
    expect((await signIn({ password: TEST_PASSWORD, address: NEW_ADDRESS, device: back.cookies.find((k) => k.name === DEVICE_COOKIE)!.value })).statusCode).toBe(200);
    // Signing in from it did not lift the lock for everyone else.
    expectLockedOut(await signIn({ password: TEST_PASSWORD, address: '198.51.100.212' }));
  });

  it('counts a known browser\'s own wrong passwords while the e-mail is locked: a copied cookie gets 5 guesses, not 5 per address', { timeout: HEAVY }, async () => {
    const first = await signIn({ password: TEST_PASSWORD, address: '192.0.2.10' });
    const device = first.cookies.find((k) => k.name === DEVICE_COOKIE)!.value;
    await guessFromTenAddresses();
    for (let i = 0; i < 5; i++) {
      const res = await signIn({ password: `wrong guess number ${i}`, address: `203.0.113.${100 + i}`, device });
      expect(res.statusCode, `guess ${i + 1}`).toBe(i < 4 ? 401 : 429);
    }
    // From a sixth address, with the cookie and the right password: the cookie is spent until the lock ends.
    expectLockedOut(await signIn({ password: TEST_PASSWORD, address: '203.0.113.200', device }));
  });

  it('sets the known-device cookie Secure when PUBLIC_URL is https', async () => {
    await c.close();
    c = await startCollector({ now: clock.now, env: { PUBLIC_URL: 'https://gradimento.comune.example.it' } });
    const res = await signIn({ password: TEST_PASSWORD, address: '192.0.2.10' });
    expect(res.cookies.find((k) => k.name === DEVICE_COOKIE)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
  });

  it('answers an unknown e-mail exactly as a known one, lock and all', { timeout: HEAVY }, async () => {
    const tries = async (email: string) => [...(await guessFromTenAddresses(email)), await signIn({ password: TEST_PASSWORD, email, address: NEW_ADDRESS })];
    const seen = (answers: Awaited<ReturnType<typeof tries>>) => answers.map((a) => ({ status: a.statusCode, body: a.json(), retryAfter: a.headers['retry-after'] }));
    const unknown = seen(await tries('nobody@test.example.org'));
    expect(unknown.at(-1)!.status).toBe(429);
    expect(unknown).toEqual(seen(await tries(ADMIN_EMAIL)));
    // The lock on the unknown e-mail is recorded too, naming the e-mail typed.
    const entries = await c.store.db.selectFrom('audit_log').select(['target_id']).where('action', '=', 'user.sign_in_lock').execute();
    expect(entries.map((e) => e.target_id)).toContain('nobody@test.example.org');
    expect(entries).toHaveLength(2);
  });

  it(`ends after ${ACCOUNT_LOCKOUT_MS / 60_000} minutes, and the count starts again`, { timeout: HEAVY }, async () => {
    for (let i = 0; i < ACCOUNT_MAX_FAILED_SIGN_INS; i++) await signIn({ password: 'wrong', address: `203.0.113.${i}` });
    await elapse(ACCOUNT_LOCKOUT_MS - 60_000);
    expectLockedOut(await signIn({ password: TEST_PASSWORD, address: NEW_ADDRESS }), 60);
    await elapse(60_000);
    expect((await signIn({ password: TEST_PASSWORD, address: NEW_ADDRESS })).statusCode).toBe(200);
    expect((await signIn({ password: 'wrong', address: '203.0.113.99' })).statusCode).toBe(401);
  });

  it('counts failures while each comes within an hour of the one before, and starts again after a longer pause', { timeout: HEAVY }, async () => {
    const guess = (i: number) => signIn({ password: 'wrong', address: `203.0.113.${i}` });
    for (let i = 1; i <= 10; i++) expect((await guess(i)).statusCode).toBe(401);
    await elapse(60 * 60_000 + 1000);
    // The pause started the count again: 19 more are checked, each 59 minutes after the one before (19 hours in all), and the 20th locks.
    for (let i = 11; i < 11 + ACCOUNT_MAX_FAILED_SIGN_INS - 1; i++) {
      expect((await guess(i)).statusCode).toBe(401);
      await elapse(59 * 60_000);
    }
    expectLockedOut(await guess(99));
  });
});

// SQLite has one collector process; on PostgreSQL several share the count through the database.
describe.skipIf(TEST_STORE !== 'postgres')('several collectors on one PostgreSQL', () => {
  it('count the guesses sent to either together, and both refuse the right password from a new address', { timeout: HEAVY }, async () => {
    await c.close();
    const dir = makeTempDir();
    c = await startCollector({ dir, now: clock.now });
    other = await startCollector({ dir, now: clock.now, enrolTerminals: false });
    let turn = 0;
    const answers = await guessFromTenAddresses(ADMIN_EMAIL, () => (turn++ % 2 === 0 ? c : other!));
    expect(answers.filter((a) => a.statusCode === 401)).toHaveLength(ACCOUNT_MAX_FAILED_SIGN_INS - 1);
    for (const collector of [c, other!]) expectLockedOut(await signIn({ password: TEST_PASSWORD, address: NEW_ADDRESS, on: collector }));
  });
});

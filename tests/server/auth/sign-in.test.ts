// Sign-in: wrong passwords, unknown e-mails, and the lockout after 5 failures that lasts 15 minutes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '../../../server/auth/sign-in';
import { ADMIN_EMAIL, movableClock, startCollector, TEST_PASSWORD, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
const clock = movableClock('2026-03-12T08:00:00.000Z');
beforeEach(async () => {
  clock.set('2026-03-12T08:00:00.000Z');
  c = await startCollector({ now: clock.now });
});
afterEach(async () => c?.close());

const signIn = (password: string, email = ADMIN_EMAIL) => c.app.inject({ method: 'POST', url: apiPaths.session, payload: { email, password } });

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
    expect(error.message).toMatch(/locked for 15 more minutes/);
    expect(error.message).toMatch(/administrator/);
    expect(res.headers['retry-after']).toBe(String(LOCKOUT_MS / 1000));
  });

  it('refuses the right password while locked, counting down the time left', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('wrong');
    clock.advance(10 * 60 * 1000);
    const res = await signIn(TEST_PASSWORD);
    expect(res.statusCode).toBe(429);
    expect(res.json().error).toMatchObject({ code: 'locked_out', retryAfterSeconds: 5 * 60 });
    expect(res.json().error.message).toMatch(/5 more minutes/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('lets the right password in once the 15 minutes are over', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('wrong');
    clock.advance(LOCKOUT_MS - 1000);
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(429);
    clock.advance(1000);
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

  it('locks only the account that was guessed at', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('wrong');
    // Whoever else is signed in stays signed in, and sessions of the locked person too.
    expect((await c.app.inject({ url: apiPaths.session, headers: { cookie: c.admin.cookie } })).statusCode).toBe(200);
    const unknown = await signIn('wrong', 'someone@test.example.org');
    expect(unknown.statusCode).toBe(401);
  });
});

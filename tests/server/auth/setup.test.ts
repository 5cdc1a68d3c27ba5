// The first-run screen's setup: only while no user exists, creates the installation admin and signs them in, exactly once.
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { formatSetupCode, setupCode } from '../../../server/auth/setup-code';
import { startCollector, TEST_PASSWORD, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
afterEach(async () => c?.close());

/** The code the collector prints at start, as a person copies it from the console. */
const printed = async () => formatSetupCode(await setupCode(c.store.db, new Date()));
const setup = async (email: string, password = TEST_PASSWORD, code?: string) =>
  c.app.inject({ method: 'POST', url: apiPaths.setup, payload: { setupCode: code ?? (await printed()), email, name: 'Prima amministratrice', password } });
const needed = async () => (await c.app.inject({ url: apiPaths.setup })).json().needed as boolean;
const userCount = async () => (await c.store.db.selectFrom('users').select('id').execute()).length;

describe('first run', () => {
  it('is needed only while no user exists', async () => {
    c = await startCollector({ noAdmin: true });
    expect(await needed()).toBe(true);
    expect((await setup('prima@comune.example.org')).statusCode).toBe(200);
    expect(await needed()).toBe(false);
  });

  it('asks for the code the collector printed: a wrong or missing one creates nobody; the code is read with spaces, dashes and letter case aside', async () => {
    c = await startCollector({ noAdmin: true });
    const wrong = await setup('intruso@example.org', TEST_PASSWORD, 'AAAAA-AAAAA');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'validation_failed', problems: [{ field: '/setupCode', reason: 'not the code the collector printed at start' }] });
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const missing = await c.app.inject({ method: 'POST', url: apiPaths.setup, payload: { email: 'intruso@example.org', name: 'X', password: TEST_PASSWORD } });
    expect(missing.statusCode).toBe(400);
    expect([await userCount(), await needed()]).toEqual([0, true]);
    const code = await printed();
    expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    // The same code on every reading (and so on every collector of the installation).
    expect(await printed()).toBe(code);
    expect((await setup('prima@comune.example.org', TEST_PASSWORD, ` ${code.toLowerCase().replace('-', ' ')} `)).statusCode).toBe(200);
    expect(await userCount()).toBe(1);
  });

  it('is not needed on an installation that has people, and refuses to run there', async () => {
    c = await startCollector();
    expect(await needed()).toBe(false);
    const res = await setup('intruso@example.org');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'setup_done', message: expect.stringMatching(/sign in/) } });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await userCount()).toBe(1);
  });

  it('creates an installation admin, signs them in and records who did it', async () => {
    c = await startCollector({ noAdmin: true });
    const res = await setup('Prima@Comune.example.org');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: { email: 'prima@comune.example.org', name: 'Prima amministratrice' },
      grants: [{ role: 'installation_admin', administrationId: null, officeId: null }],
      csrfToken: expect.any(String),
    });
    const cookie = res.cookies.map((k) => `${k.name}=${k.value}`).join('; ');
    const me = await c.app.inject({ url: apiPaths.session, headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('prima@comune.example.org');
    const audit = await c.store.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'user.create').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toContain('first-run screen');
    expect(audit[0]!.details).not.toContain(TEST_PASSWORD);
  });

  it('answers 409 setup_done to a second setup, which changes nothing', async () => {
    c = await startCollector({ noAdmin: true });
    expect((await setup('prima@comune.example.org')).statusCode).toBe(200);
    const again = await setup('seconda@comune.example.org');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'setup_done' } });
    expect(await userCount()).toBe(1);
  });

  it('lets exactly one of several setups sent at once win', async () => {
    c = await startCollector({ noAdmin: true });
    // Four at once: on PostgreSQL two of them used to find no user in their own transactions and both
    // create one (a full run caught [200, 200] once); the first-run lease now makes the others wait and lose.
    const answers = await Promise.all(['prima', 'seconda', 'terza', 'quarta'].map((n) => setup(`${n}@comune.example.org`)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409]);
    expect(await userCount()).toBe(1);
    for (const loser of answers.filter((a) => a.statusCode === 409)) {
      expect(loser.json().error.code).toBe('setup_done');
      expect(loser.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses a short password, creating nobody', async () => {
    c = await startCollector({ noAdmin: true });
    const res = await setup('prima@comune.example.org', 'short');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems.map((p: { field: string }) => p.field)).toContain('/password');
    expect(await needed()).toBe(true);
  });
});

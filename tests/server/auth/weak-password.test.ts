// Every place a password is set refuses one that is easy to guess (server/contract/password-rules.ts),
// saying why next to the field, in English or Italian: one's own change, the first-run screen, an
// administrator's new person and reset, and the command line.
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { formatSetupCode, setupCode } from '../../../server/auth/setup-code';
import { runAdmin } from '../helpers/admin-cli';
import { ADMIN_EMAIL, startCollector, storeEnv, TEST_PASSWORD, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
afterEach(async () => c?.close());

// The test admin is admin@test.example.org, named "Test admin".
const WEAK = [
  ['aaaaaaaaaaaa', 'is one character, or a few, over and over', 'è un carattere, o pochi, ripetuti'],
  ['123456789012', 'is a run of characters in order, as 123456789012 or abcdefghijkl', 'è una sequenza di caratteri in fila, come 123456789012 o abcdefghijkl'],
  ['abcdefghijkl', 'is a run of characters in order, as 123456789012 or abcdefghijkl', 'è una sequenza di caratteri in fila, come 123456789012 o abcdefghijkl'],
  ['admin admin 2026', 'is little more than the e-mail address or the name of the person', 'è poco più dell’indirizzo e-mail o del nome della persona'],
  ['Test Admin 2026!', 'is little more than the e-mail address or the name of the person', 'è poco più dell’indirizzo e-mail o del nome della persona'],
  ['Gradimento 2026!!', 'is little more than the name of this software', 'è poco più del nome di questo programma'],
  ['Password1234', 'is one of the most used passwords', 'è una delle password più usate'],
] as const;
const STRONG = 'a sentence only I would write';

const refused = (res: { statusCode: number; json: () => any }, field: string, reason: string) => {
  expect(res.statusCode).toBe(400);
  expect(res.json().error).toMatchObject({ code: 'validation_failed', problems: [{ field, reason }] });
};

describe('changing one\'s own password', () => {
  const change = (newPassword: string, language = 'en') =>
    c.app.inject({ method: 'PUT', url: apiPaths.password, headers: { ...c.admin.headers, 'accept-language': language }, payload: { currentPassword: TEST_PASSWORD, newPassword } });

  it.each(WEAK)('refuses %j, saying why next to the new password, in English and Italian', async (password, english, italian) => {
    c = await startCollector();
    const res = await change(password);
    refused(res, '/newPassword', english);
    expect(res.json().error.message).toMatch(/^This password is too easy to guess/);
    refused(await change(password, 'it'), '/newPassword', italian);
    // Nothing changed: the old password still signs in.
    expect((await c.app.inject({ method: 'POST', url: apiPaths.session, payload: { email: ADMIN_EMAIL, password: TEST_PASSWORD } })).statusCode).toBe(200);
  });

  it('accepts a strong one, after refusing a weak one', async () => {
    c = await startCollector();
    refused(await change('zzzzzzzzzzzzzzzz'), '/newPassword', 'is one character, or a few, over and over');
    expect((await change(STRONG)).statusCode).toBe(204);
  });
});

describe('the first-run screen', () => {
  const setup = async (password: string) =>
    c.app.inject({ method: 'POST', url: apiPaths.setup, payload: { setupCode: formatSetupCode(await setupCode(c.store.db, new Date())), email: 'giulia.bianchi@cst.example.org', name: 'Giulia Bianchi', password } });

  it('refuses a weak password for the first admin, creating nobody, and accepts a strong one', async () => {
    c = await startCollector({ noAdmin: true });
    refused(await setup('Giulia Bianchi CST'), '/password', 'is little more than the e-mail address or the name of the person');
    refused(await setup('bbbbbbbbbbbbbbbb'), '/password', 'is one character, or a few, over and over');
    expect(await c.store.db.selectFrom('users').select('id').execute()).toHaveLength(0);
    expect((await setup(STRONG)).statusCode).toBe(200);
  });
});

describe('an administrator', () => {
  it('cannot give a new person, or reset theirs to, a weak password', async () => {
    c = await startCollector();
    const grants = [{ role: 'installation_admin', administrationId: null, officeId: null }];
    const create = (password: string) => c.app.inject({ method: 'POST', url: apiPaths.users, headers: c.admin.headers, payload: { email: 'luca.verdi@comune.example.it', name: 'Luca Verdi', password, grants } });
    refused(await create('luca.verdi 2026!'), '/password', 'is little more than the e-mail address or the name of the person');
    refused(await create('987654321098'), '/password', 'is a run of characters in order, as 123456789012 or abcdefghijkl');
    const made = await create(STRONG);
    expect(made.statusCode).toBe(201);
    const id = made.json().id as string;
    const reset = (password: string) => c.app.inject({ method: 'PATCH', url: apiPaths.user(id), headers: c.admin.headers, payload: { password } });
    refused(await reset('Verdi Verdi Verdi'), '/password', 'is little more than the e-mail address or the name of the person');
    refused(await reset('passwordpassword'), '/password', 'is one of the most used passwords');
    expect((await reset('another sentence of mine')).statusCode).toBe(200);
  });
});

describe('the command line', () => {
  it('refuses a weak --password in create-user and set-password, and takes a strong one', async () => {
    c = await startCollector();
    const env = await storeEnv(c.dir);
    const create = await runAdmin(env, 'create-user', '--email', 'capo@comune.example.org', '--name', 'Capo CED', '--role', 'installation_admin', '--password', 'cccccccccccc');
    expect(create.code).not.toBe(0);
    expect(create.stderr).toMatch(/This password is too easy to guess: .* It is one character, or a few, over and over\. Fix: --password/);
    const set = await runAdmin(env, 'set-password', '--email', ADMIN_EMAIL, '--password', 'gradimento admin');
    expect(set.code).not.toBe(0);
    expect(set.stderr).toMatch(/too easy to guess/);
    expect((await runAdmin(env, 'set-password', '--email', ADMIN_EMAIL, '--password', STRONG)).code).toBe(0);
  });
});

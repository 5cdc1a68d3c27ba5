// Two installation admins renaming one administration: a rename sent with the version its author read is
// refused 409 stale when someone renamed it since (naming who and when, storing nothing), accepted on the
// current version, and a rename without a version works as it always did; on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { createUser } from '../../../../server/store/create-user';
import { DEMO } from '../../../../server/store/seed-demo';
import { movableClock, signInAs, startCollector, TEST_PASSWORD, type TestCollector } from '../../helpers/test-collector';
import { as, grant } from '../admin-api';

const VALDORIA = DEMO.administration.id;
const clock = movableClock('2026-03-04T09:00:00.000Z');

let c: TestCollector;
let anna: ReturnType<typeof as>;
let bruno: ReturnType<typeof as>;

async function installationAdmin(email: string, name: string) {
  await createUser(c.store.db, { email, name, password: TEST_PASSWORD, grants: [grant.installation()] }, null, new Date());
  return as(c.app, await signInAs(c.app, email));
}

beforeAll(async () => {
  c = await startCollector({ now: clock.now });
  anna = await installationAdmin('anna@cst.example.org', 'Anna Rossi');
  bruno = await installationAdmin('bruno@cst.example.org', 'Bruno Bianchi');
});
afterAll(async () => c?.close());

const later = () => clock.advance(60_000);
const read = async (who: typeof anna) => ((await who.get(apiPaths.administrations)).body as { id: string }[]).find((a) => a.id === VALDORIA) as any;
const url = apiPaths.administration(VALDORIA);

describe('an administration', () => {
  it('refuses Bruno\'s rename from the copy he opened before Anna renamed it, and keeps Anna\'s name', async () => {
    const opened = await read(bruno);
    expect(opened.version).toMatch(/^[\w-]{22}$/);
    later();
    const saved = await anna.patch(url, { name: 'Comune di Valdoria (VD)', version: opened.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).not.toBe(opened.version);
    const refused = await bruno.patch(url, { name: 'Città di Valdoria', version: opened.version });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'stale', changed: { by: 'Anna Rossi', at: clock.now().toISOString() } });
    expect(refused.body.error.message).toMatch(/^This administration was changed by someone else/);
    const now = await read(bruno);
    expect(now).toMatchObject({ name: 'Comune di Valdoria (VD)', version: saved.body.version });
    later();
    const again = await bruno.patch(url, { name: 'Città di Valdoria', version: now.version });
    expect(again.status).toBe(200);
    expect(again.body.name).toBe('Città di Valdoria');
  });

  it('a rename from an older copy to a name now taken hears that it was renamed meanwhile, not that the name is taken', async () => {
    const other = await anna.post(apiPaths.administrations, { name: 'Comune di Roccalta' });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const opened = await read(bruno);
    later();
    const saved = await anna.patch(url, { name: 'Comune di Valdoria e Fonteverde', version: opened.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const refused = await bruno.patch(url, { name: 'Comune di Roccalta', version: opened.version });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'stale', changed: { by: 'Anna Rossi', at: clock.now().toISOString() } });
    expect((await read(bruno)).name).toBe('Comune di Valdoria e Fonteverde');
    // On the current version the name is checked as before.
    const taken = await bruno.patch(url, { name: 'Comune di Roccalta', version: saved.body.version });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'conflict']);
  });

  it('says so in Italian when asked in Italian', async () => {
    const refused = await c.app.inject({ method: 'PATCH', url, headers: { ...c.admin.headers, 'accept-language': 'it' }, payload: { name: 'Valdoria', version: 'an-older-version' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/^Questa amministrazione è stata modificata da qualcun altro/);
  });

  it('takes a rename without a version as before (scripts, API clients), and refuses unknown fields', async () => {
    const res = await anna.patch(url, { name: DEMO.administration.name });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe(DEMO.administration.name);
    expect((await anna.patch(url, { name: 'Valdoria', versione: 'x' })).status).toBe(400);
  });

  it('two renames of the same version at once: one is stored, the other refused stale', async () => {
    const { version } = await read(anna);
    const answers = await Promise.all([anna.patch(url, { name: 'Valdoria (Anna)', version }), bruno.patch(url, { name: 'Valdoria (Bruno)', version })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await read(anna)).name).toBe(answers.find((a) => a.status === 200)!.body.name);
  });
});

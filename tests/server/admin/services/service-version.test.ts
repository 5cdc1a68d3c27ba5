// Two admins editing one service: a change sent with the version its author read is refused 409 stale when
// someone changed the service since (naming who and when, storing nothing), accepted on the current version,
// and a change without a version works as it always did; on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { createUser } from '../../../../server/store/create-user';
import { DEMO } from '../../../../server/store/seed-demo';
import { movableClock, signInAs, startCollector, TEST_PASSWORD, type TestCollector } from '../../helpers/test-collector';
import { as, grant } from '../admin-api';

const VALDORIA = DEMO.administration.id;
const SERVICE = DEMO.services[1]!.id;
const clock = movableClock('2026-03-04T09:00:00.000Z');

let c: TestCollector;
let anna: ReturnType<typeof as>;
let bruno: ReturnType<typeof as>;

async function admin(email: string, name: string) {
  await createUser(c.store.db, { email, name, password: TEST_PASSWORD, grants: [grant.administration(VALDORIA)] }, null, new Date());
  return as(c.app, await signInAs(c.app, email));
}

beforeAll(async () => {
  c = await startCollector({ now: clock.now });
  anna = await admin('anna@valdoria.example.org', 'Anna Rossi');
  bruno = await admin('bruno@valdoria.example.org', 'Bruno Bianchi');
});
afterAll(async () => c?.close());

const later = () => clock.advance(60_000);
const read = async (who: typeof anna) => ((await who.get(apiPaths.administrationServices(VALDORIA))).body as { id: string }[]).find((s) => s.id === SERVICE) as any;

describe('a service', () => {
  it('refuses Bruno\'s rename from the copy he opened before Anna set the charter standard, which stays', async () => {
    const opened = await read(bruno);
    expect(opened.version).toMatch(/^[\w-]{22}$/);
    later();
    const saved = await anna.patch(apiPaths.service(SERVICE), { standard: { minPositivePct: 80 }, version: opened.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).not.toBe(opened.version);
    const refused = await bruno.patch(apiPaths.service(SERVICE), { name: 'Tributi locali', version: opened.version });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'stale', changed: { by: 'Anna Rossi', at: clock.now().toISOString() } });
    expect(refused.body.error.message).toMatch(/^This service was changed by someone else/);
    const now = await read(bruno);
    expect(now).toMatchObject({ name: opened.name, standard: { minPositivePct: 80 }, version: saved.body.version });
    // Read again, his rename goes through and leaves Anna's standard alone.
    later();
    const again = await bruno.patch(apiPaths.service(SERVICE), { name: 'Tributi locali', version: now.version });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ name: 'Tributi locali', standard: { minPositivePct: 80 } });
  });

  it('a translation or a standard from a later day changes the version too; a save of the same values keeps it', async () => {
    const { version } = await read(anna);
    const translated = await anna.patch(apiPaths.service(SERVICE), { translations: { en: 'Local taxes' }, version });
    expect(translated.body.version).not.toBe(version);
    const scheduled = await anna.patch(apiPaths.service(SERVICE), { standard: { minPositivePct: 85 }, standardFrom: '2026-06-01', version: translated.body.version });
    expect(scheduled.status).toBe(200);
    // In force today: still 80; the version holds the change to come.
    expect(scheduled.body.standard).toEqual({ minPositivePct: 80 });
    expect(scheduled.body.version).not.toBe(translated.body.version);
    const same = await anna.patch(apiPaths.service(SERVICE), { name: 'Tributi locali', translations: { en: 'Local taxes' }, version: scheduled.body.version });
    expect(same.body.version).toBe(scheduled.body.version);
    expect((await bruno.patch(apiPaths.service(SERVICE), { translations: {}, version: translated.body.version })).body.error.code).toBe('stale');
  });

  it('takes a change without a version as before (scripts, API clients)', async () => {
    const res = await bruno.patch(apiPaths.service(SERVICE), { name: 'Tributi' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Tributi');
  });

  it('two saves of the same version at once: one is stored, the other refused stale', async () => {
    const { version } = await read(anna);
    const answers = await Promise.all([anna.patch(apiPaths.service(SERVICE), { name: 'Tributi (Anna)', version }), bruno.patch(apiPaths.service(SERVICE), { name: 'Tributi (Bruno)', version })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await read(anna)).name).toBe(answers.find((a) => a.status === 200)!.body.name);
  });
});

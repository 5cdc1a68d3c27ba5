// Two admins editing one person: a change sent with the version its author read is refused 409 stale when
// someone changed the person's name, roles or disabled state since (naming who and when, storing nothing),
// accepted on the current version, and a change without a version works as it always did; on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { createUser } from '../../../../server/store/create-user';
import { DEMO } from '../../../../server/store/seed-demo';
import { movableClock, signInAs, startCollector, TEST_PASSWORD, type TestCollector } from '../../helpers/test-collector';
import { as, createOtherAdministration, grant } from '../admin-api';

const VALDORIA = DEMO.administration.id;
const OFFICE = DEMO.offices[0]!.id;
const clock = movableClock('2026-03-04T09:00:00.000Z');

let c: TestCollector;
let anna: ReturnType<typeof as>;
let bruno: ReturnType<typeof as>;
let carla: string;

async function person(email: string, name: string, grants = [grant.administration(VALDORIA)]) {
  return createUser(c.store.db, { email, name, password: TEST_PASSWORD, grants }, null, clock.now());
}

beforeAll(async () => {
  c = await startCollector({ now: clock.now });
  await person('anna@valdoria.example.org', 'Anna Rossi');
  await person('bruno@valdoria.example.org', 'Bruno Bianchi');
  anna = as(c.app, await signInAs(c.app, 'anna@valdoria.example.org'));
  bruno = as(c.app, await signInAs(c.app, 'bruno@valdoria.example.org'));
  carla = await person('carla@valdoria.example.org', 'Carla Verdi', [grant.viewer(VALDORIA)]);
});
afterAll(async () => c?.close());

const later = () => clock.advance(60_000);
const url = () => apiPaths.user(carla);

describe('a person', () => {
  it('refuses Bruno\'s rename from the copy he opened before Anna made Carla an office manager, whose role stays', async () => {
    const opened = (await bruno.get(url())).body;
    expect(opened.version).toMatch(/^[\w-]{22}$/);
    later();
    const roles = [grant.viewer(VALDORIA), grant.office(VALDORIA, OFFICE)];
    const saved = await anna.patch(url(), { grants: roles, version: opened.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).not.toBe(opened.version);
    // As the form used to send it: the roles Bruno saw, with his rename.
    const refused = await bruno.patch(url(), { name: 'Carla Verdi Neri', grants: opened.grants, version: opened.version });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'stale', changed: { by: 'Anna Rossi', at: clock.now().toISOString() } });
    expect(refused.body.error.message).toMatch(/^This person was changed by someone else/);
    const now = (await bruno.get(url())).body;
    expect(now).toMatchObject({ name: 'Carla Verdi', version: saved.body.version });
    expect(now.grants).toHaveLength(2);
    later();
    const again = await bruno.patch(url(), { name: 'Carla Verdi Neri', version: now.version });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ name: 'Carla Verdi Neri', grants: now.grants });
  });

  it('disabling changes the version; signing in and changing one\'s own password do not', async () => {
    const { version } = (await anna.get(url())).body;
    const carlaSession = as(c.app, await signInAs(c.app, 'carla@valdoria.example.org'));
    expect((await carlaSession.put(apiPaths.password, { currentPassword: TEST_PASSWORD, newPassword: 'another long enough password' })).status).toBeLessThan(300);
    expect((await anna.get(url())).body.version).toBe(version);
    const disabled = await anna.patch(url(), { disabled: true, version });
    expect(disabled.status).toBe(200);
    expect(disabled.body.version).not.toBe(version);
    expect((await bruno.patch(url(), { disabled: false, version })).body.error.code).toBe('stale');
    expect((await bruno.patch(url(), { disabled: false })).status).toBe(200);
  });

  it('refuses Bruno\'s disable from the list he read before Anna renamed the person: still enabled, still signed in', async () => {
    const email = 'elena@valdoria.example.org';
    const elena = await person(email, 'Elena Neri', [grant.viewer(VALDORIA)]);
    const elenaSession = as(c.app, await signInAs(c.app, email));
    const listed = ((await bruno.get(apiPaths.users)).body as { id: string; version: string }[]).find((u) => u.id === elena)!;
    later();
    expect((await anna.patch(apiPaths.user(elena), { name: 'Elena Neri Galli', version: listed.version })).status).toBe(200);
    const refused = await bruno.patch(apiPaths.user(elena), { disabled: true, version: listed.version });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'stale', changed: { by: 'Anna Rossi', at: clock.now().toISOString() } });
    expect((await anna.get(apiPaths.user(elena))).body.disabledAt).toBeNull();
    expect((await elenaSession.get(apiPaths.session)).body.user?.email).toBe(email);
    // On the version read now it goes through, and so does enabling her again without one.
    const current = (await bruno.get(apiPaths.user(elena))).body.version;
    const disabled = await bruno.patch(apiPaths.user(elena), { disabled: true, version: current });
    expect(disabled.status, JSON.stringify(disabled.body)).toBe(200);
    expect(disabled.body.disabledAt).toBe(clock.now().toISOString());
    expect((await bruno.patch(apiPaths.user(elena), { disabled: false })).body.disabledAt).toBeNull();
  });

  it('names who last changed a person shared by two administrations (the log files that change under none)', async () => {
    const other = await createOtherAdministration(c);
    const admin = as(c.app, c.admin);
    const shared = await admin.post(apiPaths.users, { email: 'dario@example.org', name: 'Dario', password: TEST_PASSWORD, grants: [grant.viewer(VALDORIA), grant.viewer(other.administrationId)] });
    const opened = shared.body;
    later();
    expect((await admin.patch(apiPaths.user(opened.id), { name: 'Dario Conti', version: opened.version })).status).toBe(200);
    const refused = await admin.patch(apiPaths.user(opened.id), { name: 'Dario C.', version: opened.version });
    expect(refused.status).toBe(409);
    expect(refused.body.error.changed).toEqual({ by: 'Test admin', at: clock.now().toISOString() });
  });
});

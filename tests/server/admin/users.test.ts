// People: created with roles within the giver's scope, changed, disabled, reset; nobody locks the installation out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { ADMIN_EMAIL, personWith, signInAs, startCollector, TEST_PASSWORD, type TestCollector } from '../helpers/test-collector';
import { as, createOtherAdministration, grant } from './admin-api';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;
const MUNICIPIO = DEMO.offices[0]!.id;
const PASSWORD = 'a brand new password';
const newPerson = (email: string, grants = [grant.office(VALDORIA, MUNICIPIO)]) => ({ email, name: 'Maria Rossi', password: PASSWORD, grants });

describe('creating people', () => {
  it('an administration admin creates an office manager, who can then sign in', async () => {
    const admin = as(c.app, await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]));
    const res = await admin.post(apiPaths.users, newPerson('Maria.Rossi@Valdoria.example.org'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'maria.rossi@valdoria.example.org', name: 'Maria Rossi', grants: [grant.office(VALDORIA, MUNICIPIO)], disabledAt: null, lastSignInAt: null });
    expect(res.body).not.toHaveProperty('password');
    await signInAs(c.app, 'maria.rossi@valdoria.example.org', PASSWORD);
    const dup = await admin.post(apiPaths.users, newPerson('MARIA.ROSSI@valdoria.example.org'));
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('conflict');
  });

  it('refuses a password of spaces only, which the length alone let through', async () => {
    const res = await as(c.app, c.admin).post(apiPaths.users, { ...newPerson('spaces@valdoria.example.org'), password: ' '.repeat(12) });
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([{ field: '/password', reason: 'is only spaces' }]);
  });

  it('refuses roles beyond the giver\'s scope (403), malformed roles and unknown places (400)', async () => {
    const other = await createOtherAdministration(c);
    const admin = as(c.app, await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]));
    expect((await admin.post(apiPaths.users, newPerson('a@example.org', [grant.installation()]))).status).toBe(403);
    expect((await admin.post(apiPaths.users, newPerson('b@example.org', [grant.viewer(other.administrationId)]))).status).toBe(403);
    // Another administration's id that does not exist is refused the same way: no probing for ids.
    expect((await admin.post(apiPaths.users, newPerson('b@example.org', [grant.viewer('no-such-comune')]))).status).toBe(403);
    const malformed = await admin.post(apiPaths.users, newPerson('c@example.org', [{ role: 'office_manager', administrationId: VALDORIA, officeId: null }]));
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.problems[0].field).toBe('/grants/0');
    const elsewhere = await admin.post(apiPaths.users, newPerson('d@example.org', [grant.office(VALDORIA, other.officeId)]));
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.problems[0].field).toBe('/grants/0/officeId');
    const short = await admin.post(apiPaths.users, { ...newPerson('e@example.org'), password: 'short' });
    expect(short.status).toBe(400);
    const manager = as(c.app, await personWith(c, 'm@example.org', [grant.office(VALDORIA, MUNICIPIO)]));
    expect((await manager.post(apiPaths.users, newPerson('f@example.org'))).status).toBe(403);
  });

  it('lists only people wholly within the lister\'s scope', async () => {
    const other = await createOtherAdministration(c);
    const admin = as(c.app, await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]));
    await personWith(c, 'shared@example.org', [grant.viewer(VALDORIA), grant.viewer(other.administrationId)]);
    const list = await admin.get(apiPaths.users);
    const emails = list.body.map((u: { email: string }) => u.email);
    expect(emails).toContain('aa@example.org');
    expect(emails).not.toContain(ADMIN_EMAIL);
    expect(emails).not.toContain('shared@example.org');
    expect(JSON.stringify(list.body)).not.toContain(other.administrationId);
    // An installation admin's role covers every administration: the E-mail page offers them as subscribers.
    const all = await as(c.app, c.admin).get(`${apiPaths.users}?administrationId=${other.administrationId}`);
    expect(all.body.map((u: { email: string }) => u.email).sort()).toEqual([ADMIN_EMAIL, 'shared@example.org', `viewer@${other.administrationId}.example.org`]);
  });
});

describe('changing people', () => {
  it('disabling ends their sessions at once; enabling lets them sign in again', async () => {
    const person = await personWith(c, 'p@example.org', [grant.viewer(VALDORIA)]);
    const id = (await as(c.app, person).get(apiPaths.session)).body.user.id as string;
    const admin = as(c.app, c.admin);
    const res = await admin.patch(apiPaths.user(id), { disabled: true });
    expect(res.body.disabledAt).toEqual(expect.any(String));
    expect((await as(c.app, person).get(apiPaths.session)).body).toEqual({ user: null });
    await expect(signInAs(c.app, 'p@example.org')).rejects.toThrow();
    await admin.patch(apiPaths.user(id), { disabled: false });
    await signInAs(c.app, 'p@example.org');
  });

  it('a password reset ends their sessions, and the new password works', async () => {
    const person = await personWith(c, 'p@example.org', [grant.viewer(VALDORIA)]);
    const id = (await as(c.app, person).get(apiPaths.session)).body.user.id as string;
    expect((await as(c.app, c.admin).patch(apiPaths.user(id), { password: PASSWORD })).status).toBe(200);
    expect((await as(c.app, person).get(apiPaths.session)).body).toEqual({ user: null });
    await expect(signInAs(c.app, 'p@example.org', TEST_PASSWORD)).rejects.toThrow();
    await signInAs(c.app, 'p@example.org', PASSWORD);
  });

  it('changes roles within scope, and renames', async () => {
    const adminSession = await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]);
    const person = await personWith(c, 'p@example.org', [grant.viewer(VALDORIA)]);
    const id = (await as(c.app, person).get(apiPaths.session)).body.user.id as string;
    const admin = as(c.app, adminSession);
    const res = await admin.patch(apiPaths.user(id), { name: 'Paola Bianchi', grants: [grant.office(VALDORIA, MUNICIPIO)] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Paola Bianchi', grants: [grant.office(VALDORIA, MUNICIPIO)] });
    expect((await as(c.app, person).get(apiPaths.session)).body.grants).toEqual([grant.office(VALDORIA, MUNICIPIO)]);
    expect((await admin.patch(apiPaths.user(id), { grants: [grant.installation()] })).status).toBe(403);
  });

  it('nobody disables themselves, drops their own last admin role, or removes the last installation admin', async () => {
    const admin = as(c.app, c.admin);
    const me = (await admin.get(apiPaths.session)).body.user.id as string;
    const self = await admin.patch(apiPaths.user(me), { disabled: true });
    expect(self.status).toBe(409);
    expect(self.body.error.message).toMatch(/yourself/);
    expect((await admin.patch(apiPaths.user(me), { grants: [grant.viewer(VALDORIA)] })).status).toBe(409);
    const aa = as(c.app, await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]));
    const aaId = (await aa.get(apiPaths.session)).body.user.id as string;
    expect((await aa.patch(apiPaths.user(aaId), { grants: [grant.viewer(VALDORIA)] })).status).toBe(409);
    // With a second installation admin, the first may step down.
    const second = await admin.post(apiPaths.users, newPerson('second@example.org', [grant.installation()]));
    expect((await as(c.app, await signInAs(c.app, 'second@example.org', PASSWORD)).patch(apiPaths.user(me), { grants: [grant.viewer(VALDORIA)] })).status).toBe(200);
    // Now second is the last one: disabling them is refused, whoever asks.
    expect((await as(c.app, await signInAs(c.app, 'second@example.org', PASSWORD)).patch(apiPaths.user(second.body.id), { disabled: true })).status).toBe(409);
  });
});

describe('roles on archived places', () => {
  const SAN_ROCCO = DEMO.offices[1]!.id;

  it('refuses a new role on an archived office or administration (409, the place named), storing nothing', async () => {
    const other = await createOtherAdministration(c);
    const admin = as(c.app, c.admin);
    const archivedOffice = await admin.post(apiPaths.officeArchive(SAN_ROCCO));
    expect((await admin.post(apiPaths.administrationArchive(other.administrationId))).status).toBe(200);
    const day = (archivedOffice.body.archivedAt as string).slice(0, 10);

    const office = await admin.post(apiPaths.users, newPerson('o@example.org', [grant.viewer(VALDORIA), grant.office(VALDORIA, SAN_ROCCO)]));
    expect(office.status).toBe(409);
    expect(office.body.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Roles cannot be given on an archived administration or office/) });
    expect(office.body.error.problems).toEqual([{ field: '/grants/1/officeId', reason: `office "${DEMO.offices[1]!.name}" was archived on ${day}` }]);
    const administration = await admin.post(apiPaths.users, newPerson('a@example.org', [grant.viewer(other.administrationId)]));
    expect(administration.status).toBe(409);
    expect(administration.body.error.problems).toEqual([{ field: '/grants/0/administrationId', reason: expect.stringMatching(/^administration ".*" was archived on \d{4}-\d{2}-\d{2}$/) }]);
    // An office of an archived administration: the administration is named, as the cause.
    const itsOffice = await admin.post(apiPaths.users, newPerson('b@example.org', [grant.office(other.administrationId, other.officeId)]));
    expect(itsOffice.body.error.problems).toEqual([{ field: '/grants/0/administrationId', reason: expect.stringMatching(/^administration /) }]);
    // In Italian too.
    const italian = await c.app.inject({ method: 'POST', url: apiPaths.users, headers: { ...c.admin.headers, 'accept-language': 'it' }, payload: newPerson('i@example.org', [grant.office(VALDORIA, SAN_ROCCO)]) });
    expect(italian.json().error.problems[0].reason).toBe(`l’ufficio «${DEMO.offices[1]!.name}» è stato archiviato il ${day}`);

    const emails = (await admin.get(apiPaths.users)).body.map((u: { email: string }) => u.email);
    for (const email of ['o@example.org', 'a@example.org', 'b@example.org', 'i@example.org']) expect(emails).not.toContain(email);
    // A change that adds one is refused whole: the person keeps the roles they had.
    const person = await personWith(c, 'p@example.org', [grant.viewer(VALDORIA)]);
    const id = (await as(c.app, person).get(apiPaths.session)).body.user.id as string;
    const change = await admin.patch(apiPaths.user(id), { name: 'Changed', grants: [grant.viewer(VALDORIA), grant.viewer(VALDORIA, SAN_ROCCO)] });
    expect(change.status).toBe(409);
    expect((await admin.get(apiPaths.user(id))).body).toMatchObject({ name: 'p@example.org', grants: [grant.viewer(VALDORIA)] });
  });

  it('keeps the roles a person held before the place was archived: they still sign in, read its report, and can be edited', async () => {
    const manager = await personWith(c, 'm@example.org', [grant.office(VALDORIA, SAN_ROCCO)]);
    const id = (await as(c.app, manager).get(apiPaths.session)).body.user.id as string;
    const admin = as(c.app, c.admin);
    expect((await admin.post(apiPaths.officeArchive(SAN_ROCCO))).status).toBe(200);

    const again = as(c.app, await signInAs(c.app, 'm@example.org'));
    expect((await again.get(apiPaths.session)).body.grants).toEqual([grant.office(VALDORIA, SAN_ROCCO)]);
    expect((await again.get(`${apiPaths.officeReport(SAN_ROCCO)}?from=2026-03-01&to=2026-03-31`)).status).toBe(200);
    expect((await admin.get(apiPaths.user(id))).body.grants).toEqual([grant.office(VALDORIA, SAN_ROCCO)]);
    // The dashboard sends the roles whole: the old one goes back unchanged beside a new one.
    const changed = await admin.patch(apiPaths.user(id), { name: 'Still here', grants: [grant.office(VALDORIA, SAN_ROCCO), grant.viewer(VALDORIA, MUNICIPIO)] });
    expect(changed.status).toBe(200);
    expect(changed.body.grants).toEqual([grant.office(VALDORIA, SAN_ROCCO), grant.viewer(VALDORIA, MUNICIPIO)]);
    // Once dropped, it cannot come back.
    expect((await admin.patch(apiPaths.user(id), { grants: [grant.viewer(VALDORIA, MUNICIPIO)] })).status).toBe(200);
    expect((await admin.patch(apiPaths.user(id), { grants: [grant.office(VALDORIA, SAN_ROCCO)] })).status).toBe(409);
  });
});

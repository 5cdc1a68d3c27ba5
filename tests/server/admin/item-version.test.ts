// Two admins editing the same item: a write sent with the version its author read is refused 409 stale when
// someone changed the item since (naming who and when, storing nothing), accepted when the version is current,
// and a write without a version works as it always did. Offices, terminals, the reason list (as a whole), the
// public page's settings and alert rules; on both stores, and two saves of one version at once store one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertPaths } from '../../../server/contract/alert-kinds';
import { apiPaths } from '../../../server/contract/api';
import { createUser } from '../../../server/store/create-user';
import { DEMO } from '../../../server/store/seed-demo';
import { movableClock, signInAs, startCollector, TEST_PASSWORD, type TestCollector } from '../helpers/test-collector';
import { as, grant } from './admin-api';

const VALDORIA = DEMO.administration.id;
const OFFICE = DEMO.offices[0]!.id;
const TOTEM = DEMO.terminals[0]!;
const clock = movableClock('2026-03-04T09:00:00.000Z');

let c: TestCollector;
/** Anna and Bruno, both administrators of Valdoria, each with a copy of what they opened. */
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

/** Each write a minute after the last: versions kept as updated_at change with every stored write. */
const later = () => clock.advance(60_000);

/** The refusal every stale write gets: 409 stale, naming Anna and when she saved. */
function expectStale(res: { status: number; body: any }, at: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(409);
  expect(res.body.error.code).toBe('stale');
  expect(res.body.error.changed).toEqual({ by: 'Anna Rossi', at });
  expect(res.body.error.message).toContain('Anna Rossi');
}

describe('an office', () => {
  const url = apiPaths.office(OFFICE);
  const SATURDAY = { sat: [{ from: '09:00', to: '12:00' }] };

  it('refuses Bruno\'s holidays from the copy he opened before Anna added Saturday hours, keeping Anna\'s hours', async () => {
    const opened = (await bruno.get(url)).body;
    expect(opened.version).toMatch(/^[\w-]{22}$/);
    later();
    const saved = await anna.patch(url, { openingHours: { ...opened.openingHours, ...SATURDAY }, version: opened.version });
    expect(saved.status).toBe(200);
    expect(saved.body.version).not.toBe(opened.version);
    const refused = await bruno.patch(url, { holidays: ['2026-12-24'], version: opened.version });
    expectStale(refused, clock.now().toISOString());
    const now = (await bruno.get(url)).body;
    expect(now.openingHours.sat).toEqual(SATURDAY.sat);
    expect(now.holidays).toEqual([]);
    expect(now.version).toBe(saved.body.version);
    // Read again, his change goes through, and leaves Anna's hours alone.
    later();
    const again = await bruno.patch(url, { holidays: ['2026-12-24'], version: now.version });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ holidays: ['2026-12-24'], openingHours: { sat: SATURDAY.sat } });
  });

  it('takes a change without a version as before (scripts, API clients), and a save of equal values keeps the version', async () => {
    const before = (await anna.get(url)).body;
    const res = await anna.patch(url, { address: 'Piazza Garibaldi 1' });
    expect(res.status).toBe(200);
    expect(res.body.address).toBe('Piazza Garibaldi 1');
    expect((await anna.patch(url, { address: 'Piazza Garibaldi 1', version: res.body.version })).body.version).toBe(res.body.version);
    expect(res.body.version).not.toBe(before.version);
  });

  it('two saves of the same version at once: one is stored, the other refused stale', async () => {
    const { version } = (await anna.get(url)).body;
    const answers = await Promise.all([anna.patch(url, { name: 'Municipio (Anna)', version }), bruno.patch(url, { name: 'Municipio (Bruno)', version })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!.body.name;
    expect((await anna.get(url)).body.name).toBe(winner);
  });
});

describe('a terminal', () => {
  const url = apiPaths.terminal(TOTEM.id);

  it('refuses Bruno\'s rename from an older copy, which would have dropped the service Anna added', async () => {
    const two = TOTEM.services.slice(0, 2);
    expect((await anna.patch(url, { serviceIds: two })).status).toBe(200);
    const opened = (await bruno.get(url)).body;
    later();
    expect((await anna.patch(url, { serviceIds: [...two, TOTEM.services[4]], version: opened.version })).status).toBe(200);
    // As the form used to send it: the services Bruno saw, with his rename.
    const refused = await bruno.patch(url, { name: 'Totem all’ingresso', serviceIds: opened.serviceIds, version: opened.version });
    expectStale(refused, clock.now().toISOString());
    expect((await bruno.get(url)).body).toMatchObject({ name: TOTEM.name, serviceIds: [...two, TOTEM.services[4]] });
  });

  it('accepts a current version, and a change without one', async () => {
    const { version } = (await bruno.get(url)).body;
    later();
    const renamed = await bruno.patch(url, { name: 'Totem all’ingresso', version });
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).not.toBe(version);
    expect((await bruno.patch(url, { sound: true })).body).toMatchObject({ name: 'Totem all’ingresso', sound: true });
  });
});

describe('the reason list', () => {
  const url = apiPaths.administrationReasons(VALDORIA);
  const kept = (list: { id: string; label: string; dimension: string | null }[]) => list.map(({ id, label, dimension }) => ({ id, label, dimension }));

  it('Bruno\'s save of «Cortesia» from his older copy does not archive «Orari scomodi», which Anna added meanwhile', async () => {
    const brunoCopy = await bruno.get(url);
    const annaCopy = await anna.get(url);
    expect(brunoCopy.headers.etag).toMatch(/^"[\w-]{22}"$/);
    later();
    const added = await anna.put(url, { reasons: [...kept(annaCopy.body), { label: 'Orari scomodi', dimension: 'accessibility' }], version: annaCopy.headers.etag });
    expect(added.status).toBe(200);
    expect(added.headers.etag).not.toBe(brunoCopy.headers.etag);
    const refused = await bruno.put(url, { reasons: [...kept(brunoCopy.body), { label: 'Cortesia', dimension: 'effectiveness' }], version: brunoCopy.headers.etag });
    expectStale(refused, clock.now().toISOString());
    const stored = await c.store.db.selectFrom('reasons').select(['label', 'archived_at']).where('administration_id', '=', VALDORIA).execute();
    expect(stored.find((r) => r.label === 'Orari scomodi')!.archived_at).toBeNull();
    expect(stored.some((r) => r.label === 'Cortesia')).toBe(false);
    // The terminals still offer it.
    expect((await bruno.get(url)).body.map((r: { label: string }) => r.label)).toContain('Orari scomodi');
  });

  it('accepts the current version (its quotes left off too), and a list without one', async () => {
    const read = await bruno.get(url);
    later();
    const res = await bruno.put(url, { reasons: [...kept(read.body), { label: 'Cortesia', dimension: 'effectiveness' }], version: String(read.headers.etag).replace(/"/g, '') });
    expect(res.status).toBe(200);
    expect(res.body.map((r: { label: string }) => r.label)).toEqual(expect.arrayContaining(['Orari scomodi', 'Cortesia']));
    expect((await bruno.put(url, { reasons: kept(res.body).slice(0, -1) })).status).toBe(200);
  });
});

describe('the public page\'s settings', () => {
  const url = apiPaths.administrationPublicPage(VALDORIA);

  it('Bruno fixing the note from an older copy does not publish again the page Anna just took down', async () => {
    later();
    expect((await anna.put(url, { enabled: true, licence: 'CC-BY-4.0', note: 'Giudizi agli sportelli' })).status).toBe(200);
    const opened = (await bruno.get(url)).body;
    expect(opened.version).toBe(opened.updatedAt);
    later();
    expect((await anna.patch(url, { enabled: false, version: opened.version })).body.enabled).toBe(false);
    const refused = await bruno.put(url, { enabled: true, licence: 'CC-BY-4.0', note: 'Giudizi raccolti agli sportelli', version: opened.version });
    expectStale(refused, clock.now().toISOString());
    expect((await bruno.patch(url, { note: 'Giudizi raccolti agli sportelli', version: opened.version })).status).toBe(409);
    expect((await bruno.get(url)).body).toMatchObject({ enabled: false, note: 'Giudizi agli sportelli' });
  });

  it('accepts the current version and a change without one, each changing only what it sends', async () => {
    const { version } = (await bruno.get(url)).body;
    later();
    const res = await bruno.patch(url, { note: 'Giudizi raccolti agli sportelli', version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ enabled: false, note: 'Giudizi raccolti agli sportelli', licence: 'CC-BY-4.0' });
    later();
    expect((await bruno.patch(url, { licence: 'CC0-1.0' })).body).toMatchObject({ enabled: false, licence: 'CC0-1.0' });
  });
});

describe('an alert rule', () => {
  const SHARE = { kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 } as const;
  let url: string;
  beforeAll(async () => {
    const made = await anna.post(alertPaths.administrationRules(VALDORIA), { name: 'Troppi negativi', officeId: OFFICE, params: SHARE });
    expect(made.status).toBe(201);
    url = alertPaths.rule(made.body.id);
  });
  const rule = async () => (await bruno.get(alertPaths.administrationRules(VALDORIA))).body.find((r: { name: string; id: string }) => url.endsWith(r.id));

  it('refuses Bruno\'s whole rule from before Anna raised the threshold, and keeps hers', async () => {
    const opened = await rule();
    expect(opened.version).toBe(opened.updatedAt);
    later();
    expect((await anna.patch(url, { params: { ...SHARE, openAbovePct: 40 }, version: opened.version })).status).toBe(200);
    const refused = await bruno.put(url, { name: 'Troppi giudizi negativi', officeId: OFFICE, params: SHARE, version: opened.version });
    expectStale(refused, clock.now().toISOString());
    expect((await bruno.patch(url, { name: 'Troppi giudizi negativi', version: opened.version })).status).toBe(409);
    expect(await rule()).toMatchObject({ name: 'Troppi negativi', params: { openAbovePct: 40 } });
  });

  it('accepts the current version, and a change without one, each changing only what it sends', async () => {
    const { version } = await rule();
    later();
    const renamed = await bruno.patch(url, { name: 'Troppi giudizi negativi', version });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Troppi giudizi negativi', officeId: OFFICE, params: { openAbovePct: 40 } });
    later();
    expect((await bruno.put(url, { name: 'Troppi giudizi negativi', officeId: OFFICE, params: SHARE })).status).toBe(200);
    expect(await rule()).toMatchObject({ params: { openAbovePct: 30 } });
  });
});

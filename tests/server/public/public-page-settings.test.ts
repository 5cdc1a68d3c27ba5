// The public page's settings: off and CC BY 4.0 until saved, saved and audited by the administration's admins only, refused when wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { MAX_PUBLIC_NOTE_LENGTH, publicPaths } from '../../../server/contract/public-page';
import { DEMO } from '../../../server/store/seed-demo';
import { as, createOtherAdministration, grant } from '../admin/admin-api';
import { ADMIN_EMAIL, fixedClock, personWith, startCollector, type TestCollector } from '../helpers/test-collector';

const VALDORIA = DEMO.administration.id;
const path = apiPaths.administrationPublicPage(VALDORIA);
const ON = { enabled: true, licence: 'CC-BY-4.0', note: '' };

describe('the settings', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector({ now: fixedClock('2026-11-03T10:00:00.000Z') });
  });
  afterAll(async () => c?.close());

  const audit = async () =>
    (await as(c.app, c.admin).get(`${apiPaths.audit}?administrationId=${VALDORIA}`)).body.filter((e: { action: string }) => e.action === 'public-page.update');

  it('start switched off, with CC BY 4.0 and no note, and name the addresses of the page, the data and the badge', async () => {
    const res = await as(c.app, c.admin).get(path);
    expect(res.status).toBe(200);
    const base = 'http://localhost:80';
    expect(res.body).toEqual({
      administrationId: VALDORIA,
      enabled: false,
      licence: 'CC-BY-4.0',
      note: '',
      updatedAt: null,
      updatedBy: null,
      version: 'unsaved',
      links: {
        page: `${base}/pubblico/${VALDORIA}`,
        csv: `${base}/pubblico/${VALDORIA}/dati.csv`,
        json: `${base}/pubblico/${VALDORIA}/dati.json`,
        badge: `${base}/pubblico/${VALDORIA}/badge.svg`,
        schema: `${base}/pubblico/-/schema/dati-v1.json`,
      },
    });
    expect((await c.app.inject({ url: publicPaths.page(VALDORIA) })).statusCode).toBe(404);
  });

  it('are saved, audited with what changed, and switch the page on', async () => {
    const res = await as(c.app, c.admin).put(path, { enabled: true, licence: 'CC0-1.0', note: '  Giudizi raccolti agli sportelli.  ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ enabled: true, licence: 'CC0-1.0', note: 'Giudizi raccolti agli sportelli.', updatedAt: '2026-11-03T10:00:00.000Z', updatedBy: ADMIN_EMAIL });
    expect((await as(c.app, c.admin).get(path)).body).toMatchObject({ enabled: true, licence: 'CC0-1.0' });
    const entries = await audit();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: { email: ADMIN_EMAIL }, targetType: 'administration', targetId: VALDORIA, details: { enabled: true, licence: 'CC0-1.0', note: 'Giudizi raccolti agli sportelli.' } });
    const data = await c.app.inject({ url: publicPaths.data(VALDORIA, 'json') });
    expect(data.json().licence).toEqual({ id: 'CC0-1.0', name: 'Creative Commons CC0 1.0 Universale (pubblico dominio)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' });
  });

  it('saved again unchanged add nothing to the log', async () => {
    expect((await as(c.app, c.admin).put(path, { enabled: true, licence: 'CC0-1.0', note: 'Giudizi raccolti agli sportelli.' })).status).toBe(200);
    expect(await audit()).toHaveLength(1);
    expect((await as(c.app, c.admin).put(path, { ...ON, licence: 'CC0-1.0' })).status).toBe(200);
    const entries = await audit();
    expect(entries).toHaveLength(2);
    // Both entries share the test's fixed clock: find the second by its content, not its place.
    expect(entries.map((e: { details: unknown }) => e.details)).toContainEqual({ enabled: true, licence: 'CC0-1.0', note: '', wasEnabled: true });
  });

  it('refuse an unknown licence, a note too long, an unknown field, a missing one: 400 in the shared shape, nothing stored', async () => {
    const admin = as(c.app, c.admin);
    const cases: [unknown, string][] = [
      [{ ...ON, licence: 'GPL-3.0' }, '/licence'],
      [{ ...ON, note: 'x'.repeat(MAX_PUBLIC_NOTE_LENGTH + 1) }, '/note'],
      [{ ...ON, colour: 'blu' }, '/colour'],
      [{ licence: 'CC-BY-4.0', note: '' }, '/enabled'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.put(path, body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.code, field).toBe('validation_failed');
      expect(res.body.error.problems[0].field, field).toBe(field);
    }
    expect((await admin.get(path)).body).toMatchObject({ enabled: true, licence: 'CC0-1.0', note: '' });
  });

  it('give PUBLIC_URL\'s addresses when it is set', async () => {
    const other = await startCollector({ env: { PUBLIC_URL: 'https://gradimento.comune.example.org' } });
    try {
      const res = await as(other.app, other.admin).get(path);
      expect(res.body.links.page).toBe(`https://gradimento.comune.example.org/pubblico/${VALDORIA}`);
    } finally {
      await other.close();
    }
  });
});

describe('who may change them', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector();
  });
  afterAll(async () => c?.close());

  it('the administration\'s admins; not its office managers or viewers, nor another administration\'s admins', async () => {
    const other = await createOtherAdministration(c);
    const people = {
      admin: await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]),
      manager: await personWith(c, 'om@example.org', [grant.office(VALDORIA, DEMO.offices[0]!.id)]),
      viewer: await personWith(c, 'v@example.org', [grant.viewer(VALDORIA)]),
      stranger: await personWith(c, 'x@example.org', [grant.administration(other.administrationId)]),
    };
    expect((await as(c.app, people.admin).put(path, ON)).status).toBe(200);
    // Another administration's admin is told nothing of this one (404, as for one that does not exist).
    for (const [who, status] of [[people.manager, 403], [people.viewer, 403], [people.stranger, 404]] as const) {
      expect((await as(c.app, who).get(path)).status).toBe(status);
      expect((await as(c.app, who).put(path, { ...ON, enabled: false })).status).toBe(status);
    }
    expect((await c.app.inject({ method: 'GET', url: path })).statusCode).toBe(401);
    expect((await as(c.app, c.admin).get(apiPaths.administrationPublicPage('nessuno'))).status).toBe(404);
  });

  it('not on an archived administration (409): archived ones publish nothing', async () => {
    const other = await createOtherAdministration(c);
    const admin = as(c.app, c.admin);
    expect((await admin.put(apiPaths.administrationPublicPage(other.administrationId), ON)).status).toBe(200);
    expect((await c.app.inject({ url: publicPaths.page(other.administrationId) })).statusCode).toBe(200);
    expect((await admin.post(apiPaths.administrationArchive(other.administrationId))).status).toBe(200);
    expect((await admin.put(apiPaths.administrationPublicPage(other.administrationId), { ...ON, note: 'ancora?' })).status).toBe(409);
    expect((await c.app.inject({ url: publicPaths.page(other.administrationId) })).statusCode).toBe(404);
  });
});

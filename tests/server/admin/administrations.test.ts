// Administrations: installation admins create, rename and archive them; others see only those they hold a role in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { COUNTER, personWith, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { as, createOtherAdministration, grant } from './admin-api';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;

describe('administrations', () => {
  it('are created with a readable id and the default reasons, and listed for the installation admin', async () => {
    const admin = as(c.app, c.admin);
    const created = await admin.post(apiPaths.administrations, { name: '  Comune di Sant’Agata de’ Goti  ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'comune-di-sant-agata-de-goti', name: 'Comune di Sant’Agata de’ Goti', archivedAt: null });
    const list = await admin.get(apiPaths.administrations);
    expect(list.body.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([VALDORIA, created.body.id]));
    const reasons = await admin.get(apiPaths.administrationReasons(created.body.id));
    expect(reasons.body.map((r: { label: string }) => r.label)).toEqual(['Tempo di attesa', 'Il servizio ricevuto', 'Devo tornare un’altra volta', 'Altro']);
  });

  it('keep any Unicode name as text, and two of the same name get different ids', async () => {
    const admin = as(c.app, c.admin);
    const name = '<b>Gemeinde Ñandú</b> 🏛️';
    const a = await admin.post(apiPaths.administrations, { name });
    const b = await admin.post(apiPaths.administrations, { name });
    expect(a.body.name).toBe(name);
    expect(a.body.id).not.toBe(b.body.id);
    const blank = await admin.post(apiPaths.administrations, { name: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.problems).toEqual([{ field: '/name', reason: 'must not be blank' }]);
  });

  it('are listed to others only where they hold a role', async () => {
    const other = await createOtherAdministration(c);
    const manager = as(c.app, await personWith(c, 'm@example.org', [grant.office(VALDORIA, DEMO.offices[0]!.id)]));
    const list = await manager.get(apiPaths.administrations);
    expect(list.status).toBe(200);
    expect(list.body.map((a: { id: string }) => a.id)).toEqual([VALDORIA]);
    expect(JSON.stringify(list.body)).not.toContain(other.administrationId);
  });

  it('may be created, renamed and archived by installation admins only', async () => {
    const valdoriaAdmin = as(c.app, await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]));
    expect((await valdoriaAdmin.post(apiPaths.administrations, { name: 'X' })).status).toBe(403);
    expect((await valdoriaAdmin.patch(apiPaths.administration(VALDORIA), { name: 'X' })).status).toBe(403);
    expect((await valdoriaAdmin.post(apiPaths.administration(VALDORIA) + '/archive')).status).toBe(403);
    expect((await as(c.app, c.admin).patch(apiPaths.administration('nowhere'), { name: 'X' })).status).toBe(404);
  });

  it('renamed: the new name reaches the terminals\' configuration', async () => {
    const res = await as(c.app, c.admin).patch(apiPaths.administration(VALDORIA), { name: 'Comune di Valdoria Alta' });
    expect(res.status).toBe(200);
    const config = await c.app.inject({ url: apiPaths.terminalConfig(TOTEM.id), headers: { authorization: `Bearer ${c.tokens[TOTEM.id]}` } });
    expect(config.json().administration.name).toBe('Comune di Valdoria Alta');
  });

  it('archived: offices and terminals go with it, tokens stop, reports stay readable', async () => {
    const admin = as(c.app, c.admin);
    const res = await admin.post(`${apiPaths.administration(VALDORIA)}/archive`);
    expect(res.status).toBe(200);
    expect(res.body.archivedAt).toEqual(expect.any(String));
    const offices = await admin.get(apiPaths.administrationOffices(VALDORIA));
    expect(offices.body.every((o: { archivedAt: string | null }) => o.archivedAt !== null)).toBe(true);
    const config = await c.app.inject({ url: apiPaths.terminalConfig(COUNTER.id), headers: { authorization: `Bearer ${c.tokens[COUNTER.id]}` } });
    expect(config.statusCode).not.toBe(200);
    const report = await admin.get(`${apiPaths.officeReport(DEMO.offices[0]!.id)}?from=2026-01-01&to=2026-01-31`);
    expect(report.status).toBe(200);
    // Nothing can be created under it any more; archiving again changes nothing.
    expect((await admin.post(apiPaths.offices, { administrationId: VALDORIA, name: 'Nuova sede' })).status).toBe(409);
    expect((await admin.post(`${apiPaths.administration(VALDORIA)}/archive`)).body.archivedAt).toBe(res.body.archivedAt);
  });
});

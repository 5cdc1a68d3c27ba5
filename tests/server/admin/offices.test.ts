// Offices: created and changed by administration admins, checked (time zone, hours, holidays), archived without losing votes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { asTerminal, makeVote, personWith, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { as, grant } from './admin-api';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;
const MUNICIPIO = DEMO.offices[0]!.id;
const SAN_ROCCO = DEMO.offices[1]!.id;
const closedAllWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

describe('offices', () => {
  it('are created by an administration admin with their details, defaults filled in', async () => {
    const admin = as(c.app, await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]));
    const res = await admin.post(apiPaths.offices, {
      administrationId: VALDORIA,
      name: 'Biblioteca civica',
      address: 'Via Roma 3, Valdoria',
      openingHours: { ...closedAllWeek, mon: [{ from: '14:00', to: '18:00' }, { from: '09:00', to: '12:00' }] },
      holidays: ['2026-12-25', '2026-08-15', '2026-12-25'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: 'valdoria-biblioteca-civica',
      administrationId: VALDORIA,
      timeZone: 'Europe/Rome',
      address: 'Via Roma 3, Valdoria',
      holidays: ['2026-08-15', '2026-12-25'],
      archivedAt: null,
    });
    expect(res.body.openingHours.mon).toEqual([{ from: '09:00', to: '12:00' }, { from: '14:00', to: '18:00' }]);
    const list = await admin.get(apiPaths.administrationOffices(VALDORIA));
    expect(list.body.map((o: { id: string }) => o.id)).toContain('valdoria-biblioteca-civica');
  });

  it('store a time zone as the zone database spells it', async () => {
    const res = await as(c.app, c.admin).patch(apiPaths.office(SAN_ROCCO), { timeZone: 'europe/rome' });
    expect(res.status).toBe(200);
    expect(res.body.timeZone).toBe('Europe/Rome');
  });

  it('refuse an unknown time zone, overlapping hours and impossible holidays, naming each field', async () => {
    const admin = as(c.app, c.admin);
    const res = await admin.patch(apiPaths.office(MUNICIPIO), {
      timeZone: 'Europe/Valdoria',
      openingHours: { ...closedAllWeek, tue: [{ from: '08:00', to: '12:00' }, { from: '11:30', to: '13:00' }], thu: [{ from: '15:00', to: '09:00' }] },
      holidays: ['2026-02-30'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.problems.map((p: { field: string }) => p.field).sort()).toEqual(['/holidays/0', '/openingHours/thu/0', '/openingHours/tue/1', '/timeZone']);
    const missingDay = await admin.patch(apiPaths.office(MUNICIPIO), { openingHours: { mon: [] } });
    expect(missingDay.status).toBe(400);
    const unknownField = await admin.patch(apiPaths.office(MUNICIPIO), { nmae: 'typo' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.problems[0].field).toBe('/nmae');
  });

  it('renamed or moved to another zone: their terminals\' configuration follows', async () => {
    const res = await as(c.app, c.admin).patch(apiPaths.office(MUNICIPIO), { name: 'Palazzo comunale', timeZone: 'Europe/Berlin' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Palazzo comunale', timeZone: 'Europe/Berlin' });
    const config = (await c.app.inject({ url: apiPaths.terminalConfig(TOTEM.id), headers: asTerminal(c.tokens[TOTEM.id]!) })).json();
    expect(config.office).toMatchObject({ id: MUNICIPIO, name: 'Palazzo comunale', timeZone: 'Europe/Berlin' });
  });

  it('are listed to an office manager only where they manage, and not changed by them', async () => {
    const manager = as(c.app, await personWith(c, 'm@example.org', [grant.office(VALDORIA, SAN_ROCCO)]));
    const list = await manager.get(apiPaths.administrationOffices(VALDORIA));
    expect(list.status).toBe(200);
    expect(list.body.map((o: { id: string }) => o.id)).toEqual([SAN_ROCCO]);
    expect((await manager.get(apiPaths.office(SAN_ROCCO))).status).toBe(200);
    expect((await manager.get(apiPaths.office(MUNICIPIO))).status).toBe(403);
    expect((await manager.patch(apiPaths.office(SAN_ROCCO), { name: 'Mine now' })).status).toBe(403);
    expect((await manager.post(apiPaths.offices, { administrationId: VALDORIA, name: 'New' })).status).toBe(403);
  });

  it('archived: votes and the report stay, its terminals stop, nothing more can change', async () => {
    expect((await postVotes(c, [makeVote()])).status).toBe(200);
    const admin = as(c.app, c.admin);
    const res = await admin.post(apiPaths.officeArchive(MUNICIPIO));
    expect(res.status).toBe(200);
    expect(res.body.archivedAt).toEqual(expect.any(String));
    const terminals = await admin.get(apiPaths.officeTerminals(MUNICIPIO));
    expect(terminals.body.find((t: { id: string }) => t.id === TOTEM.id).archivedAt).toBe(res.body.archivedAt);
    expect((await postVotes(c, [makeVote()])).status).not.toBe(200);
    const report = await admin.get(`${apiPaths.officeReport(MUNICIPIO)}?from=2026-03-01&to=2026-03-31`);
    expect(report.body.totals.total).toBe(1);
    expect((await admin.patch(apiPaths.office(MUNICIPIO), { name: 'Again' })).status).toBe(409);
    expect((await admin.post(apiPaths.terminals, { officeId: MUNICIPIO, name: 'T', mode: 'totem', serviceIds: ['valdoria-tributi'] })).status).toBe(409);
  });

  it('unknown: 404 for the installation admin', async () => {
    expect((await as(c.app, c.admin).patch(apiPaths.office('nowhere'), { name: 'x' })).status).toBe(404);
    expect((await as(c.app, c.admin).post(apiPaths.offices, { administrationId: 'nowhere', name: 'x' })).status).toBe(404);
  });
});

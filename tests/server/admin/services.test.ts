// Services: charter standards, renames that reach terminals, archiving that keeps votes and refuses to strand a terminal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { asTerminal, COUNTER, makeVote, personWith, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { as, grant } from './admin-api';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;
const config = async (terminalId: string) => (await c.app.inject({ url: apiPaths.terminalConfig(terminalId), headers: asTerminal(c.tokens[terminalId]!) })).json();

describe('services', () => {
  it('are created with an optional charter standard and listed to anyone with a role in the administration', async () => {
    const admin = as(c.app, c.admin);
    const res = await admin.post(apiPaths.services, { administrationId: VALDORIA, name: 'Polizia locale', standard: { minPositivePct: 80 } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: 'valdoria-polizia-locale',
      administrationId: VALDORIA,
      name: 'Polizia locale',
      standard: { minPositivePct: 80 },
      // A new service had no votes before: its standard holds from the start.
      standards: [{ validFrom: '1970-01-01', minPositivePct: 80, setAt: expect.any(String), setBy: 'admin@test.example.org' }],
      translations: {},
      archivedAt: null,
      version: expect.stringMatching(/^[\w-]{22}$/),
    });
    const viewer = as(c.app, await personWith(c, 'v@example.org', [grant.viewer(VALDORIA, DEMO.offices[1]!.id)]));
    const list = await viewer.get(apiPaths.administrationServices(VALDORIA));
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(DEMO.services.length + 1);
    expect((await admin.post(apiPaths.services, { administrationId: VALDORIA, name: 'X', standard: { minPositivePct: 120 } })).status).toBe(400);
    expect((await viewer.post(apiPaths.services, { administrationId: VALDORIA, name: 'X' })).status).toBe(403);
  });

  it('renamed: terminals offering it show the new name; the standard can be dropped', async () => {
    const admin = as(c.app, c.admin);
    const before = (await config(TOTEM.id)).version;
    const res = await admin.patch(apiPaths.service('valdoria-tributi'), { name: 'Tributi e canoni', standard: { minPositivePct: 75 } });
    expect(res.body).toMatchObject({ name: 'Tributi e canoni', standard: { minPositivePct: 75 } });
    const after = await config(TOTEM.id);
    expect(after.version).not.toBe(before);
    expect(after.services.find((s: { id: string }) => s.id === 'valdoria-tributi').name).toBe('Tributi e canoni');
    expect((await admin.patch(apiPaths.service('valdoria-tributi'), { standard: null })).body.standard).toBeNull();
  });

  it('keeps every change of the standard with the day it applies from; today\'s is the one shown', async () => {
    const admin = as(c.app, c.admin);
    const id = 'valdoria-anagrafe';
    expect((await admin.patch(apiPaths.service(id), { standard: { minPositivePct: 70 }, standardFrom: '2026-01-01' })).status).toBe(200);
    expect((await admin.patch(apiPaths.service(id), { standard: { minPositivePct: 90 }, standardFrom: '2099-01-01' })).status).toBe(200);
    const res = await admin.patch(apiPaths.service(id), { standard: { minPositivePct: 75 }, standardFrom: '2026-01-01' });
    // Setting a day again replaces that day's entry; a standard set for the future is not today's.
    expect(res.body.standard).toEqual({ minPositivePct: 75 });
    expect(res.body.standards.map((s: { validFrom: string; minPositivePct: number }) => [s.validFrom, s.minPositivePct])).toEqual([
      ['2026-01-01', 75],
      ['2099-01-01', 90],
    ]);
    // Sent back unchanged (a form saving a rename), the standard adds nothing to the history.
    const same = await admin.patch(apiPaths.service(id), { name: 'Anagrafe', standard: { minPositivePct: 90 }, standardFrom: '2099-01-01' });
    expect(same.body.standards).toHaveLength(2);
    const bad = await admin.patch(apiPaths.service(id), { standard: { minPositivePct: 75 }, standardFrom: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems).toEqual([{ field: '/standardFrom', reason: '"2026-02-30" is not a calendar date' }]);
    expect((await admin.patch(apiPaths.service(id), { standardFrom: '2026-03-01' })).status).toBe(400);
  });

  it('archived: its votes stay in the report, terminals stop offering it, ingest refuses new votes for it', async () => {
    expect((await postVotes(c, [makeVote({ serviceId: 'valdoria-tributi' })])).status).toBe(200);
    const admin = as(c.app, c.admin);
    const res = await admin.post(apiPaths.serviceArchive('valdoria-tributi'));
    expect(res.status).toBe(200);
    expect(res.body.archivedAt).toEqual(expect.any(String));
    const report = await admin.get(`${apiPaths.officeReport(TOTEM.officeId)}?from=2026-03-01&to=2026-03-31`);
    expect(report.body.byService.find((s: { serviceId: string }) => s.serviceId === 'valdoria-tributi')).toMatchObject({ total: 1, archived: true });
    expect((await config(TOTEM.id)).services.map((s: { id: string }) => s.id)).not.toContain('valdoria-tributi');
    const refused = await postVotes(c, [makeVote({ serviceId: 'valdoria-tributi' })]);
    expect(refused.status).toBe(400);
    expect((await admin.patch(apiPaths.service('valdoria-tributi'), { name: 'Back' })).status).toBe(409);
  });

  it('archiving the only service of a live counter is refused, naming the terminal', async () => {
    const res = await as(c.app, c.admin).post(apiPaths.serviceArchive(COUNTER.services[0]!));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain(COUNTER.name);
  });
});

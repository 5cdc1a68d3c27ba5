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
    expect(res.body).toEqual({ id: 'valdoria-polizia-locale', administrationId: VALDORIA, name: 'Polizia locale', standard: { minPositivePct: 80 }, archivedAt: null });
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

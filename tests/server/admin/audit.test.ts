// The audit log: every change recorded with its actor, newest first, per administration for its admins, paged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { ADMIN_EMAIL, movableClock, personWith, startCollector, type TestCollector } from '../helpers/test-collector';
import { as, createOtherAdministration, grant } from './admin-api';

let c: TestCollector;
const clock = movableClock('2026-03-10T09:00:00.000Z');
beforeEach(async () => {
  c = await startCollector({ now: clock.now });
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;

describe('GET /audit', () => {
  it('records each change with its actor, newest first, without secrets', async () => {
    const admin = as(c.app, c.admin);
    // The demo terminals enrolled at the start, at the clock's first instant: step past them.
    clock.advance(1000);
    await admin.post(apiPaths.services, { administrationId: VALDORIA, name: 'Polizia locale' });
    clock.advance(1000);
    await admin.post(apiPaths.terminalPairingCode(DEMO.terminals[0]!.id));
    clock.advance(1000);
    const user = await admin.post(apiPaths.users, { email: 'n@example.org', name: 'N', password: 'a long enough password', grants: [grant.viewer(VALDORIA)] });
    const res = await admin.get(`${apiPaths.audit}?administrationId=${VALDORIA}&limit=3`);
    expect(res.status).toBe(200);
    expect(res.body.map((e: { action: string }) => e.action)).toEqual(['user.create', 'terminal.pair', 'service.create']);
    expect(res.body[0]).toMatchObject({ actor: { email: ADMIN_EMAIL }, administrationId: VALDORIA, targetType: 'user', targetId: user.body.id });
    expect(JSON.stringify(res.body)).not.toMatch(/a long enough password|"code"|"password/);
    const older = await admin.get(`${apiPaths.audit}?administrationId=${VALDORIA}&before=${encodeURIComponent(res.body[1].at)}`);
    expect(older.body[0].action).toBe('service.create');
  });

  it('shows an administration admin their own administration only; the whole log to installation admins', async () => {
    const other = await createOtherAdministration(c);
    const aa = as(c.app, await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]));
    expect((await aa.get(`${apiPaths.audit}?administrationId=${VALDORIA}`)).status).toBe(200);
    expect((await aa.get(`${apiPaths.audit}?administrationId=${other.administrationId}`)).status).toBe(403);
    expect((await aa.get(apiPaths.audit)).status).toBe(403);
    const manager = as(c.app, await personWith(c, 'm@example.org', [grant.office(VALDORIA, DEMO.offices[0]!.id)]));
    expect((await manager.get(`${apiPaths.audit}?administrationId=${VALDORIA}`)).status).toBe(403);
    const all = await as(c.app, c.admin).get(apiPaths.audit);
    expect(all.body.map((e: { administrationId: string | null }) => e.administrationId)).toEqual(expect.arrayContaining([VALDORIA, other.administrationId]));
    expect((await as(c.app, c.admin).get(`${apiPaths.audit}?limit=0`)).status).toBe(400);
    expect((await as(c.app, c.admin).get(`${apiPaths.audit}?administrationId=nowhere`)).status).toBe(404);
  });
});

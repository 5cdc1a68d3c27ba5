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

  it('pages through entries written in the same millisecond without skipping any', async () => {
    const admin = as(c.app, c.admin);
    clock.advance(1000);
    // Seven changes at one instant (the clock stands still): pages of three end among them.
    for (let i = 1; i <= 7; i++) expect((await admin.post(apiPaths.services, { administrationId: VALDORIA, name: `Servizio ${i}` })).status).toBe(201);
    const seen: { id: string; at: string }[] = [];
    let page: { id: string; at: string; action: string }[];
    let query = `${apiPaths.audit}?administrationId=${VALDORIA}&limit=3`;
    do {
      page = (await admin.get(query)).body;
      seen.push(...page);
      const last = page[page.length - 1];
      if (last) query = `${apiPaths.audit}?administrationId=${VALDORIA}&limit=3&before=${encodeURIComponent(last.at)}&beforeId=${encodeURIComponent(last.id)}`;
    } while (page.length === 3);
    const all = (await admin.get(`${apiPaths.audit}?administrationId=${VALDORIA}&limit=500`)).body as { id: string }[];
    expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(seen.filter((e) => e.at === seen[0]!.at)).toHaveLength(7);
    // The id alone says nothing about where to start: refused, by name.
    const alone = await admin.get(`${apiPaths.audit}?administrationId=${VALDORIA}&beforeId=${encodeURIComponent(seen[2]!.id)}`);
    expect(alone.status).toBe(400);
    expect(alone.body.error.problems).toEqual([expect.objectContaining({ field: '/beforeId' })]);
  });

  it('shows an administration admin their own administration only; the whole log to installation admins', async () => {
    const other = await createOtherAdministration(c);
    const aa = as(c.app, await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]));
    expect((await aa.get(`${apiPaths.audit}?administrationId=${VALDORIA}`)).status).toBe(200);
    // Another administration's log is answered as one that does not exist: its id tells nothing.
    expect((await aa.get(`${apiPaths.audit}?administrationId=${other.administrationId}`)).status).toBe(404);
    expect((await aa.get(apiPaths.audit)).status).toBe(403);
    const manager = as(c.app, await personWith(c, 'm@example.org', [grant.office(VALDORIA, DEMO.offices[0]!.id)]));
    expect((await manager.get(`${apiPaths.audit}?administrationId=${VALDORIA}`)).status).toBe(403);
    const all = await as(c.app, c.admin).get(apiPaths.audit);
    expect(all.body.map((e: { administrationId: string | null }) => e.administrationId)).toEqual(expect.arrayContaining([VALDORIA, other.administrationId]));
    expect((await as(c.app, c.admin).get(`${apiPaths.audit}?limit=0`)).status).toBe(400);
    expect((await as(c.app, c.admin).get(`${apiPaths.audit}?administrationId=nowhere`)).status).toBe(404);
  });
});

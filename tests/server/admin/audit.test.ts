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

  it('filters by kind of item, by a part of the person\'s e-mail (wildcards taken literally) and by period, and pages within the filter', async () => {
    const admin = as(c.app, c.admin);
    const rita = await personWith(c, 'rita_100%@valdoria.example.org', [grant.administration(VALDORIA)]);
    // Within the sessions' eight idle hours: three changes at 10:00, one of Rita's at 11:00, one more at 12:00.
    clock.set('2026-03-10T10:00:00.000Z');
    for (let i = 1; i <= 3; i++) {
      await admin.post(apiPaths.services, { administrationId: VALDORIA, name: `Servizio ${i}` });
      clock.advance(1000);
    }
    clock.set('2026-03-10T11:00:00.000Z');
    await as(c.app, rita).post(apiPaths.services, { administrationId: VALDORIA, name: 'Servizio di Rita' });
    clock.set('2026-03-10T12:00:00.000Z');
    await admin.post(apiPaths.services, { administrationId: VALDORIA, name: 'Servizio 4' });
    const ask = async (query: string) => ((await admin.get(`${apiPaths.audit}?administrationId=${VALDORIA}&${query}`)).body as { action: string; at: string; id: string; actor: { email: string } | null; details: { name?: string } }[]);
    // By kind of item: the five services, not the person made for the test.
    expect((await ask('targetType=service')).map((e) => e.details.name)).toEqual(['Servizio 4', 'Servizio di Rita', 'Servizio 3', 'Servizio 2', 'Servizio 1']);
    // By a part of the e-mail, letter case aside; % and _ are the address's own characters, not wildcards.
    expect((await ask('targetType=service&actor=RITA_100%25')).map((e) => e.details.name)).toEqual(['Servizio di Rita']);
    expect(await ask('targetType=service&actor=rita%25100')).toEqual([]);
    // By period: from 10:30 to 11:30.
    expect((await ask(`targetType=service&after=2026-03-10T10:30:00.000Z&before=2026-03-10T11:30:00.000Z`)).map((e) => e.details.name)).toEqual(['Servizio di Rita']);
    // Paging inside a filter: two at a time, every service once.
    const first = await ask('targetType=service&limit=2');
    const last = first.at(-1)!;
    const next = await ask(`targetType=service&limit=2&before=${encodeURIComponent(last.at)}&beforeId=${encodeURIComponent(last.id)}`);
    expect([...first, ...next].map((e) => e.details.name)).toEqual(['Servizio 4', 'Servizio di Rita', 'Servizio 3', 'Servizio 2']);
    // An unknown kind is refused, not read as "everything".
    expect((await admin.get(`${apiPaths.audit}?targetType=votes`)).status).toBe(400);
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

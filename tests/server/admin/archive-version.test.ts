// Archiving from an older list: an archive sent with the version the list showed is refused 409 stale when
// someone changed the service, office, terminal or administration since (naming who and when, archiving
// nothing and logging no archive), done on the current version, and done as always without one (no body, or
// a body without version); on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { createUser } from '../../../server/store/create-user';
import { movableClock, signInAs, startCollector, TEST_PASSWORD, type TestCollector } from '../helpers/test-collector';
import { as, createOtherAdministration, grant, type OtherAdministration } from './admin-api';

const clock = movableClock('2026-03-04T09:00:00.000Z');

let c: TestCollector;
let anna: ReturnType<typeof as>;
let bruno: ReturnType<typeof as>;

async function installationAdmin(email: string, name: string) {
  await createUser(c.store.db, { email, name, password: TEST_PASSWORD, grants: [grant.installation()] }, null, clock.now());
  return as(c.app, await signInAs(c.app, email));
}

beforeAll(async () => {
  c = await startCollector({ now: clock.now });
  anna = await installationAdmin('anna@cst.example.org', 'Anna Rossi');
  bruno = await installationAdmin('bruno@cst.example.org', 'Bruno Bianchi');
});
afterAll(async () => c?.close());

const later = () => clock.advance(60_000);

interface Listed {
  id: string;
  version: string;
  archivedAt: string | null;
}

/** Each archivable item: where its list is, how Anna changes it, how it is archived, and what its archiving stops. */
const KINDS = [
  {
    what: 'service',
    id: (o: OtherAdministration) => o.serviceId,
    list: (o: OtherAdministration) => apiPaths.administrationServices(o.administrationId),
    change: (id: string, version: string) => anna.patch(apiPaths.service(id), { name: 'Anagrafe e stato civile', version }),
    archive: apiPaths.serviceArchive,
    /** Still live: the totem still offers it. */
    stillWorking: async (o: OtherAdministration) => expect((await anna.get(apiPaths.terminal(o.terminalId))).body.serviceIds).toContain(o.serviceId),
  },
  {
    what: 'office',
    id: (o: OtherAdministration) => o.officeId,
    list: (o: OtherAdministration) => apiPaths.administrationOffices(o.administrationId),
    change: (id: string, version: string) => anna.patch(apiPaths.office(id), { address: 'Piazza del Municipio 1', version }),
    archive: apiPaths.officeArchive,
    stillWorking: async (o: OtherAdministration) => expect((await anna.get(apiPaths.terminal(o.terminalId))).body.archivedAt).toBeNull(),
  },
  {
    what: 'terminal',
    id: (o: OtherAdministration) => o.terminalId,
    list: (o: OtherAdministration) => apiPaths.officeTerminals(o.officeId),
    change: (id: string, version: string) => anna.patch(apiPaths.terminal(id), { name: 'Totem dell’ingresso', version }),
    archive: apiPaths.terminalArchive,
    stillWorking: async (o: OtherAdministration) => expect((await anna.get(apiPaths.terminal(o.terminalId))).body.archivedAt).toBeNull(),
  },
  {
    what: 'administration',
    id: (o: OtherAdministration) => o.administrationId,
    list: () => apiPaths.administrations,
    change: (id: string, version: string) => anna.patch(apiPaths.administration(id), { name: `Comune di Montalto (${id})`, version }),
    archive: apiPaths.administrationArchive,
    stillWorking: async (o: OtherAdministration) => expect((await anna.get(apiPaths.office(o.officeId))).body.archivedAt).toBeNull(),
  },
] as const;

describe.each(KINDS)('archiving a $what', (kind) => {
  const read = async (who: typeof anna, o: OtherAdministration) => ((await who.get(kind.list(o))).body as Listed[]).find((i) => i.id === kind.id(o))!;
  const archives = async (id: string) =>
    c.store.db.selectFrom('audit_log').select('id').where('action', '=', `${kind.what}.archive`).where('target_id', '=', id).execute();

  it('refuses Bruno\'s archive from the list he read before Anna changed it: nothing archived, no archive logged', async () => {
    const o = await createOtherAdministration(c);
    const id = kind.id(o);
    const listed = await read(bruno, o);
    expect(listed.version).toMatch(/^[\w-]{22}$/);
    later();
    const changed = await kind.change(id, listed.version);
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const refused = await bruno.post(kind.archive(id), { version: listed.version });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'stale', changed: { by: 'Anna Rossi', at: clock.now().toISOString() } });
    expect(refused.body.error.message).toMatch(new RegExp(`^This ${kind.what} was changed by someone else`));
    expect((await read(bruno, o)).archivedAt).toBeNull();
    await kind.stillWorking(o);
    expect(await archives(id)).toEqual([]);
    // Read again, his archive goes through.
    later();
    const again = await bruno.post(kind.archive(id), { version: (await read(bruno, o)).version });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.archivedAt).toBe(clock.now().toISOString());
    expect(await archives(id)).toHaveLength(1);
  });

  it('says so in Italian when asked in Italian', async () => {
    const o = await createOtherAdministration(c);
    const refused = await c.app.inject({ method: 'POST', url: kind.archive(kind.id(o)), headers: { ...c.admin.headers, 'accept-language': 'it' }, payload: { version: 'an-older-version' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('stale');
    expect(refused.json().error.message).toMatch(/da qualcun altro dopo la versione che hai letto/);
    expect((await read(anna, o)).archivedAt).toBeNull();
  });

  it('archives without a version as before (no body, or a body without one), and refuses unknown fields', async () => {
    const first = await createOtherAdministration(c);
    expect((await bruno.post(kind.archive(kind.id(first)), { versione: 'x' })).status).toBe(400);
    const bare = await bruno.post(kind.archive(kind.id(first)));
    expect(bare.status, JSON.stringify(bare.body)).toBe(200);
    expect(bare.body.archivedAt).not.toBeNull();
    const second = await createOtherAdministration(c);
    const empty = await bruno.post(kind.archive(kind.id(second)), {});
    expect(empty.status, JSON.stringify(empty.body)).toBe(200);
    expect(empty.body.archivedAt).not.toBeNull();
  });

  it('leaves one already archived as it is, whatever the version', async () => {
    const o = await createOtherAdministration(c);
    const listed = await read(bruno, o);
    later();
    expect((await kind.change(kind.id(o), listed.version)).status).toBe(200);
    expect((await anna.post(kind.archive(kind.id(o)))).status).toBe(200);
    const twice = await bruno.post(kind.archive(kind.id(o)), { version: listed.version });
    expect(twice.status, JSON.stringify(twice.body)).toBe(200);
    expect(await archives(kind.id(o))).toHaveLength(1);
  });
});

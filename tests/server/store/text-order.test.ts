// Lists people read come out in one order on SQLite and on PostgreSQL: by code point, whatever the database's locale.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { startCollector, type TestCollector } from '../helpers/test-collector';
import { as, grant } from '../admin/admin-api';

// In an Italian (or any ICU) collation "Ufficio a" comes before "Ufficio B", "Àrea" before "Zona",
// and "_", "-", "." are weighed differently: each pair below sorts differently there than in SQLite.
const NAMES = ['Ufficio a', 'Ufficio B', 'ufficio c', 'Àrea tecnica', 'Zona', '_interno', 'Ufficio-a', 'Ufficio 2'];
/** JavaScript's default sort: UTF-16 code units, the same as code points for these names. */
const codePointOrder = (names: readonly string[]) => [...names].sort();

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;

async function created(kind: string, res: { status: number; body: { id: string } }): Promise<string> {
  if (res.status >= 300) throw new Error(`${kind}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

describe('text order', () => {
  it('lists services, offices, terminals and administrations by name in code-point order', async () => {
    const admin = as(c.app, c.admin);
    // Created out of order, so insertion order cannot pass for sorting.
    const shuffled = [...NAMES].reverse();
    const serviceIds = [];
    for (const name of shuffled) serviceIds.push(await created('service', await admin.post(apiPaths.services, { administrationId: VALDORIA, name })));
    for (const name of shuffled) await created('office', await admin.post(apiPaths.offices, { administrationId: VALDORIA, name }));
    const officeId = DEMO.offices[0]!.id;
    for (const name of shuffled) await created('terminal', await admin.post(apiPaths.terminals, { officeId, name, mode: 'totem', serviceIds: serviceIds.slice(0, 2) }));
    for (const name of shuffled) await created('administration', await admin.post(apiPaths.administrations, { name }));

    const lists = {
      services: (await admin.get(apiPaths.administrationServices(VALDORIA))).body,
      offices: (await admin.get(apiPaths.administrationOffices(VALDORIA))).body,
      terminals: (await admin.get(apiPaths.officeTerminals(officeId))).body,
      administrations: (await admin.get(apiPaths.administrations)).body,
    };
    for (const [kind, list] of Object.entries(lists)) {
      const names = (list as { name: string }[]).map((x) => x.name);
      expect(names, kind).toEqual(expect.arrayContaining(NAMES));
      expect(names, kind).toEqual(codePointOrder(names));
    }
  });

  it('lists the offices of the report picker by administration, then office, in code-point order', async () => {
    const admin = as(c.app, c.admin);
    for (const name of [...NAMES].reverse()) {
      const administrationId = await created('administration', await admin.post(apiPaths.administrations, { name }));
      await created('office', await admin.post(apiPaths.offices, { administrationId, name: 'Sede' }));
    }
    const offices = (await admin.get(apiPaths.offices)).body as { administration: { name: string } }[];
    const names = offices.map((o) => o.administration.name);
    expect(names).toEqual(expect.arrayContaining(NAMES));
    expect(names).toEqual(codePointOrder(names));
  });

  it('lists people by e-mail in code-point order', async () => {
    const admin = as(c.app, c.admin);
    const emails = ['a_b@example.org', 'a.b@example.org', 'ab@example.org', 'a-b@example.org', 'a1@example.org'];
    for (const email of emails) await created('user', await admin.post(apiPaths.users, { email, name: email, password: 'a long enough password', grants: [grant.viewer(VALDORIA)] }));
    const listed = ((await admin.get(apiPaths.users)).body as { email: string }[]).map((u) => u.email);
    expect(listed).toEqual(expect.arrayContaining(emails));
    expect(listed).toEqual(codePointOrder(listed));
  });
});

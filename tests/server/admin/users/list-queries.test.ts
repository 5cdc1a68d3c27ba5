// The people list reads everyone and their roles in a fixed number of queries: 300 people once took
// 606 (two per person, one after the other), whatever the lister's scope.
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../../server/app';
import { apiPaths } from '../../../../server/contract/api';
import { DEMO } from '../../../../server/store/seed-demo';
import { personWith, startCollector, type TestCollector } from '../../helpers/test-collector';
import { as, grant } from '../admin-api';

const VALDORIA = DEMO.administration.id;
const MUNICIPIO = DEMO.offices[0]!.id;

let c: TestCollector;
let counted: Awaited<ReturnType<typeof buildApp>>['app'];
let queries = 0;
/** Counts every statement the second app sends to the store. */
const counter: KyselyPlugin = {
  transformQuery: (args) => (queries++, args.node),
  transformResult: async (args) => args.result,
};

beforeAll(async () => {
  c = await startCollector();
  // A second app over the same store, its queries counted; the first one's sessions hold for it too.
  counted = (await buildApp(c.config, { store: { ...c.store, db: c.store.db.withPlugin(counter) }, jobsOnTimer: false })).app;
  await counted.ready();
});
afterAll(async () => {
  await counted?.close();
  await c?.close();
});

/** People stored as createUser stores them, without hashing a password for each. */
async function addPeople(from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    const id = `bulk-${i}`;
    await c.store.db.insertInto('users').values({ id, email: `bulk${i}@example.org`, name: `Persona ${i}`, password_hash: 'not-a-hash', created_at: new Date().toISOString() }).execute();
    const role = i % 2 ? grant.viewer(VALDORIA) : grant.office(VALDORIA, MUNICIPIO);
    await c.store.db.insertInto('grants').values({ user_id: id, role: role.role, administration_id: role.administrationId, office_id: role.officeId }).execute();
  }
}

async function countedList(who: Parameters<typeof as>[1]): Promise<{ people: number; queries: number }> {
  queries = 0;
  const res = await as(counted, who).get(apiPaths.users);
  expect(res.status).toBe(200);
  return { people: res.body.length, queries };
}

describe('GET /users', () => {
  it('costs the same few queries for 5 people as for 55, for an installation admin and an administration admin', async () => {
    const admin = await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]);
    await addPeople(0, 5);
    const few = await countedList(c.admin);
    const fewAdmin = await countedList(admin);
    await addPeople(5, 50);
    const many = await countedList(c.admin);
    const manyAdmin = await countedList(admin);
    expect(many.people - few.people).toBe(50);
    expect(manyAdmin.people - fewAdmin.people).toBe(50);
    expect(many.queries).toBe(few.queries);
    expect(manyAdmin.queries).toBe(fewAdmin.queries);
    expect(many.queries).toBeLessThanOrEqual(6);
  });
});

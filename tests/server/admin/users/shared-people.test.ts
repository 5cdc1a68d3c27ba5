// A person with roles in two administrations is managed by whoever could hand out every one of their roles:
// an admin of both lists, opens, changes and subscribes them; an admin of one alone sees nothing of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { subscriptionPaths } from '../../../../server/contract/subscriptions';
import { DEMO } from '../../../../server/store/seed-demo';
import { MATRIX_MAIL_ENV } from '../../helpers/subscription-items';
import { personWith, startCollector, type TestCollector } from '../../helpers/test-collector';
import { as, createOtherAdministration, grant, type OtherAdministration } from '../admin-api';

const VALDORIA = DEMO.administration.id;
const PASSWORD = 'a long enough password';

let c: TestCollector;
let other: OtherAdministration;
let both: ReturnType<typeof as>;
let one: ReturnType<typeof as>;
let sharedId: string;

beforeAll(async () => {
  c = await startCollector({ env: MATRIX_MAIL_ENV });
  other = await createOtherAdministration(c);
  both = as(c.app, await personWith(c, 'both@example.org', [grant.administration(VALDORIA), grant.administration(other.administrationId)]));
  one = as(c.app, await personWith(c, 'one@example.org', [grant.administration(VALDORIA)]));
  const created = await both.post(apiPaths.users, { email: 'shared@example.org', name: 'Condivisa', password: PASSWORD, grants: [grant.viewer(VALDORIA), grant.viewer(other.administrationId)] });
  expect(created.status).toBe(201);
  sharedId = created.body.id;
});
afterAll(async () => c?.close());

const emails = (body: { email: string }[]) => body.map((u) => u.email);

describe('a person shared between two administrations', () => {
  it('is listed, opened, changed and disabled by the admin of both', async () => {
    expect(emails((await both.get(apiPaths.users)).body)).toContain('shared@example.org');
    expect(emails((await both.get(`${apiPaths.users}?administrationId=${other.administrationId}`)).body)).toContain('shared@example.org');
    expect((await both.get(apiPaths.user(sharedId))).status).toBe(200);
    const renamed = await both.patch(apiPaths.user(sharedId), { name: 'Condivisa due' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Condivisa due');
    expect((await both.patch(apiPaths.user(sharedId), { disabled: true })).status).toBe(200);
    expect((await both.patch(apiPaths.user(sharedId), { disabled: false })).status).toBe(200);
  });

  it('is subscribed to a report by the admin of both', async () => {
    const res = await both.post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId: sharedId, frequency: 'monthly' });
    expect(res.status).toBe(201);
  });

  it('stays hidden from, and refused to, an admin of one of the two; their roles elsewhere are not shown', async () => {
    const list = await one.get(apiPaths.users);
    expect(emails(list.body)).not.toContain('shared@example.org');
    expect(JSON.stringify(list.body)).not.toContain(other.administrationId);
    const read = await one.get(apiPaths.user(sharedId));
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.body)).not.toContain(other.administrationId);
    expect((await one.patch(apiPaths.user(sharedId), { name: 'Presa' })).status).toBe(403);
    expect((await one.patch(apiPaths.user(sharedId), { disabled: true })).status).toBe(403);
    const subscribed = await one.post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId: sharedId, frequency: 'weekly' });
    expect(subscribed.status).toBe(400);
    expect(subscribed.body.error.problems[0].field).toBe('/userId');
  });

  it('an installation admin stays out of reach of an admin of every administration', async () => {
    const adminId = (await as(c.app, c.admin).get(apiPaths.session)).body.user.id as string;
    expect(emails((await both.get(apiPaths.users)).body)).not.toContain((await as(c.app, c.admin).get(apiPaths.session)).body.user.email);
    expect((await both.get(apiPaths.user(adminId))).status).toBe(403);
  });
});

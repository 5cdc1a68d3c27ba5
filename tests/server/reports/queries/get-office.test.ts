// GET /offices: the offices whose reports one may read; archived ones too when asked (?archived=include), tagged with when.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { DEMO } from '../../../../server/store/seed-demo';
import { as, createOtherAdministration, grant, type OtherAdministration } from '../../admin/admin-api';
import { personWith, startCollector, type TestCollector } from '../../helpers/test-collector';

const VALDORIA = DEMO.administration.id;
const [MUNICIPIO, SAN_ROCCO] = DEMO.offices.map((o) => o.id) as [string, string];
let c: TestCollector;
let other: OtherAdministration;
let archivedAt: string;

beforeAll(async () => {
  c = await startCollector();
  other = await createOtherAdministration(c);
  const archived = await as(c.app, c.admin).post(apiPaths.officeArchive(SAN_ROCCO));
  expect(archived.status).toBe(200);
  archivedAt = archived.body.archivedAt;
  expect((await as(c.app, c.admin).post(apiPaths.officeArchive(other.officeId))).status).toBe(200);
});
afterAll(async () => c?.close());

const summary = (body: { id: string; archivedAt?: string }[]) => body.map((o) => [o.id, o.archivedAt ?? null]);

describe('GET /offices', () => {
  it('lists live offices only by default, none tagged', async () => {
    const res = await as(c.app, c.admin).get(apiPaths.offices);
    expect(res.status).toBe(200);
    expect(summary(res.body).filter(([id]) => id!.startsWith(VALDORIA))).toEqual([[MUNICIPIO, null]]);
    expect(res.body.map((o: { id: string }) => o.id)).not.toContain(other.officeId);
  });

  it('with ?archived=include, adds the archived ones, each with when it was archived', async () => {
    const res = await as(c.app, c.admin).get(`${apiPaths.offices}?archived=include`);
    expect(res.status).toBe(200);
    const valdoria = summary(res.body).filter(([id]) => id!.startsWith(VALDORIA));
    expect(valdoria).toEqual([
      [MUNICIPIO, null],
      [SAN_ROCCO, archivedAt],
    ]);
    expect(res.body.find((o: { id: string }) => o.id === SAN_ROCCO)).toMatchObject({ name: DEMO.offices[1]!.name, administration: { id: VALDORIA } });
    expect(res.body.map((o: { id: string }) => o.id)).toContain(other.officeId);
    expect((await as(c.app, c.admin).get(`${apiPaths.offices}?archived=exclude`)).body.map((o: { id: string }) => o.id)).not.toContain(SAN_ROCCO);
    expect((await as(c.app, c.admin).get(`${apiPaths.offices}?archived=yes`)).status).toBe(400);
  });

  it('keeps to the reader\'s scope, archived offices included', async () => {
    const viewer = as(c.app, await personWith(c, 'v@example.org', [grant.viewer(VALDORIA)]));
    const mine = (await viewer.get(`${apiPaths.offices}?archived=include`)).body.map((o: { id: string }) => o.id);
    expect(mine.sort()).toEqual([MUNICIPIO, SAN_ROCCO].sort());
    const manager = as(c.app, await personWith(c, 'm@example.org', [grant.office(VALDORIA, MUNICIPIO)]));
    expect((await manager.get(`${apiPaths.offices}?archived=include`)).body.map((o: { id: string }) => o.id)).toEqual([MUNICIPIO]);
  });
});

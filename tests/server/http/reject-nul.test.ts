// Text with the NUL character is refused with a 400 on both stores, before anything reads or stores it (PostgreSQL failed with a 500).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { countRows, makeVote, postVotes, startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
});
afterAll(async () => c?.close());

describe('the NUL character', () => {
  it('in a path parameter: 400 naming it (found by route fuzzing: PostgreSQL answered 500)', async () => {
    const res = await as(c.app, c.admin).get(`/api/v1/offices/${encodeURIComponent('valdoria\u0000x')}/channel-points`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', problems: [{ field: '/params/officeId', reason: expect.stringContaining('U+0000') }] });
  });

  it('in a query string: 400', async () => {
    const res = await as(c.app, c.admin).get(`/api/v1/offices/${DEMO.offices[0]!.id}/report?from=2026-03-01%00&to=2026-03-31`);
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([{ field: '/query/from', reason: expect.stringContaining('U+0000') }]);
  });

  it('in a body: 400, and nothing stored', async () => {
    const before = (await c.store.db.selectFrom('offices').select('id').execute()).length;
    const res = await as(c.app, c.admin).post(apiPaths.offices, { administrationId: DEMO.administration.id, name: 'Sede\u0000 nuova' });
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([{ field: '/name', reason: expect.stringContaining('U+0000') }]);
    expect((await c.store.db.selectFrom('offices').select('id').execute()).length).toBe(before);
  });

  it('in a vote: 400 for the whole batch, nothing stored', async () => {
    const res = await postVotes(c, [makeVote(), makeVote({ serviceId: 'valdoria-\u0000anagrafe' })]);
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([{ field: '/votes/1/serviceId', reason: expect.stringContaining('U+0000') }]);
    expect(await countRows(c.store, 'votes')).toBe(0);
  });
});

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

describe('half of a surrogate pair', () => {
  it('in a name: 400 naming the field, nothing stored; a whole pair (an emoji) is fine', async () => {
    const admin = as(c.app, c.admin);
    const before = (await c.store.db.selectFrom('administrations').select('id').execute()).length;
    // Stored, it came back as bytes that are not UTF-8: "A\uFFFD\uFFFD\uFFFDB".
    for (const name of ['A\uD800B', 'Fine\uDC00', '\uDBFF']) {
      const res = await admin.post(apiPaths.administrations, { name });
      expect(res.status, name).toBe(400);
      expect(res.body.error.problems).toEqual([{ field: '/name', reason: expect.stringContaining('UTF-16') }]);
    }
    expect((await c.store.db.selectFrom('administrations').select('id').execute()).length).toBe(before);
    expect((await admin.post(apiPaths.administrations, { name: 'Comune di Prova \u{1F600}' })).status).toBe(201);
  });

  it('in a key of the body: 400 naming it', async () => {
    const res = await as(c.app, c.admin).post(apiPaths.offices, { administrationId: DEMO.administration.id, name: 'Sede', ['x\uD800']: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([{ field: '/x\uD800', reason: expect.stringContaining('UTF-16') }]);
  });
});

describe('a body nested deeper than any request', () => {
  it('is a 400, not a 500, even before signing in (10,000 nested arrays overflowed the call stack)', async () => {
    const deep = `{"email":"a@b.it","password":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = await c.app.inject({ method: 'POST', url: apiPaths.session, headers: { 'content-type': 'application/json' }, payload: deep });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems).toEqual([{ field: expect.stringMatching(/^\/password(\/0)+$/), reason: expect.stringContaining('levels') }]);
  });
});

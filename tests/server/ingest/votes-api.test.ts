// POST /api/v1/votes: idempotent storing, all-or-nothing validation, error shapes, durability across a restart.
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { apiPaths } from '../../../server/contract/api';
import { ERROR_CODES } from '../../../server/contract/errors';
import { MAX_VOTES_PER_BATCH } from '../../../server/contract/vote';
import { asTerminal, COUNTER, countRows, makeTempDir, makeVote, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
afterEach(async () => c?.close());

function expectErrorShape(body: unknown, code: string) {
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
  expect(ERROR_CODES).toContain(code);
  expect((body as { error: { message: string } }).error.message.length).toBeGreaterThan(0);
}

describe('storing and resending', () => {
  it('stores a vote once, and a resend answers already-stored', async () => {
    c = await startCollector();
    const vote = makeVote();
    const first = await postVotes(c, [vote]);
    expect(first.status).toBe(200);
    expect(first.body.results).toEqual([{ id: vote.id, status: 'stored' }]);
    const again = await postVotes(c, [vote, makeVote()]);
    expect(again.status).toBe(200);
    expect(again.body.results[0]).toEqual({ id: vote.id, status: 'already-stored' });
    expect(again.body.results[1].status).toBe('stored');
    expect(await countRows(c.store, 'votes')).toBe(2);
    const counted = await c.store.db.selectFrom('face_counts').select((eb) => eb.fn.sum<number>('count').as('n')).executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(2);
  });

  it('stores a vote once when its id appears twice in one batch', async () => {
    c = await startCollector();
    const vote = makeVote();
    const res = await postVotes(c, [vote, { ...vote }]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { status: string }) => r.status).sort()).toEqual(['already-stored', 'stored']);
    expect(await countRows(c.store, 'votes')).toBe(1);
    const [face] = await c.store.db.selectFrom('face_counts').select('count').execute();
    expect(face?.count).toBe(1);
  });

  it('takes the same vote written with its keys in another order as the same vote', async () => {
    c = await startCollector();
    const vote = makeVote();
    const reordered = Object.fromEntries(Object.entries(vote).reverse());
    const res = await postVotes(c, [vote, reordered]);
    expect(res.status).toBe(200);
    expect(await countRows(c.store, 'votes')).toBe(1);
  });

  it('treats an id in upper case as the same vote', async () => {
    c = await startCollector();
    const vote = makeVote();
    await postVotes(c, [vote]);
    const res = await postVotes(c, [{ ...vote, id: vote.id.toUpperCase() }]);
    expect(res.body.results[0].status).toBe('already-stored');
    expect(await countRows(c.store, 'votes')).toBe(1);
  });

  it('refuses one id used for two different votes in a batch, even in another letter case', async () => {
    c = await startCollector();
    const vote = makeVote();
    const other = { ...makeVote({ face: 'sufficiente' }), id: vote.id.toUpperCase() };
    const res = await postVotes(c, [vote, other]);
    expect(res.status).toBe(400);
    expectErrorShape(res.body, 'votes_invalid');
    expect(res.body.error.problems).toEqual([expect.objectContaining({ field: '/votes/1/id', voteId: other.id })]);
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it('keeps stored votes after the store is closed and reopened from the same directory', async () => {
    const dir = makeTempDir();
    try {
      c = await startCollector({ dir });
      const votes = [makeVote(), makeVote({ face: 'negativo', reasons: ['valdoria-attesa'], followUp: 'chosen' })];
      expect((await postVotes(c, votes)).status).toBe(200);
      await c.close();
      c = await startCollector({ dir });
      expect(await countRows(c.store, 'votes')).toBe(2);
      expect(await countRows(c.store, 'vote_reasons')).toBe(1);
      const res = await postVotes(c, votes);
      expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['already-stored', 'already-stored']);
      await c.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('schema validation', () => {
  const cases: [string, (v: Record<string, unknown>) => void, string][] = [
    ['a face not on any scale', (v) => (v.face = 'felice'), '/votes/1/face'],
    ['a missing field', (v) => delete v.serviceId, '/votes/1/serviceId'],
    ['an extra field', (v) => (v.rating = 5), '/votes/1/rating'],
    ['an id that is not a uuid', (v) => (v.id = 'not-a-uuid'), '/votes/1/id'],
    ['a castAt that is not a date', (v) => (v.castAt = 'yesterday'), '/votes/1/castAt'],
    ['a castAt without a time zone', (v) => (v.castAt = '2026-03-10T09:15:00'), '/votes/1/castAt'],
    ['an unknown followUp', (v) => (v.followUp = 'maybe'), '/votes/1/followUp'],
    ['an id in urn:uuid: form (the same vote could be stored twice)', (v) => (v.id = `urn:uuid:${v.id}`), '/votes/1/id'],
    ['reasons as a string rather than a list (no type coercion)', (v) => ((v.face = 'negativo'), (v.followUp = 'chosen'), (v.reasons = 'valdoria-attesa')), '/votes/1/reasons'],
    ['a numeric serviceId (no type coercion)', (v) => (v.serviceId = 123), '/votes/1/serviceId'],
  ];
  it.each(cases)('refuses %s with 400 validation_failed naming the field, storing nothing', async (_name, spoil, field) => {
    c = await startCollector();
    const bad: Record<string, unknown> = { ...makeVote() };
    spoil(bad);
    const res = await postVotes(c, [makeVote(), bad, makeVote()]);
    expect(res.status).toBe(400);
    expectErrorShape(res.body, 'validation_failed');
    expect(res.body.error.message).toMatch(/nothing was stored/);
    expect(res.body.error.problems.map((p: { field: string }) => p.field)).toContain(field);
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it('refuses an empty batch and one over the limit', async () => {
    c = await startCollector();
    const empty = await postVotes(c, []);
    expect(empty.status).toBe(400);
    expectErrorShape(empty.body, 'validation_failed');
    expect(empty.body.error.problems[0].field).toBe('/votes');
    const many = Array.from({ length: MAX_VOTES_PER_BATCH + 1 }, () => makeVote());
    const tooMany = await postVotes(c, many);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.problems[0].field).toBe('/votes');
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it('accepts a full batch of the maximum size', async () => {
    c = await startCollector();
    const res = await postVotes(c, Array.from({ length: MAX_VOTES_PER_BATCH }, () => makeVote()));
    expect(res.status).toBe(200);
    expect(await countRows(c.store, 'votes')).toBe(MAX_VOTES_PER_BATCH);
  });
});

describe('referential checks', () => {
  it('lists every bad vote with its id and stores none of the batch', async () => {
    c = await startCollector();
    await c.store.db.insertInto('administrations').values({ id: 'altrove', name: 'Comune di Altrove', created_at: '2026-01-01T00:00:00Z' }).execute();
    await c.store.db
      .insertInto('reasons')
      .values({ id: 'altrove-attesa', administration_id: 'altrove', code: 'attesa', label: 'Attesa', dimension: 'timeliness', position: 0, archived_at: null })
      .execute();
    const bad = [
      makeVote({ serviceId: 'valdoria-biblioteca' }),
      makeVote({ face: 'negativo', reasons: ['altrove-attesa'], followUp: 'chosen' }),
      makeVote({ face: 'negativo', reasons: ['valdoria-nessuna'], followUp: 'chosen' }),
      makeVote({ face: 'positivo', reasons: ['valdoria-attesa'], followUp: 'not-asked' }),
      makeVote({ face: 'positivo', followUp: 'skipped' }),
      makeVote({ face: 'negativo', reasons: ['valdoria-attesa'], followUp: 'not-asked' }),
      makeVote({ face: 'negativo', followUp: 'chosen' }),
      makeVote({ face: 'negativo', reasons: ['valdoria-altro'], followUp: 'skipped' }),
    ];
    const good = makeVote();
    const res = await postVotes(c, [good, ...bad]);
    expect(res.status).toBe(400);
    expectErrorShape(res.body, 'votes_invalid');
    const problems: { field: string; voteId: string }[] = res.body.error.problems;
    expect(new Set(problems.map((p) => p.voteId))).toEqual(new Set(bad.map((v) => v.id)));
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['/votes/1/serviceId', '/votes/2/reasons/0', '/votes/3/reasons/0', '/votes/4/reasons', '/votes/5/followUp', '/votes/6/reasons', '/votes/7/reasons', '/votes/8/reasons']),
    );
    expect(await countRows(c.store, 'votes')).toBe(0);
    expect(await countRows(c.store, 'face_counts')).toBe(0);
  });

  it('accepts a negative vote whose terminal did not ask why (no reasons configured, or a terminal without the question)', async () => {
    c = await startCollector();
    const res = await postVotes(c, [makeVote({ face: 'negativo', reasons: [], followUp: 'not-asked' })]);
    expect(res.status).toBe(200);
    expect(await countRows(c.store, 'votes')).toBe(1);
    expect(await countRows(c.store, 'follow_up_counts')).toBe(0);
  });

  it('refuses a vote for an archived service', async () => {
    c = await startCollector();
    await c.store.db.updateTable('services').set({ archived_at: '2026-01-01T00:00:00Z' }).where('id', '=', 'valdoria-urp').execute();
    const res = await postVotes(c, [makeVote({ serviceId: 'valdoria-urp' })]);
    expect(res.status).toBe(400);
    expect(res.body.error.problems[0].field).toBe('/votes/0/serviceId');
  });

  it('answers 404 terminal_unknown for a terminal of an archived office', async () => {
    c = await startCollector();
    await c.store.db.updateTable('offices').set({ archived_at: '2026-01-01T00:00:00Z' }).where('id', '=', TOTEM.officeId).execute();
    const res = await postVotes(c, [makeVote()]);
    expect(res.status).toBe(404);
    expectErrorShape(res.body, 'terminal_unknown');
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it('answers 404 terminal_unknown for an archived terminal, whose token still names it', async () => {
    c = await startCollector();
    await c.store.db.updateTable('terminals').set({ archived_at: '2026-01-01T00:00:00Z' }).where('id', '=', TOTEM.id).execute();
    const res = await postVotes(c, [makeVote()]);
    expect(res.status).toBe(404);
    expectErrorShape(res.body, 'terminal_unknown');
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it('answers 403 forbidden for a terminal that is not registered, sent with another terminal\'s token', async () => {
    c = await startCollector();
    const res = await postVotes(c, [makeVote()], 'valdoria-fantasma', c.tokens[TOTEM.id]);
    expect(res.status).toBe(403);
    expectErrorShape(res.body, 'forbidden');
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it('answers 403 forbidden for votes of a real terminal sent with another terminal\'s token', async () => {
    c = await startCollector();
    const res = await postVotes(c, [makeVote({ serviceId: COUNTER.services[0]! })], COUNTER.id, c.tokens[TOTEM.id]);
    expect(res.status).toBe(403);
    expectErrorShape(res.body, 'forbidden');
    expect(res.body.error.message).toContain(TOTEM.id);
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it.each([
    ['no Authorization header', {}],
    ['an unknown token', asTerminal('not-a-token-of-this-collector')],
    ['another scheme', { authorization: 'Basic dGVzdDp0ZXN0' }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('answers 401 terminal_not_enrolled for %s, storing nothing', async (_name, headers) => {
    c = await startCollector();
    const res = await c.app.inject({ method: 'POST', url: apiPaths.votes, payload: { terminalId: TOTEM.id, votes: [makeVote()] }, headers });
    expect(res.statusCode).toBe(401);
    expectErrorShape(res.json(), 'terminal_not_enrolled');
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it('does not take a person\'s session instead of a device token', async () => {
    c = await startCollector();
    const res = await c.app.inject({ method: 'POST', url: apiPaths.votes, payload: { terminalId: TOTEM.id, votes: [makeVote()] }, headers: c.admin.headers });
    expect(res.statusCode).toBe(401);
    expectErrorShape(res.json(), 'terminal_not_enrolled');
    expect(await countRows(c.store, 'votes')).toBe(0);
  });
});

describe('transport errors', () => {
  it('answers 413 body_too_large over 512 KiB', async () => {
    c = await startCollector();
    const payload = JSON.stringify({ terminalId: TOTEM.id, votes: [makeVote()], padding: 'x'.repeat(513 * 1024) });
    const res = await c.app.inject({ method: 'POST', url: apiPaths.votes, headers: { 'content-type': 'application/json', ...asTerminal(c.tokens[TOTEM.id]!) }, payload });
    expect(res.statusCode).toBe(413);
    expectErrorShape(res.json(), 'body_too_large');
  });

  it.each(['application/xml', 'text/plain', 'application/x-www-form-urlencoded'])('answers 415 for a body sent as %s', async (type) => {
    c = await startCollector();
    const payload = JSON.stringify({ terminalId: TOTEM.id, votes: [makeVote()] });
    const res = await c.app.inject({ method: 'POST', url: apiPaths.votes, headers: { 'content-type': type, ...asTerminal(c.tokens[TOTEM.id]!) }, payload });
    expect(res.statusCode).toBe(415);
    expectErrorShape(res.json(), 'unsupported_media_type');
    expect(await countRows(c.store, 'votes')).toBe(0);
  });

  it('answers 400 in the error shape for malformed JSON', async () => {
    c = await startCollector();
    const res = await c.app.inject({ method: 'POST', url: apiPaths.votes, headers: { 'content-type': 'application/json', ...asTerminal(c.tokens[TOTEM.id]!) }, payload: '{"terminalId":' });
    expect(res.statusCode).toBe(400);
    expectErrorShape(res.json(), 'validation_failed');
  });

  it('answers 404 not_found in the error shape for an unknown route', async () => {
    c = await startCollector();
    const res = await c.app.inject({ method: 'GET', url: `/api/v1/nothing-${randomUUID()}` });
    expect(res.statusCode).toBe(404);
    expectErrorShape(res.json(), 'not_found');
  });
});

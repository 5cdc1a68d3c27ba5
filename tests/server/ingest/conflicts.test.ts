// A vote id resent with the same content is harmless; with other content, or from another terminal, it is a conflict, never "stored".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { addAltrove, ALTROVE, COUNTER, countRows, enrol, makeVote, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

describe('vote id conflicts', () => {
  it('answers already-stored to the same vote sent again, in any spelling of its time and reasons', async () => {
    const vote = makeVote({ face: 'negativo', followUp: 'chosen', reasons: ['valdoria-attesa', 'valdoria-altro'], castAt: '2026-03-10T09:15:00Z' });
    expect((await postVotes(c, [vote])).body.results).toEqual([{ id: vote.id, status: 'stored' }]);
    const again = { ...vote, reasons: ['valdoria-altro', 'valdoria-attesa'], castAt: '2026-03-10T09:15:00.000Z' };
    expect((await postVotes(c, [again])).body.results).toEqual([{ id: vote.id, status: 'already-stored' }]);
  });

  it('answers already-stored to a vote resent after its service was archived: it was accepted then, and is counted', async () => {
    const vote = makeVote({ serviceId: 'valdoria-suap' });
    expect((await postVotes(c, [vote])).body.results).toEqual([{ id: vote.id, status: 'stored' }]);
    expect((await c.app.inject({ method: 'POST', url: apiPaths.serviceArchive('valdoria-suap'), headers: c.admin.headers })).statusCode).toBe(200);
    // The answer was lost: the terminal sends it again, with a new one for the same service.
    const fresh = makeVote({ serviceId: 'valdoria-suap' });
    const both = await postVotes(c, [vote, fresh]);
    expect(both.status).toBe(400);
    expect(both.body.error.problems).toEqual([{ field: '/votes/1/serviceId', voteId: fresh.id, reason: expect.any(String) }]);
    const res = await postVotes(c, [vote]);
    expect([res.status, res.body.results]).toEqual([200, [{ id: vote.id, status: 'already-stored' }]]);
    expect(await countRows(c.store, 'votes')).toBe(1);
    // Other content under its id is still a conflict, archived service or not.
    expect((await postVotes(c, [{ ...vote, face: 'negativo', followUp: 'skipped' }])).status).toBe(409);
  });

  it('refuses the same id with other content: 409 naming the vote, nothing of the batch stored', async () => {
    const vote = makeVote();
    await postVotes(c, [vote]);
    const other = makeVote();
    const res = await postVotes(c, [other, { ...vote, face: 'negativo', followUp: 'skipped' }]);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('vote_conflict');
    expect(res.body.error.problems).toEqual([{ field: '/votes/1/id', voteId: vote.id, reason: expect.stringContaining('already used by another vote') }]);
    expect(await countRows(c.store, 'votes')).toBe(1);
  });

  it('refuses an id another terminal used, even in another administration, without saying whose', async () => {
    await addAltrove(c.store);
    const altrove = await enrol(c.app, c.store, ALTROVE.terminalId);
    const vote = makeVote({ serviceId: ALTROVE.serviceId });
    expect((await postVotes(c, [vote], ALTROVE.terminalId, altrove)).status).toBe(200);
    const mine = { ...vote, serviceId: COUNTER.services[0]! };
    const res = await postVotes(c, [mine], COUNTER.id);
    expect(res.status).toBe(409);
    expect(JSON.stringify(res.body)).not.toContain(ALTROVE.terminalId);
    expect(JSON.stringify(res.body)).not.toContain(ALTROVE.administrationId);
  });

  it('refuses even the same content sent by another terminal: the vote is not that terminal\'s to acknowledge', async () => {
    const vote = makeVote({ serviceId: COUNTER.services[0]! });
    expect((await postVotes(c, [vote], COUNTER.id)).status).toBe(200);
    const res = await postVotes(c, [vote], TOTEM.id);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('vote_conflict');
  });

  it('marks a vote whose id another request took at the same moment as a conflict, never as stored', async () => {
    const base = makeVote();
    const a = { ...base, face: 'positivo' as const };
    const b = { ...base, face: 'sufficiente' as const };
    const [ra, rb] = await Promise.all([postVotes(c, [a]), postVotes(c, [b])]);
    // Whichever comes second hears of the conflict: in the receipt if both were in flight, as a 409 if not.
    const statuses = [ra, rb].map((r) => (r.status === 200 ? r.body.results[0].status : r.body.error.code)).sort();
    expect(statuses).toContain('stored');
    expect([['conflict', 'stored'], ['stored', 'vote_conflict']]).toContainEqual(statuses);
    expect(await countRows(c.store, 'votes')).toBe(1);
  });
});

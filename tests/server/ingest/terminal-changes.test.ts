// Votes a terminal queued before staff changed its services or its mode: judged, and counted, by the set-up they were cast under.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { as } from '../admin/admin-api';
import { COUNTER, makeVote, movableClock, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

const CHANGED_AT = '2026-03-16T08:00:00.000Z';
const before = (minutes: number) => new Date(Date.parse(CHANGED_AT) - minutes * 60_000).toISOString();
const after = (minutes: number) => new Date(Date.parse(CHANGED_AT) + minutes * 60_000).toISOString();

let c: TestCollector;
let clock: ReturnType<typeof movableClock>;
beforeEach(async () => {
  clock = movableClock(CHANGED_AT);
  c = await startCollector({ now: clock.now });
});
afterEach(async () => c?.close());

async function stored(id: string) {
  return c.store.db.selectFrom('votes').select(['service_id', 'channel']).where('id', '=', id).executeTakeFirst();
}

describe('a counter moved to another service', () => {
  it('still takes the votes it cast for its former service before the move, and only those', async () => {
    // Friday's votes at the Anagrafe desk, queued over a weekend offline; on Monday staff move the desk to Tributi.
    const patch = await as(c.app, c.admin).patch(apiPaths.terminal(COUNTER.id), { serviceIds: ['valdoria-tributi'] });
    expect(patch.status).toBe(200);
    clock.advance(60 * 60_000);
    const friday = makeVote({ serviceId: 'valdoria-anagrafe', castAt: before(3 * 24 * 60) });
    const lastMinute = makeVote({ serviceId: 'valdoria-anagrafe', castAt: before(1) });
    const monday = makeVote({ serviceId: 'valdoria-tributi', castAt: after(5) });
    const res = await postVotes(c, [friday, lastMinute, monday], COUNTER.id);
    expect(res.status).toBe(200);
    expect(await stored(friday.id)).toEqual({ service_id: 'valdoria-anagrafe', channel: 'sportello' });
    expect(await stored(lastMinute.id)).toEqual({ service_id: 'valdoria-anagrafe', channel: 'sportello' });
    expect(await stored(monday.id)).toEqual({ service_id: 'valdoria-tributi', channel: 'sportello' });

    // After the move the desk no longer takes Anagrafe votes: one cast since is refused, named, and nothing of it stored.
    const late = makeVote({ serviceId: 'valdoria-anagrafe', castAt: after(1) });
    const refused = await postVotes(c, [late], COUNTER.id);
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems).toEqual([{ field: '/votes/0/serviceId', reason: expect.stringContaining('valdoria-anagrafe'), voteId: late.id }]);
    expect(await stored(late.id)).toBeUndefined();
  });

  it('moved back and forth: each service is taken for the time it was on the desk, not before nor after', async () => {
    const admin = as(c.app, c.admin);
    expect((await admin.patch(apiPaths.terminal(COUNTER.id), { serviceIds: ['valdoria-tributi'] })).status).toBe(200);
    clock.advance(2 * 60 * 60_000);
    expect((await admin.patch(apiPaths.terminal(COUNTER.id), { serviceIds: ['valdoria-anagrafe'] })).status).toBe(200);
    clock.advance(60 * 60_000);
    const tributiMorning = makeVote({ serviceId: 'valdoria-tributi', castAt: after(60) });
    const anagrafeNow = makeVote({ serviceId: 'valdoria-anagrafe', castAt: after(150) });
    expect((await postVotes(c, [tributiMorning, anagrafeNow], COUNTER.id)).status).toBe(200);
    expect((await stored(tributiMorning.id))?.service_id).toBe('valdoria-tributi');
    // Tributi was on the desk from 08:00 to 10:00 only.
    const tributiAfter = makeVote({ serviceId: 'valdoria-tributi', castAt: after(150) });
    expect((await postVotes(c, [tributiAfter], COUNTER.id)).status).toBe(400);
    const tributiBefore = makeVote({ serviceId: 'valdoria-tributi', castAt: before(60) });
    expect((await postVotes(c, [tributiBefore], COUNTER.id)).status).toBe(400);
  });

  it('judges a vote from a clock gone wrong at its arrival: it cannot reach back past the move', async () => {
    expect((await as(c.app, c.admin).patch(apiPaths.terminal(COUNTER.id), { serviceIds: ['valdoria-tributi'] })).status).toBe(200);
    clock.advance(60 * 60_000);
    // A tablet whose clock reset: its vote says 2000, and is counted at its arrival, after the move.
    const reset = makeVote({ serviceId: 'valdoria-anagrafe', castAt: '2000-01-01T00:00:00.000Z' });
    expect((await postVotes(c, [reset], COUNTER.id)).status).toBe(400);
    const resetTributi = makeVote({ serviceId: 'valdoria-tributi', castAt: '2000-01-01T00:00:00.000Z' });
    const res = await postVotes(c, [resetTributi], COUNTER.id);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ status: 'stored', countedAt: clock.now().toISOString() });
  });

  it('a former service archived since is refused as any archived service is', async () => {
    const admin = as(c.app, c.admin);
    expect((await admin.patch(apiPaths.terminal(COUNTER.id), { serviceIds: ['valdoria-tributi'] })).status).toBe(200);
    expect((await admin.post(apiPaths.serviceArchive('valdoria-anagrafe'))).status).toBe(200);
    const vote = makeVote({ serviceId: 'valdoria-anagrafe', castAt: before(60) });
    const res = await postVotes(c, [vote], COUNTER.id);
    expect(res.status).toBe(400);
    expect(await stored(vote.id)).toBeUndefined();
  });
});

describe('a totem turned into a counter', () => {
  it('counts the votes queued as a totem in the totem channel, for any of the services it offered then', async () => {
    const patch = await as(c.app, c.admin).patch(apiPaths.terminal(TOTEM.id), { mode: 'counter', serviceIds: ['valdoria-urp'] });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({ mode: 'counter', channel: 'sportello' });
    clock.advance(30 * 60_000);
    const asTotem = makeVote({ serviceId: 'valdoria-tributi', castAt: before(10) });
    const urpBefore = makeVote({ serviceId: 'valdoria-urp', castAt: before(5) });
    const asCounter = makeVote({ serviceId: 'valdoria-urp', castAt: after(10) });
    expect((await postVotes(c, [asTotem, urpBefore, asCounter], TOTEM.id)).status).toBe(200);
    expect(await stored(asTotem.id)).toEqual({ service_id: 'valdoria-tributi', channel: 'totem' });
    expect(await stored(urpBefore.id)).toEqual({ service_id: 'valdoria-urp', channel: 'totem' });
    expect(await stored(asCounter.id)).toEqual({ service_id: 'valdoria-urp', channel: 'sportello' });
    // Since the change it is a counter: another service is refused.
    const stray = makeVote({ serviceId: 'valdoria-tributi', castAt: after(20) });
    expect((await postVotes(c, [stray], TOTEM.id)).status).toBe(400);
  });

  it('remembers every change of mode: a counter made a totem and a counter again counts each vote in the mode it was cast in', async () => {
    const admin = as(c.app, c.admin);
    expect((await admin.patch(apiPaths.terminal(COUNTER.id), { mode: 'totem', serviceIds: ['valdoria-anagrafe', 'valdoria-tributi'] })).status).toBe(200);
    clock.advance(60 * 60_000);
    expect((await admin.patch(apiPaths.terminal(COUNTER.id), { mode: 'counter', serviceIds: ['valdoria-urp'] })).status).toBe(200);
    clock.advance(60 * 60_000);
    const asFirstCounter = makeVote({ serviceId: 'valdoria-anagrafe', castAt: before(10) });
    const asTotem = makeVote({ serviceId: 'valdoria-tributi', castAt: after(30) });
    const asCounterAgain = makeVote({ serviceId: 'valdoria-urp', castAt: after(90) });
    expect((await postVotes(c, [asFirstCounter, asTotem, asCounterAgain], COUNTER.id)).status).toBe(200);
    expect(await stored(asFirstCounter.id)).toEqual({ service_id: 'valdoria-anagrafe', channel: 'sportello' });
    expect(await stored(asTotem.id)).toEqual({ service_id: 'valdoria-tributi', channel: 'totem' });
    expect(await stored(asCounterAgain.id)).toEqual({ service_id: 'valdoria-urp', channel: 'sportello' });
    // As the first counter it took Anagrafe only: Tributi then is refused.
    const stray = makeVote({ serviceId: 'valdoria-tributi', castAt: before(10) });
    expect((await postVotes(c, [stray], COUNTER.id)).status).toBe(400);
  });

  it('a counter turned into a totem counts its earlier votes as a counter\'s', async () => {
    expect((await as(c.app, c.admin).patch(apiPaths.terminal(COUNTER.id), { mode: 'totem', serviceIds: ['valdoria-anagrafe', 'valdoria-tributi'] })).status).toBe(200);
    clock.advance(30 * 60_000);
    const asCounter = makeVote({ serviceId: 'valdoria-anagrafe', castAt: before(10) });
    const asTotem = makeVote({ serviceId: 'valdoria-tributi', castAt: after(10) });
    expect((await postVotes(c, [asCounter, asTotem], COUNTER.id)).status).toBe(200);
    expect(await stored(asCounter.id)).toEqual({ service_id: 'valdoria-anagrafe', channel: 'sportello' });
    expect(await stored(asTotem.id)).toEqual({ service_id: 'valdoria-tributi', channel: 'totem' });
  });
});

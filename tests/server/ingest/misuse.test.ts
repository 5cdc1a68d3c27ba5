// Misuse: taps closer than the terminal's response interval, or beyond its burst per minute, are
// stored flagged, counted in no figure, and their number shown; a counter sends only its own
// services. Nothing is dropped without a word.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { COUNTER, fixedClock, makeVote, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { rollupDifferences } from '../helpers/recount-rollups';

const NOW = fixedClock('2026-03-20T10:00:00.000Z');
let c: TestCollector;
beforeEach(async () => {
  c = await startCollector({ now: NOW });
  // startCollector turns the thresholds off for the demo terminals; set the defaults back through the API.
  const res = await c.app.inject({ method: 'PATCH', url: apiPaths.terminal(TOTEM.id), headers: c.admin.headers, payload: { minIntervalSeconds: 3, burstPerMinute: 8 } });
  expect(res.statusCode).toBe(200);
  expect(res.json()).toMatchObject({ minIntervalSeconds: 3, burstPerMinute: 8 });
});
afterEach(async () => c?.close());

/** A tap `seconds` after 09:00 UTC on 10 March. */
const at = (seconds: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, 0) + seconds * 1000).toISOString();
const flags = async () => (await c.store.db.selectFrom('votes').select(['cast_at', 'flag']).orderBy('cast_at').execute()).map((r) => r.flag);
const report = async () => (await c.app.inject({ url: `${apiPaths.officeReport(TOTEM.officeId)}?from=2026-03-01&to=2026-03-31`, headers: c.admin.headers })).json();

describe('the response interval', () => {
  it('stores a tap 1 s after the one before flagged, leaves it out of the figures, and says how many', async () => {
    const res = await postVotes(c, [makeVote({ castAt: at(0), face: 'negativo', followUp: 'skipped' }), makeVote({ castAt: at(1), face: 'negativo', followUp: 'skipped' }), makeVote({ castAt: at(10) })]);
    // The terminal is told each was stored: it must not resend them, and they are kept.
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['stored', 'stored', 'stored']);
    expect(await flags()).toEqual([null, 'interval', null]);
    const r = await report();
    expect(r.totals.total).toBe(2);
    expect(r.dataQuality.flaggedVotes).toEqual({ interval: 1, burst: 0 });
    // Every rollup equals a recount from the votes, the flagged one apart.
    expect(await rollupDifferences(c.store.db)).toEqual([]);
  });

  it('still judges taps after one from a clock set in the future', async () => {
    // A tap dated next year (re-dated to its arrival), then a citizen's taps with the right time.
    const stray = await postVotes(c, [makeVote({ castAt: '2027-01-01T08:00:00.000Z' })]);
    expect(stray.body.results[0]).toMatchObject({ status: 'stored', countedAt: NOW().toISOString() });
    await postVotes(c, [makeVote({ castAt: at(0), face: 'negativo', followUp: 'skipped' }), makeVote({ castAt: at(1), face: 'negativo', followUp: 'skipped' }), makeVote({ castAt: at(10) })]);
    // In cast time order: the three of 10 March, then next year's.
    expect(await flags()).toEqual([null, 'interval', null, null]);
    expect((await report()).dataQuality.flaggedVotes).toEqual({ interval: 1, burst: 0 });
  });

  it('still judges taps from a clock that jumped back (a flat battery), among themselves', async () => {
    // Normal taps first: the terminal's last tap is 10 March 2026.
    await postVotes(c, [makeVote({ castAt: at(0) })]);
    // Then its clock reset to 2000: three presses a second apart, re-dated to their arrival.
    const reset = (s: number) => new Date(Date.UTC(2000, 0, 1, 0, 0, s)).toISOString();
    const res = await postVotes(c, [0, 1, 2].map((s) => makeVote({ castAt: reset(s), face: 'negativo', followUp: 'skipped' })));
    expect(res.body.results.every((r: { countedAt?: string }) => r.countedAt === NOW().toISOString())).toBe(true);
    // In cast time order: the three of 2000 (the first counts, the next two within 3 s are flagged), then 2026's.
    expect(await flags()).toEqual([null, 'interval', 'interval', null]);
    expect(await rollupDifferences(c.store.db)).toEqual([]);
  });

  it('is the terminal\'s own setting: 0 turns it off', async () => {
    await c.app.inject({ method: 'PATCH', url: apiPaths.terminal(TOTEM.id), headers: c.admin.headers, payload: { minIntervalSeconds: 0 } });
    await postVotes(c, [makeVote({ castAt: at(0) }), makeVote({ castAt: at(1) })]);
    expect(await flags()).toEqual([null, null]);
  });

  it('refuses a setting out of range with 400 naming the field, changing nothing', async () => {
    for (const payload of [{ minIntervalSeconds: -1 }, { minIntervalSeconds: 601 }, { burstPerMinute: 0 }, { burstPerMinute: 2.5 }]) {
      const res = await c.app.inject({ method: 'PATCH', url: apiPaths.terminal(TOTEM.id), headers: c.admin.headers, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    const row = await c.store.db.selectFrom('terminals').select(['min_interval_seconds', 'burst_per_minute']).where('id', '=', TOTEM.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ min_interval_seconds: 3, burst_per_minute: 8 });
  });
});

describe('a burst', () => {
  it('counts the first 8 taps of a minute and flags the rest, even when they come in several batches', async () => {
    // A child pressing red every 4 seconds: 12 taps in 44 s, sent as three batches.
    const taps = Array.from({ length: 12 }, (_, i) => makeVote({ castAt: at(i * 4), face: 'negativo', followUp: 'skipped' }));
    for (const batch of [taps.slice(0, 5), taps.slice(5, 9), taps.slice(9)]) expect((await postVotes(c, batch)).status).toBe(200);
    expect(await flags()).toEqual([...Array(8).fill(null), 'burst', 'burst', 'burst', 'burst']);
    const r = await report();
    expect(r.totals.total).toBe(8);
    expect(r.dataQuality.flaggedVotes).toEqual({ interval: 0, burst: 4 });
    // A minute later the terminal counts again.
    await postVotes(c, [makeVote({ castAt: at(120) })]);
    expect((await flags()).at(-1)).toBeNull();
    expect(await rollupDifferences(c.store.db)).toEqual([]);
  });

  it('is judged per terminal: another terminal\'s taps at the same moments count', async () => {
    await postVotes(c, [makeVote({ castAt: at(0) })]);
    await postVotes(c, [makeVote({ castAt: at(1), serviceId: COUNTER.services[0]! })], COUNTER.id);
    expect(await flags()).toEqual([null, null]);
  });
});

describe('a counter terminal', () => {
  it('sends votes only for its own services: another service of its administration is refused per vote, nothing stored', async () => {
    const other = TOTEM.services.find((s) => !COUNTER.services.includes(s))!;
    const res = await postVotes(c, [makeVote({ serviceId: COUNTER.services[0]! }), makeVote({ serviceId: other })], COUNTER.id);
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([expect.objectContaining({ field: '/votes/1/serviceId', reason: expect.stringContaining('not one of this counter terminal\'s services') })]);
    expect(await c.store.db.selectFrom('votes').select('id').execute()).toEqual([]);
  });

  it('sends only the faces of its scale', async () => {
    const res = await postVotes(c, [makeVote({ serviceId: COUNTER.services[0]!, face: 'ottimo' })], COUNTER.id);
    expect(res.status).toBe(400);
    expect(res.body.error.problems[0]).toMatchObject({ field: '/votes/0/face' });
  });
});

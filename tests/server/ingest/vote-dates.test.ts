// A vote's date: the terminal's clock when plausible; otherwise (ahead, a year old, before the terminal's
// first pairing) the collector's time of arrival, and counted as re-dated in every report.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { COUNTER, enrol, fixedClock, makeVote, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

const NOW = fixedClock('2026-11-20T10:00:00.000Z');
let c: TestCollector;
beforeEach(async () => {
  c = await startCollector({ now: NOW, enrolTerminals: false });
  // Paired today, for the first time.
  c.tokens[TOTEM.id] = await enrol(c.app, c.store, TOTEM.id, NOW());
});
afterEach(async () => c?.close());

const stored = async () => c.store.db.selectFrom('votes').select(['cast_at', 'counted_at', 'time_source']).orderBy('cast_at').execute();

describe('votes dated before the terminal was paired', () => {
  it('are counted when they arrived and flagged as re-dated; a clock a few minutes behind is fine', async () => {
    const votes = [makeVote({ castAt: '2026-03-10T09:15:00Z' }), makeVote({ castAt: '2026-11-20T09:58:00Z' }), makeVote({ castAt: '2026-11-20T10:00:00Z' })];
    const res = await postVotes(c, votes);
    expect(res.status).toBe(200);
    // The answer says which vote was re-dated, and to when: the terminal's staff learn that its clock is wrong.
    expect(res.body.results).toEqual([
      { id: votes[0]!.id, status: 'stored', countedAt: NOW().toISOString() },
      { id: votes[1]!.id, status: 'stored' },
      { id: votes[2]!.id, status: 'stored' },
    ]);
    expect(await stored()).toEqual([
      { cast_at: '2026-03-10T09:15:00Z', counted_at: NOW().toISOString(), time_source: 'collector' },
      { cast_at: '2026-11-20T09:58:00Z', counted_at: '2026-11-20T09:58:00.000Z', time_source: 'terminal' },
      { cast_at: '2026-11-20T10:00:00Z', counted_at: '2026-11-20T10:00:00.000Z', time_source: 'terminal' },
    ]);
    const report = (await c.app.inject({ url: `${apiPaths.officeReport(TOTEM.officeId)}?from=2026-11-01&to=2026-11-30`, headers: c.admin.headers })).json();
    expect(report.totals.total).toBe(3);
    expect(report.dataQuality.redatedVotes).toBe(1);
  });

  it('keep their first pairing as the bound when the terminal is paired again', async () => {
    const later = new Date(NOW().getTime() + 86_400_000);
    await enrol(c.app, c.store, TOTEM.id, later);
    const row = await c.store.db.selectFrom('terminals').select(['first_enrolled_at', 'enrolled_at']).where('id', '=', TOTEM.id).executeTakeFirstOrThrow();
    expect(row.first_enrolled_at).toBe(NOW().toISOString());
  });
});

describe('the per-terminal rate limit on /votes', () => {
  it('answers 429 with when to retry once a terminal passes TERMINAL_RATE_LIMIT batches a minute, and spares the others', async () => {
    const limited = await startCollector({ now: NOW, env: { TERMINAL_RATE_LIMIT: '3' } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await postVotes(limited, [makeVote()])).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await postVotes(limited, [makeVote()]);
      expect(refused.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('TERMINAL_RATE_LIMIT'), retryAfterSeconds: expect.any(Number) });
      // Another terminal of the same office is not slowed down by the first one's flood.
      expect((await postVotes(limited, [makeVote({ serviceId: COUNTER.services[0]! })], COUNTER.id)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

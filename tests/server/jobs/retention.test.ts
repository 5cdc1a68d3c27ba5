// Retention removes old raw votes; every report over that period stays the same, and a late resend is still recognised.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { applyRetention } from '../../../server/jobs/retention';
import { DEMO } from '../../../server/store/seed-demo';
import { countRows, fixedClock, makeVote, postVotes, startCollector, type TestCollector } from '../helpers/test-collector';

const NOW = fixedClock('2026-11-20T10:00:00Z');
let c: TestCollector;
beforeEach(async () => {
  c = await startCollector({ now: NOW, env: { RETENTION_DAYS: '30' } });
});
afterEach(async () => c?.close());

const report = async (from: string, to: string) => (await c.app.inject({ url: `${apiPaths.officeReport(DEMO.offices[0]!.id)}?from=${from}&to=${to}`, headers: c.admin.headers })).json();

describe('retention', () => {
  it('removes votes older than RETENTION_DAYS, leaves the reports unchanged, and keeps their ids known', async () => {
    const old = [
      makeVote({ castAt: '2026-09-01T08:00:00Z' }),
      makeVote({ face: 'negativo', followUp: 'chosen', reasons: ['valdoria-attesa'], castAt: '2026-09-02T09:00:00Z' }),
      makeVote({ face: 'sufficiente', castAt: '2026-10-15T10:00:00Z' }),
    ];
    const recent = [makeVote({ castAt: '2026-11-19T10:00:00Z' })];
    expect((await postVotes(c, [...old, ...recent])).status).toBe(200);
    const before = { autumn: await report('2026-09-01', '2026-11-20'), september: await report('2026-09-01', '2026-09-30') };

    // Through the scheduler, as in production: the job is configured by RETENTION_DAYS=30.
    await c.scheduler.tick();
    expect(await countRows(c.store, 'votes')).toBe(1);
    expect(await countRows(c.store, 'vote_reasons')).toBe(0);
    const strip = (r: { dataQuality: unknown }) => ({ ...r, dataQuality: null });
    expect(strip(await report('2026-09-01', '2026-11-20'))).toEqual(strip(before.autumn));
    expect(strip(await report('2026-09-01', '2026-09-30'))).toEqual(strip(before.september));

    // A terminal that resends a removed vote hears it is stored; one that reuses its id for something else, a conflict.
    expect((await postVotes(c, [old[0]!])).body.results[0].status).toBe('already-stored');
    expect((await postVotes(c, [{ ...old[0]!, face: 'negativo', followUp: 'skipped' }])).status).toBe(409);
    expect(await countRows(c.store, 'votes')).toBe(1);
  });

  it('does nothing when nothing is old enough, and says how much it removed', async () => {
    await postVotes(c, [makeVote({ castAt: '2026-11-19T10:00:00Z' })]);
    expect(await applyRetention(c.store.db, 30, NOW())).toEqual({ removed: 0, before: '2026-10-21T10:00:00.000Z' });
    expect(await applyRetention(c.store.db, 0, NOW())).toMatchObject({ removed: 1 });
  });
});

// A terminal with a wrong clock is named on the terminals API: its votes re-dated over the last 7 days and
// the last one, through the real POST /votes; a terminal whose clock dated every vote shows nothing.
import { CompiledQuery, createQueryId, sql, type RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { REDATED_WINDOW_DAYS } from '../../../server/contract/admin';
import { getRedatedVotes } from '../../../server/terminals/get-redated-votes';
import { COUNTER, makeVote, movableClock, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

const NOW = '2026-11-20T10:00:00.000Z';
const DAY = 86_400_000;
/** What a tablet with a flat clock battery sends: more than a year before its arrival, so it is re-dated. */
const FLAT_BATTERY = '2000-01-01T00:03:00.000Z';

let c: TestCollector;
const clock = movableClock(NOW);
beforeAll(async () => {
  c = await startCollector({ now: clock.now });
});
afterAll(async () => c?.close());

const terminalIn = async (officeId: string, terminalId: string) => {
  const res = await c.app.inject({ url: apiPaths.officeTerminals(officeId), headers: c.admin.headers });
  expect(res.statusCode).toBe(200);
  return (res.json() as Array<{ id: string; redated: unknown }>).find((t) => t.id === terminalId)!;
};

describe('re-dated votes on the terminals API', () => {
  it('counts a wrong clock\'s votes of the last 7 days with the last arrival, for that terminal only', async () => {
    // Eight days ago the totem's clock was already wrong: those votes are past the window.
    clock.set(new Date(Date.parse(NOW) - (REDATED_WINDOW_DAYS + 1) * DAY).toISOString());
    const old = await postVotes(c, [makeVote({ castAt: FLAT_BATTERY }), makeVote({ castAt: FLAT_BATTERY })]);
    expect(old.body.results.every((r: { countedAt?: string }) => r.countedAt === clock.now().toISOString())).toBe(true);
    // Two days ago, and an hour ago: counted; the last one is the latest arrival, whatever its castAt said.
    clock.set(new Date(Date.parse(NOW) - 2 * DAY).toISOString());
    expect((await postVotes(c, [makeVote({ castAt: FLAT_BATTERY }), makeVote({ castAt: '2031-05-05T05:05:00.000Z' })])).status).toBe(200);
    clock.set('2026-11-20T09:00:00.000Z');
    expect((await postVotes(c, [makeVote({ castAt: FLAT_BATTERY }), makeVote({ castAt: '2026-11-20T08:59:00.000Z' })])).status).toBe(200);
    // The counter's clock is right: its votes are dated by it.
    expect((await postVotes(c, [makeVote({ serviceId: COUNTER.services[0]!, castAt: '2026-11-20T08:58:00.000Z' })], COUNTER.id)).status).toBe(200);

    clock.set(NOW);
    const wrong = { count: 3, lastAt: '2026-11-20T09:00:00.000Z' };
    expect((await terminalIn(TOTEM.officeId, TOTEM.id)).redated).toEqual(wrong);
    expect((await c.app.inject({ url: apiPaths.terminal(TOTEM.id), headers: c.admin.headers })).json().redated).toEqual(wrong);
    expect((await terminalIn(COUNTER.officeId, COUNTER.id)).redated).toBeNull();

    // A week after the last of them, the totem is clear again (read directly: the admin's session would have expired).
    expect((await getRedatedVotes(c.store.db, [TOTEM.id], new Date('2026-11-27T08:59:59.000Z'))).get(TOTEM.id)).toEqual({ count: 1, lastAt: wrong.lastAt });
    expect((await getRedatedVotes(c.store.db, [TOTEM.id], new Date('2026-11-27T09:00:01.000Z'))).size).toBe(0);
    // Only the terminals asked for are read, and none for none.
    expect([...(await getRedatedVotes(c.store.db, [COUNTER.id], clock.now())).keys()]).toEqual([]);
    expect((await getRedatedVotes(c.store.db, [], clock.now())).size).toBe(0);
  });

  it('reads the partial index of re-dated votes, not the votes table', async () => {
    // The query exactly as getRedatedVotes sends it, caught on its way to the database.
    let node: RootOperationNode | undefined;
    const spy = c.store.db.withPlugin({ transformQuery: (a) => (node = a.node), transformResult: async (a) => a.result });
    await getRedatedVotes(spy, [TOTEM.id, COUNTER.id], clock.now());
    const query = c.store.db.getExecutor().compileQuery(node!, createQueryId());
    const plan = async (): Promise<string> => {
      if (c.store.dialect === 'sqlite') {
        const rows = (await c.store.db.executeQuery(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]))).rows as Array<{ detail: string }>;
        return rows.map((r) => r.detail).join('\n');
      }
      // On a few rows PostgreSQL rightly reads the table; with that choice taken away, the plan shows whether the index can serve.
      return c.store.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const rows = (await trx.executeQuery(CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]))).rows as Array<{ 'QUERY PLAN': string }>;
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
    };
    expect(await plan()).toMatch(/votes_terminal_redated/);
  });
});

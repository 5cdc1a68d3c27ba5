// A people-served figure and a vote of the same day arriving at the same moment: the month's
// participation sums must count that vote once, whichever commits first, on both stores.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordPeopleServed } from '../../../server/participation/record-people-served';
import { DEMO } from '../../../server/store/seed-demo';
import { fixedClock, makeVote, postVotes, startCollector, type TestCollector } from '../helpers/test-collector';

const MUNICIPIO = DEMO.offices[0]!.id;
const ANAGRAFE = 'valdoria-anagrafe';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector({ now: fixedClock('2026-04-15T10:00:00Z') });
});
afterEach(async () => c?.close());

/** Holds the figure's transaction right after it has read the day's row, until `go` is called. */
function pauseAfterFirstRead(): { plugin: KyselyPlugin; reached: Promise<void>; go: () => void } {
  const selects = new Set<unknown>();
  let go!: () => void;
  let reachedIt!: () => void;
  const gate = new Promise<void>((resolve) => (go = resolve));
  const reached = new Promise<void>((resolve) => (reachedIt = resolve));
  let paused = false;
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      if (args.node.kind === 'SelectQueryNode') selects.add(args.queryId);
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      if (!paused && selects.has(args.queryId)) {
        paused = true;
        reachedIt();
        await gate;
      }
      return args.result;
    },
  };
  return { plugin, reached, go };
}

describe('recordPeopleServed beside a vote of the same day', () => {
  it("counts the day's first vote in the month once, though it arrives while the day's figure is being written", async () => {
    const pause = pauseAfterFirstRead();
    const figure = c.store.db.transaction().execute((trx) =>
      recordPeopleServed(trx.withPlugin(pause.plugin), [{ officeId: MUNICIPIO, serviceId: ANAGRAFE, channel: 'sportello', day: '2026-03-02', served: 40 }], { source: 'api', by: 'test', at: new Date('2026-04-15T10:00:00Z') }),
    );
    await pause.reached;
    // The day's first vote arrives between the figure's read of the day and its write.
    const vote = postVotes(c, [makeVote({ serviceId: ANAGRAFE, castAt: '2026-03-02T09:00:00Z' })]);
    await new Promise((r) => setTimeout(r, 300));
    pause.go();
    await figure;
    expect((await vote).status).toBe(200);
    const day = await c.store.db.selectFrom('participation_day').select(['served', 'votes']).where('service_id', '=', ANAGRAFE).where('day', '=', '2026-03-02').execute();
    const month = await c.store.db.selectFrom('participation_month').select(['served', 'votes', 'days']).where('service_id', '=', ANAGRAFE).where('month', '=', '2026-03').execute();
    expect(day.map((d) => [Number(d.served), Number(d.votes)])).toEqual([[40, 1]]);
    expect(month.map((m) => [Number(m.served), Number(m.votes), Number(m.days)])).toEqual([[40, 1, 1]]);
  });

  it('counts a day once in the month when two writes of its first figure meet (a queue system and an import)', async () => {
    const pause = pauseAfterFirstRead();
    const write = (served: number, trxPlugin?: KyselyPlugin) =>
      c.store.db.transaction().execute((trx) =>
        recordPeopleServed(trxPlugin ? trx.withPlugin(trxPlugin) : trx, [{ officeId: MUNICIPIO, serviceId: ANAGRAFE, channel: 'sportello', day: '2026-03-02', served }], { source: 'api', by: 'test', at: new Date('2026-04-15T10:00:00Z') }),
      );
    const first = write(10, pause.plugin);
    await pause.reached;
    const second = write(12);
    await new Promise((r) => setTimeout(r, 300));
    pause.go();
    await Promise.all([first, second]);
    const day = await c.store.db.selectFrom('participation_day').select(['served']).where('service_id', '=', ANAGRAFE).where('day', '=', '2026-03-02').execute();
    const month = await c.store.db.selectFrom('participation_month').select(['served', 'days']).where('service_id', '=', ANAGRAFE).where('month', '=', '2026-03').execute();
    expect(month.map((m) => [Number(m.served), Number(m.days)])).toEqual([[Number(day[0]!.served), 1]]);
  });
});

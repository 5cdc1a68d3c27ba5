// The votes' insert on both stores: on SQLite in statements of 200 rows, on PostgreSQL the whole group
// as one statement of column arrays (unnest). Every column arrives as given, the new ones come back,
// and a vote already stored is neither inserted again nor returned.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { insertVotes, type NewVote } from '../../../server/store/insert-votes';
import { makeVote, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector | undefined;
afterEach(async () => {
  await c?.close();
  c = undefined;
});

/** Text no column is likely to hold, and that an array literal must escape: quotes, a backslash, braces, commas, NULL spelt out. */
const AWKWARD = 'a "quoted" \\ {brace}, NULL, \'single\' – è';

describe('insertVotes', () => {
  it('stores every column as given for a group larger than one SQLite statement, and returns only the new votes', async () => {
    c = await startCollector();
    // A vote stored through the collector gives a row of real references (office, terminal, service).
    expect((await postVotes(c, [makeVote()])).status).toBe(200);
    const model = await c.store.db.selectFrom('votes').selectAll().where('terminal_id', '=', TOTEM.id).executeTakeFirstOrThrow();
    const { flag: _flag, ...columns } = model;
    const fresh: NewVote[] = Array.from({ length: 450 }, (_, i) => ({
      row: { ...columns, id: randomUUID(), hour: i % 24, scale: i % 2 === 0 ? 3 : 5, digest: `${AWKWARD} ${i}` },
      reasonIds: [],
      receivedDay: model.day,
    }));
    const again = { row: { ...columns }, reasonIds: [], receivedDay: model.day };

    const inserted = await c.store.db.transaction().execute((trx) => insertVotes(trx, [...fresh, again]));
    expect(new Set(inserted.map((v) => v.row.id))).toEqual(new Set(fresh.map((v) => v.row.id)));

    const rows = await c.store.db.selectFrom('votes').selectAll().where('id', 'in', fresh.map((v) => v.row.id)).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const v of fresh) expect(byId.get(v.row.id)).toEqual({ ...v.row, flag: null });
    const { n } = await c.store.db.selectFrom('votes').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(n)).toBe(451);
  });
});

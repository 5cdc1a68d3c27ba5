// The known-id lookup, a precompiled statement: the right ids bound for every batch length, stored votes and retired ones, inside a transaction too.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { findStoredVotes, findStoredVotesTogether } from '../../../server/store/find-stored-votes';
import { makeVote, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector | undefined;
afterEach(async () => {
  await c?.close();
  c = undefined;
});

describe('findStoredVotes', () => {
  it('finds exactly the stored ids among others, whatever the number asked (one, a few, more than a chunk)', async () => {
    c = await startCollector();
    const votes = Array.from({ length: 3 }, () => makeVote());
    expect((await postVotes(c, votes)).status).toBe(200);
    const stored = votes.map((v) => v.id.toLowerCase());
    const digests = new Map((await c.store.db.selectFrom('votes').select(['id', 'digest']).execute()).map((r) => [r.id, r.digest]));

    // Each length is compiled once, then run again with other ids: the second run must not see the first's.
    expect([...(await findStoredVotes(c.store.db, [stored[0]!])).keys()]).toEqual([stored[0]]);
    expect([...(await findStoredVotes(c.store.db, [stored[1]!])).keys()]).toEqual([stored[1]]);
    expect((await findStoredVotes(c.store.db, [randomUUID()])).size).toBe(0);

    const many = [...Array.from({ length: 700 }, () => randomUUID()), ...stored];
    const found = await findStoredVotes(c.store.db, many);
    expect(new Set(found.keys())).toEqual(new Set(stored));
    for (const id of stored) expect(found.get(id)).toEqual({ terminalId: TOTEM.id, digest: digests.get(id) });
  });

  it('finds the ids retention removed, and works inside a transaction on the same store', async () => {
    c = await startCollector();
    const retired = randomUUID();
    await c.store.db.insertInto('vote_tombstones').values({ id: retired, terminal_id: TOTEM.id, digest: 'd1', counted_at: '2024-01-01T10:00:00.000Z', retired_at: '2026-01-01T00:00:00.000Z' }).execute();
    expect(await findStoredVotes(c.store.db, [retired, randomUUID()])).toEqual(new Map([[retired, { terminalId: TOTEM.id, digest: 'd1' }]]));
    const inside = await c.store.db.transaction().execute((trx) => findStoredVotes(trx, [randomUUID(), retired]));
    expect(inside).toEqual(new Map([[retired, { terminalId: TOTEM.id, digest: 'd1' }]]));
  });

  it('answers lookups of one turn together, each with only the ids it asked about', async () => {
    c = await startCollector();
    const votes = Array.from({ length: 3 }, () => makeVote());
    expect((await postVotes(c, votes)).status).toBe(200);
    const [a, b, d] = votes.map((v) => v.id.toLowerCase()) as [string, string, string];
    const unknown = randomUUID();
    const [first, second, third] = await Promise.all([
      findStoredVotesTogether(c.store.db, [a, unknown]),
      findStoredVotesTogether(c.store.db, [a, b]),
      findStoredVotesTogether(c.store.db, [randomUUID()]),
    ]);
    expect([...first.keys()]).toEqual([a]);
    expect([...second.keys()].sort()).toEqual([a, b].sort());
    expect(third.size).toBe(0);
    expect(second.get(b)).toEqual((await findStoredVotes(c.store.db, [b])).get(b));
    expect((await findStoredVotesTogether(c.store.db, [d])).has(d)).toBe(true);
  });
});

// Batches written at the same time: none refused by a deadlock, every vote stored and counted once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Vote } from '../../../server/contract/vote';
import { countRows, fixedClock, makeVote, postVotes, REASON_IDS, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector({ now: fixedClock('2026-03-10T18:00:00.000Z') });
});
afterEach(async () => c?.close());

const ROUNDS = 6;
/** The largest batch: statements long enough for transactions to overlap (with 16 votes they rarely did). */
const SIZE = 500;
const SERVICES = TOTEM.services;

/** Votes spread over many aggregate rows (service, hour, face, reason), in a fixed order. */
function spreadVotes(n: number): Vote[] {
  return Array.from({ length: n }, (_, i) => {
    const castAt = `2026-03-10T${String(6 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`;
    const serviceId = SERVICES[i % SERVICES.length]!;
    if (i % 7 === 0) return makeVote({ serviceId, castAt, face: 'negativo', reasons: [REASON_IDS[i % REASON_IDS.length]!], followUp: 'chosen' });
    return makeVote({ serviceId, castAt, face: i % 2 ? 'positivo' : 'sufficiente' });
  });
}

describe('concurrent batches', () => {
  // On PostgreSQL, two transactions that take the same rows in opposite orders deadlock and one
  // of them fails (a 500 here); on SQLite they queue. Either way the terminal must get its answer.
  it('store a resent batch racing its first send once, whatever the order of its votes', async () => {
    const pairs = Array.from({ length: ROUNDS }, () => spreadVotes(SIZE));
    const answers = await Promise.all(pairs.flatMap((votes) => [postVotes(c, votes), postVotes(c, [...votes].reverse())]));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    for (let p = 0; p < ROUNDS; p++) {
      const [first, second] = [answers[2 * p]!.body.results, answers[2 * p + 1]!.body.results] as { id: string; status: string }[][];
      const stored = [...first!, ...second!].filter((r) => r.status === 'stored').map((r) => r.id);
      // Each vote stored by exactly one of the two requests; the other says already-stored.
      expect(stored.sort()).toEqual(pairs[p]!.map((v) => v.id).sort());
    }
    expect(await countRows(c.store, 'votes')).toBe(ROUNDS * SIZE);
    await expectCountsMatchVotes();
  });

  it('add different votes to the same aggregate rows, taken in opposite orders, without losing one', async () => {
    const batches = Array.from({ length: 2 * ROUNDS }, (_, b) => (b % 2 === 0 ? spreadVotes(SIZE) : spreadVotes(SIZE).reverse()));
    const answers = await Promise.all(batches.map((votes) => postVotes(c, votes)));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(await countRows(c.store, 'votes')).toBe(2 * ROUNDS * SIZE);
    await expectCountsMatchVotes();
  });
});

/** The aggregates hold exactly the stored votes, bucket by bucket. */
async function expectCountsMatchVotes(): Promise<void> {
  const votes = await c.store.db.selectFrom('votes').select(['office_id', 'day', 'hour', 'service_id', 'channel', 'face']).execute();
  const expected = new Map<string, number>();
  for (const v of votes) {
    const key = [v.office_id, v.day, v.hour, v.service_id, v.channel, v.face].join('|');
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  const rows = await c.store.db.selectFrom('face_counts').select(['office_id', 'day', 'hour', 'service_id', 'channel', 'face', 'count']).execute();
  const stored = new Map(rows.map((r) => [[r.office_id, r.day, r.hour, r.service_id, r.channel, r.face].join('|'), Number(r.count)]));
  expect(stored).toEqual(expected);
}

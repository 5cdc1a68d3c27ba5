import { describe, expect, it } from 'vitest';
import { perTurn, perTurnPerStore } from '../../../server/store/per-turn';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('questions of one turn of the event loop', () => {
  it('are answered by one call, each with its own answer, in the order asked', async () => {
    const calls: number[][] = [];
    const double = perTurn(async (qs: readonly number[]) => {
      calls.push([...qs]);
      return qs.map((q) => q * 2);
    });
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('leave those of the next turn for the next call', async () => {
    const calls: number[][] = [];
    const same = perTurn(async (qs: readonly number[]) => {
      calls.push([...qs]);
      return qs;
    });
    const a = same(1);
    await nextTurn();
    const b = same(2);
    expect([await a, await b]).toEqual([1, 2]);
    expect(calls).toEqual([[1], [2]]);
  });

  it("all fail with the call's error when it fails", async () => {
    const broken = perTurn(async (_qs: readonly number[]): Promise<number[]> => {
      throw new Error('database gone');
    });
    const results = await Promise.allSettled([broken(1), broken(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason.message).toBe('database gone');
  });

  it('go to the store they were asked of: one call per store and turn', async () => {
    const calls: [string, number[]][] = [];
    const ask = perTurnPerStore(async (store: { name: string }, qs: readonly number[]) => {
      calls.push([store.name, [...qs]]);
      return qs.map((q) => `${store.name}:${q}`);
    });
    const a = { name: 'a' };
    const b = { name: 'b' };
    expect(await Promise.all([ask(a, 1), ask(b, 2), ask(a, 3)])).toEqual(['a:1', 'b:2', 'a:3']);
    expect(calls).toEqual([['a', [1, 3]], ['b', [2]]]);
  });
});

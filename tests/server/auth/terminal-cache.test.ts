// The terminal cache on its own clock: reuse within the TTL, a fresh query after, nothing kept that a clear overtook.
import { describe, expect, it } from 'vitest';
import { TerminalCache } from '../../../server/auth/terminal-cache';

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** A loader that counts its calls and answers what `value` holds at the time. */
function loader<T>(value: { current: T }) {
  const calls = { n: 0 };
  return { calls, load: async () => ((calls.n += 1), value.current) };
}

describe('TerminalCache', () => {
  it('reuses an answer within the TTL and asks again once it has passed', async () => {
    const t = clock();
    const cache = new TerminalCache(2_000, t.now);
    const value = { current: 'a' };
    const { calls, load } = loader(value);
    expect(await cache.remember('k', load)).toBe('a');
    value.current = 'b';
    t.advance(1_999);
    expect(await cache.remember('k', load)).toBe('a');
    expect(calls.n).toBe(1);
    t.advance(1);
    expect(await cache.remember('k', load)).toBe('b');
    expect(calls.n).toBe(2);
  });

  it('counts the TTL from before the query, so a slow query does not lengthen it', async () => {
    const t = clock();
    const cache = new TerminalCache(2_000, t.now);
    let n = 0;
    const slow = async () => {
      n += 1;
      t.advance(1_500);
      return `answer ${n}`;
    };
    expect(await cache.remember('k', slow)).toBe('answer 1');
    t.advance(500);
    expect(await cache.remember('k', slow)).toBe('answer 2');
  });

  it('never keeps null: an unknown token is asked about again on the next request', async () => {
    const cache = new TerminalCache(2_000, clock().now);
    const value = { current: null as string | null };
    const { calls, load } = loader(value);
    expect(await cache.remember('k', load)).toBeNull();
    value.current = 'paired since';
    expect(await cache.remember('k', load)).toBe('paired since');
    expect(calls.n).toBe(2);
  });

  it('forgets everything on clear, and does not keep an answer whose query a clear overtook', async () => {
    const cache = new TerminalCache(2_000, clock().now);
    await cache.remember('k', async () => 'old');
    cache.clear();
    expect(cache.size).toBe(0);
    let release!: () => void;
    const started = cache.remember('k', () => new Promise<string>((resolve) => (release = () => resolve('read before the change'))));
    // A write commits and clears while that query is on its way: its answer serves its own request only.
    cache.clear();
    release();
    expect(await started).toBe('read before the change');
    expect(cache.size).toBe(0);
    expect(await cache.remember('k', async () => 'after')).toBe('after');
  });
});

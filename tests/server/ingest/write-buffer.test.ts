// Group commit: concurrent batches share transactions, each is answered with its own new votes, a failure stays with its request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteBuffer } from '../../../server/ingest/write-buffer';
import { arrivalOf, toNewVote } from '../../../server/ingest/to-new-vote';
import { getTerminalContext } from '../../../server/store/get-terminal-context';
import { findTerminalByToken } from '../../../server/auth/terminal-tokens';
import type { NewVote } from '../../../server/store/insert-votes';
import { countRows, makeVote, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
let rows: (n: number) => Promise<NewVote[]>;
beforeEach(async () => {
  c = await startCollector();
  const context = await getTerminalContext(c.store.db, (await findTerminalByToken(c.store.db, c.tokens[TOTEM.id]!))!);
  rows = async (n) => Array.from({ length: n }, () => toNewVote(context, makeVote({ castAt: '2026-03-10T09:15:00Z' }), arrivalOf(new Date('2026-03-10T10:00:00Z'), context.timeZone)));
});
afterEach(async () => c?.close());

describe('WriteBuffer', () => {
  it('writes fifty single-vote requests that arrive together in one transaction, each answered with its vote', async () => {
    const buffer = new WriteBuffer(c.store.db);
    const batches = await Promise.all(Array.from({ length: 50 }, () => rows(1)));
    const results = await Promise.all(batches.map((b) => buffer.store(b)));
    expect(results.map((r) => r.map((v) => v.row.id))).toEqual(batches.map((b) => [b[0]!.row.id]));
    expect(buffer.stats.requests).toBe(50);
    expect(buffer.stats.transactions).toBe(1);
    expect(await countRows(c.store, 'votes')).toBe(50);
  });

  it('groups requests that reach it from separate callbacks, as HTTP requests do, even when the store answers synchronously', async () => {
    // On SQLite a request used to run from store() to its commit in microtasks, before the next
    // request's callback could run: twenty requests, twenty transactions.
    const buffer = new WriteBuffer(c.store.db);
    const batches = await Promise.all(Array.from({ length: 20 }, () => rows(1)));
    const results = await Promise.all(batches.map((b) => new Promise<NewVote[]>((resolve, reject) => setImmediate(() => buffer.store(b).then(resolve, reject)))));
    expect(results.map((r) => r.length)).toEqual(batches.map(() => 1));
    expect(buffer.stats.transactions).toBeLessThanOrEqual(2);
    expect(await countRows(c.store, 'votes')).toBe(20);
  });

  it('gives a vote sent by two requests at once to the first; the second hears it was already there', async () => {
    const buffer = new WriteBuffer(c.store.db);
    const [a] = await rows(1);
    const [first, second, third] = await Promise.all([buffer.store([a!]), buffer.store([a!]), buffer.store([a!])]);
    expect([first!.length, second!.length, third!.length]).toEqual([1, 0, 0]);
    const counted = await c.store.db.selectFrom('face_counts').select('count').execute();
    expect(counted.map((r) => Number(r.count))).toEqual([1]);
  });

  it('fails only the request whose votes cannot be stored, not those that shared its transaction', async () => {
    const buffer = new WriteBuffer(c.store.db);
    const good = await rows(2);
    const [bad] = await rows(1);
    bad!.row.service_id = 'no-such-service';
    const outcomes = await Promise.allSettled([buffer.store([good[0]!]), buffer.store([bad!]), buffer.store([good[1]!])]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await countRows(c.store, 'votes')).toBe(2);
  });

  it('keeps groups under its vote limit, and waits for what is pending before a stop', async () => {
    const buffer = new WriteBuffer(c.store.db, 10);
    const pending = Promise.all(await Promise.all(Array.from({ length: 8 }, () => rows(4))).then((bs) => bs.map((b) => buffer.store(b))));
    await buffer.flushed();
    expect(await countRows(c.store, 'votes')).toBe(32);
    expect(buffer.stats.transactions).toBeGreaterThanOrEqual(4);
    await pending;
  });
});

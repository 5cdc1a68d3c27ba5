// POST /votes answers from the terminal cache, yet a change to a terminal, its office, services or reasons applies at once in this collector and within the TTL in another.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TERMINAL_CACHE_TTL_MS, terminalCacheOf } from '../../../server/auth/terminal-cache';
import { apiPaths } from '../../../server/contract/api';
import { as } from '../admin/admin-api';
import { COUNTER, enrol, makeTempDir, makeVote, postVotes, removeTempDir, startCollector, TEST_STORE, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector | undefined;
let other: TestCollector | undefined;
let sharedDir = '';
afterEach(async () => {
  await other?.close();
  await c?.close();
  if (sharedDir) await removeTempDir(sharedDir);
  c = other = undefined;
  sharedDir = '';
});

/** A vote that the collector stores: the token and context are in the cache afterwards. */
async function voteOnce(collector: TestCollector, terminalId = TOTEM.id, serviceId?: string): Promise<void> {
  const res = await postVotes(collector, [makeVote(serviceId ? { serviceId } : {})], terminalId);
  expect(res.status).toBe(200);
  expect(res.body.results[0].status).toBe('stored');
}

/** Longer than the cache's TTL, however late the timer fires: whatever was cached before now has expired. */
const pastTtl = () => sleep(TERMINAL_CACHE_TTL_MS + 100);

describe('changes made through this collector apply to the very next vote', () => {
  it('refuses a token revoked a moment after it voted', async () => {
    c = await startCollector();
    await voteOnce(c);
    expect((await as(c.app, c.admin).post(apiPaths.terminalRevoke(TOTEM.id))).status).toBe(200);
    const res = await postVotes(c, [makeVote()]);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('terminal_not_enrolled');
  });

  it('refuses the old token of a terminal paired again, and takes the new one', async () => {
    c = await startCollector();
    await voteOnce(c);
    const oldToken = c.tokens[TOTEM.id]!;
    const newToken = await enrol(c.app, c.store, TOTEM.id);
    expect((await postVotes(c, [makeVote()], TOTEM.id, oldToken)).status).toBe(401);
    expect((await postVotes(c, [makeVote()], TOTEM.id, newToken)).status).toBe(200);
  });

  it('answers terminal_unknown once the terminal is archived', async () => {
    c = await startCollector();
    await voteOnce(c);
    expect((await as(c.app, c.admin).post(apiPaths.terminalArchive(TOTEM.id))).status).toBe(200);
    const res = await postVotes(c, [makeVote()]);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('terminal_unknown');
  });

  it('refuses a vote for a service archived a moment ago', async () => {
    c = await startCollector();
    await voteOnce(c, TOTEM.id, 'valdoria-urp');
    expect((await as(c.app, c.admin).post(apiPaths.serviceArchive('valdoria-urp'))).status).toBe(200);
    const res = await postVotes(c, [makeVote({ serviceId: 'valdoria-urp' })]);
    expect(res.status).toBe(400);
    expect(res.body.error.problems[0].field).toBe('/votes/0/serviceId');
  });

  it('takes a vote on the scale the terminal was given a moment ago', async () => {
    c = await startCollector();
    await voteOnce(c);
    expect((await as(c.app, c.admin).patch(apiPaths.terminal(TOTEM.id), { scale: 5 })).status).toBe(200);
    const res = await postVotes(c, [makeVote({ scale: 5, face: 'ottimo', castAt: new Date().toISOString() })]);
    expect(res.status).toBe(200);
    expect(res.body.results[0].status).toBe('stored');
  });

  it('takes a vote for the service a counter was moved to a moment ago, and refuses its old one', async () => {
    c = await startCollector();
    const [before] = COUNTER.services;
    await voteOnce(c, COUNTER.id, before);
    const after = TOTEM.services.find((s) => s !== before)!;
    expect((await as(c.app, c.admin).patch(apiPaths.terminal(COUNTER.id), { serviceIds: [after] })).status).toBe(200);
    expect((await postVotes(c, [makeVote({ serviceId: after })], COUNTER.id)).status).toBe(200);
    // Cast since the move: a vote cast before it would still count (terminal-changes.test.ts).
    expect((await postVotes(c, [makeVote({ serviceId: before, castAt: new Date().toISOString() })], COUNTER.id)).status).toBe(400);
  });
});

describe('changes made elsewhere apply within the TTL', () => {
  it('refuses, once the TTL has passed, a token revoked straight in the store (as npm run admin would)', async () => {
    c = await startCollector();
    await voteOnce(c);
    await c.store.db.updateTable('terminals').set({ token_hash: null, revoked_at: new Date().toISOString() }).where('id', '=', TOTEM.id).execute();
    await pastTtl();
    expect((await postVotes(c, [makeVote()])).status).toBe(401);
  });

  it.skipIf(TEST_STORE !== 'postgres')('refuses on one collector, once the TTL has passed, a token revoked through another on the same PostgreSQL', async () => {
    // One data dir, so one database, opened by two collectors: two processes of one installation.
    sharedDir = makeTempDir();
    c = await startCollector({ dir: sharedDir });
    other = await startCollector({ dir: sharedDir, enrolTerminals: false });
    await voteOnce(c);
    expect((await as(other.app, other.admin).post(apiPaths.terminalRevoke(TOTEM.id))).status).toBe(200);
    await pastTtl();
    const res = await postVotes(c, [makeVote()]);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('terminal_not_enrolled');
  });

  it.skipIf(TEST_STORE !== 'postgres')('forgets a token on one collector as soon as it hears of its revocation through another, without waiting for the TTL', async () => {
    sharedDir = makeTempDir();
    c = await startCollector({ dir: sharedDir });
    other = await startCollector({ dir: sharedDir, enrolTerminals: false });
    await voteOnce(c);
    // Counts the clears of this collector's cache: nothing else here writes through it.
    const cache = terminalCacheOf(c.store.db);
    const clear = cache.clear.bind(cache);
    let cleared = 0;
    cache.clear = () => {
      cleared += 1;
      clear();
    };
    expect((await as(other.app, other.admin).post(apiPaths.terminalRevoke(TOTEM.id))).status).toBe(200);
    // The notice travels through PostgreSQL (LISTEN/NOTIFY): waited for, not timed.
    await vi.waitFor(() => expect(cleared).toBeGreaterThan(0), { timeout: 15_000, interval: 50 });
    expect((await postVotes(c, [makeVote()])).status).toBe(401);
  });

  it.skipIf(TEST_STORE !== 'postgres')('refuses on one collector, once the TTL has passed, a service archived through another', async () => {
    sharedDir = makeTempDir();
    c = await startCollector({ dir: sharedDir });
    other = await startCollector({ dir: sharedDir, enrolTerminals: false });
    await voteOnce(c, TOTEM.id, 'valdoria-urp');
    expect((await as(other.app, other.admin).post(apiPaths.serviceArchive('valdoria-urp'))).status).toBe(200);
    await pastTtl();
    const res = await postVotes(c, [makeVote({ serviceId: 'valdoria-urp' })]);
    expect(res.status).toBe(400);
    expect(res.body.error.problems[0].field).toBe('/votes/0/serviceId');
  });
});

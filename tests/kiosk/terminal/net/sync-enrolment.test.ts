import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VoteBatch } from '../../../../server/contract/vote';
import { createVoteSync } from '../../../../kiosk/terminal/net/sync';
import { createVoteQueue, type VoteQueue } from '../../../../kiosk/terminal/store/vote-queue';
import { authHeader, closeDbs, freshDb, json } from '../fixtures';

afterEach(closeDbs);

let lockCounter = 0;

async function queueOf(...terminals: string[]): Promise<{ queue: VoteQueue; ids: string[] }> {
  let t = Date.parse('2025-03-03T09:00:00Z');
  const queue = createVoteQueue(await freshDb(), { now: () => new Date((t += 1000)) });
  const ids: string[] = [];
  for (const terminalId of terminals) ids.push((await queue.record({ terminalId, serviceId: 'anagrafe', face: 'positivo', scale: 3 })).id);
  return { queue, ids };
}

/** A collector that knows one valid token per terminal; every request is kept. */
function collector(valid: Record<string, string>) {
  const requests: { auth: string | null; batch: VoteBatch }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const batch = JSON.parse(String(init?.body)) as VoteBatch;
    const auth = authHeader(init);
    requests.push({ auth, batch });
    if (auth !== `Bearer ${valid[batch.terminalId]}`) {
      return json({ error: { code: 'terminal_not_enrolled', message: 'This terminal is not enrolled' } }, 401);
    }
    return json({ receivedAt: '', results: batch.votes.map((v) => ({ id: v.id, status: 'stored' })) });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

const make = (queue: VoteQueue, fetch: typeof globalThis.fetch, credentials: { terminalId: string; token: string } | null) =>
  createVoteSync({ queue, fetch, credentials, random: () => 0, lockName: `test-sync-enrol-${lockCounter++}` });

describe('sync and enrolment', () => {
  it('sends the device token with every batch', async () => {
    const { queue } = await queueOf('T1', 'T1');
    const c = collector({ T1: 'tok-1' });
    const s = make(queue, c.fetch, { terminalId: 'T1', token: 'tok-1' });
    expect(await s.runOnce()).toEqual({ sent: 2, held: 0, outcome: 'drained' });
    expect(c.requests.map((r) => r.auth)).toEqual(['Bearer tok-1']);
  });

  it('without an enrolment sends nothing and keeps every vote', async () => {
    const { queue } = await queueOf('T1');
    const c = collector({ T1: 'tok-1' });
    const s = make(queue, c.fetch, null);
    expect(await s.runOnce()).toEqual({ sent: 0, held: 0, outcome: 'paused' });
    expect(c.requests).toEqual([]);
    expect(s.status().problem?.code).toBe('not-paired');
    expect(await queue.counts()).toEqual({ open: 0, pending: 1, held: 0 });
  });

  it('on 401 terminal_not_enrolled stops at once, keeps every vote, and delivers them after a new pairing', async () => {
    const { queue, ids } = await queueOf('T1', 'T1', 'T1');
    const valid: Record<string, string> = { T1: 'tok-new' };
    const c = collector(valid);
    const s = make(queue, c.fetch, { terminalId: 'T1', token: 'tok-revoked' });
    const refused: string[] = [];
    s.onRefused((token) => refused.push(token));

    expect(await s.runOnce()).toEqual({ sent: 0, held: 0, outcome: 'paused' });
    expect(refused).toEqual(['tok-revoked']);
    expect(s.status()).toMatchObject({ problem: { code: 'not-enrolled' }, nextAttemptAt: null });
    expect(await queue.counts()).toEqual({ open: 0, pending: 3, held: 0 });
    // No retry with a dead token: not on a new vote, not on the timer.
    s.trigger('vote');
    s.trigger('timer');
    expect((await s.runOnce()).outcome).toBe('paused');
    expect(c.requests).toHaveLength(1);

    s.setCredentials({ terminalId: 'T1', token: 'tok-new' });
    await vi.waitFor(async () => expect(await queue.counts()).toEqual({ open: 0, pending: 0, held: 0 }));
    expect(c.requests.slice(1).flatMap((r) => r.batch.votes.map((v) => v.id))).toEqual(ids);
    expect(c.requests.slice(1).every((r) => r.auth === 'Bearer tok-new')).toBe(true);
    expect(s.status().problem).toBeNull();
  });

  it('never sends votes collected as another terminal with this token: holds them with the reason', async () => {
    const { queue, ids } = await queueOf('OLD', 'NEW', 'OLD');
    const valid: Record<string, string> = { NEW: 'tok-new' };
    const c = collector(valid);
    const s = make(queue, c.fetch, { terminalId: 'NEW', token: 'tok-new' });
    expect(await s.runOnce()).toEqual({ sent: 1, held: 2, outcome: 'drained' });
    expect(c.requests.map((r) => r.batch.terminalId)).toEqual(['NEW']);
    expect(c.requests[0]!.batch.votes.map((v) => v.id)).toEqual([ids[1]]);
    const held = await queue.held();
    expect(held.map((h) => h.id)).toEqual([ids[0], ids[2]]);
    expect(held[0]!.reason).toContain('raccolti come terminale OLD');
    expect(held[0]!.reason).toContain('questo dispositivo ora è NEW');

    // Paired as OLD again: they are its own votes, and they go.
    expect(await queue.releaseTerminal('OLD')).toBe(2);
    valid.OLD = 'tok-old';
    s.setCredentials({ terminalId: 'OLD', token: 'tok-old' });
    await vi.waitFor(async () => expect(await queue.counts()).toEqual({ open: 0, pending: 0, held: 0 }));
    expect(c.requests.slice(1).map((r) => [r.batch.terminalId, r.auth])).toEqual([['OLD', 'Bearer tok-old']]);
  });
});

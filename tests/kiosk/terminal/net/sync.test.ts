import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VoteBatch } from '../../../../server/contract/vote';
import { createVoteSync, type SyncOptions } from '../../../../kiosk/terminal/net/sync';
import { createVoteQueue, type VoteQueue } from '../../../../kiosk/terminal/store/vote-queue';
import { closeDbs, freshDb, json } from '../fixtures';

afterEach(closeDbs);

let lockCounter = 0;
const T0 = Date.parse('2025-03-03T09:00:00Z');

async function queueWith(n: number): Promise<{ queue: VoteQueue; ids: string[] }> {
  let t = T0;
  const queue = createVoteQueue(await freshDb(), { now: () => new Date((t += 1000)) });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await queue.record({ terminalId: 'T1', serviceId: 'anagrafe', face: 'positivo', scale: 3 })).id);
  return { queue, ids };
}

/** A collector played by a function; every request body is kept for inspection. */
function collector(answer: (batch: VoteBatch, call: number) => Response | Promise<Response>) {
  const bodies: VoteBatch[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const batch = JSON.parse(String(init?.body)) as VoteBatch;
    bodies.push(batch);
    return answer(batch, bodies.length);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, bodies, calls: () => fetch.mock.calls.length };
}

const storedAll = (batch: VoteBatch) =>
  json({ receivedAt: new Date().toISOString(), results: batch.votes.map((v) => ({ id: v.id, status: 'stored' })) });

function sync(queue: VoteQueue, fetch: typeof globalThis.fetch, extra: Partial<SyncOptions> = {}) {
  let now = T0;
  const clock = { advance: (ms: number) => (now += ms) };
  const s = createVoteSync({
    queue,
    fetch,
    credentials: { terminalId: 'T1', token: 'token-T1' },
    now: () => now,
    random: () => 0,
    lockName: `test-sync-${lockCounter++}`,
    ...extra,
  });
  return { s, clock, now: () => now };
}

describe('sync', () => {
  it('sends the oldest first to the votes route and forgets what was stored or already stored', async () => {
    const { queue, ids } = await queueWith(3);
    const urls: string[] = [];
    const c = collector((batch) => {
      const [a, b, d] = batch.votes;
      return json({ receivedAt: new Date().toISOString(), results: [{ id: a!.id, status: 'stored' }, { id: b!.id, status: 'already-stored' }, { id: d!.id, status: 'stored' }] });
    });
    const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(url));
      return c.fetch(url, init);
    }) as typeof globalThis.fetch;
    const { s } = sync(queue, fetch);
    expect(await s.runOnce()).toEqual({ sent: 3, held: 0, outcome: 'drained' });
    expect(urls).toEqual(['/api/v1/votes']);
    expect(c.bodies[0]?.terminalId).toBe('T1');
    expect(c.bodies[0]?.votes.map((v) => v.id)).toEqual(ids);
    expect(await queue.counts()).toEqual({ open: 0, pending: 0, held: 0 });
    expect(s.status()).toMatchObject({ reachable: true, problem: null, nextAttemptAt: null });
  });

  it('keeps count of the votes the collector re-dated (this clock wrong), and when the last arrived by the collector\'s clock', async () => {
    const { queue } = await queueWith(3);
    let arrival = '2025-03-03T09:00:05.000Z';
    const c = collector((batch) => json({ receivedAt: '', results: batch.votes.map((v, i) => ({ id: v.id, status: 'stored', ...(i < 2 ? { countedAt: arrival } : {}) })) }));
    const { s, clock } = sync(queue, c.fetch);
    expect(s.status().redated).toBeNull();
    await s.runOnce();
    // Not this terminal's time (T0): its clock is the one that is wrong.
    expect(s.status().redated).toEqual({ count: 2, lastAt: Date.parse('2025-03-03T09:00:05.000Z') });
    // Added up over later deliveries, with the time of the last.
    await queue.record({ terminalId: 'T1', serviceId: 'anagrafe', face: 'positivo', scale: 3 });
    clock.advance(60_000);
    arrival = '2025-03-03T09:01:07.000Z';
    await s.runOnce();
    expect(s.status().redated).toEqual({ count: 3, lastAt: Date.parse('2025-03-03T09:01:07.000Z') });
    expect(T0).not.toBe(Date.parse('2025-03-03T09:00:05.000Z'));
  });

  it('deletes only the votes the answer names, and backs off when an answer acknowledges nothing', async () => {
    const { queue, ids } = await queueWith(3);
    const c = collector((batch, call) =>
      json({ receivedAt: '', results: call === 1 ? batch.votes.slice(0, 2).map((v) => ({ id: v.id, status: 'stored' })) : [] }),
    );
    const { s } = sync(queue, c.fetch);
    expect(await s.runOnce()).toEqual({ sent: 2, held: 0, outcome: 'backoff' });
    expect(c.bodies[1]?.votes.map((v) => v.id)).toEqual([ids[2]]);
    expect(await queue.counts()).toMatchObject({ pending: 1 });
    expect(s.status().problem?.code).toBe('bad-answer');
  });

  it('deletes nothing on a 200 that is not a receipt (a captive portal page)', async () => {
    const { queue } = await queueWith(2);
    const c = collector(() => new Response('<html>Accedi alla rete Wi-Fi</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const { s } = sync(queue, c.fetch);
    expect((await s.runOnce()).outcome).toBe('backoff');
    expect(await queue.counts()).toMatchObject({ pending: 2 });
  });

  it('on 400 holds the votes named (by voteId or by index) and sends the rest again at once', async () => {
    const { queue, ids } = await queueWith(4);
    const c = collector((batch, call) => {
      if (call === 1) {
        return json(
          {
            error: {
              code: 'votes_invalid',
              message: 'Alcuni giudizi non sono validi',
              problems: [
                { field: '/votes/1/serviceId', reason: 'servizio sconosciuto', voteId: batch.votes[1]!.id },
                { field: '/votes/3/face', reason: 'faccia fuori scala' },
              ],
            },
          },
          400,
        );
      }
      return storedAll(batch);
    });
    const { s } = sync(queue, c.fetch);
    expect(await s.runOnce()).toEqual({ sent: 2, held: 2, outcome: 'drained' });
    expect(c.bodies.map((b) => b.votes.map((v) => v.id))).toEqual([ids, [ids[0], ids[2]]]);
    expect(await queue.counts()).toEqual({ open: 0, pending: 0, held: 2 });
    const held = await queue.held();
    expect(held.map((h) => h.id)).toEqual([ids[1], ids[3]]);
    // An archived service is the refusal staff meet in normal work: said in their words, with the service.
    expect(held[0]?.reason).toContain('servizio anagrafe rifiutato dal collettore (');
    expect(held[1]?.reason).toContain('face: faccia fuori scala');
    // Held votes stay out of every later run.
    expect((await s.runOnce()).sent).toBe(0);
    expect(c.calls()).toBe(2);
  });

  it('on a 400 that names no vote keeps everything and waits long instead of looping', async () => {
    const { queue } = await queueWith(2);
    const c = collector(() => json({ error: { code: 'validation_failed', message: 'terminalId non valido', problems: [{ field: '/terminalId', reason: 'x' }] } }, 400));
    const { s, now } = sync(queue, c.fetch, { longDelayMs: 300_000 });
    expect((await s.runOnce()).outcome).toBe('backoff');
    expect(c.calls()).toBe(1);
    expect(await queue.counts()).toEqual({ open: 0, pending: 2, held: 0 });
    expect(s.status().nextAttemptAt! - now()).toBeGreaterThanOrEqual(225_000);
  });

  it('on 413 halves the batch until it fits', async () => {
    const { queue } = await queueWith(8);
    const c = collector((batch) => (batch.votes.length > 2 ? new Response('', { status: 413 }) : storedAll(batch)));
    const { s } = sync(queue, c.fetch, { batchSize: 8 });
    expect(await s.runOnce()).toEqual({ sent: 8, held: 0, outcome: 'drained' });
    expect(c.bodies.map((b) => b.votes.length)).toEqual([8, 4, 2, 2, 2, 2]);
    expect(s.status().batchSize).toBe(2);
  });

  it('holds a single vote that is still too large instead of retrying it forever', async () => {
    const { queue, ids } = await queueWith(1);
    const c = collector(() => new Response('', { status: 413 }));
    const { s } = sync(queue, c.fetch);
    expect(await s.runOnce()).toEqual({ sent: 0, held: 1, outcome: 'drained' });
    expect(await queue.held()).toMatchObject([{ id: ids[0], reason: 'giudizio troppo grande per il collettore' }]);
  });

  it('keeps everything on network failure and backs off exponentially, with a reset on success', async () => {
    const { queue } = await queueWith(3);
    let down = true;
    const c = collector((batch) => {
      if (down) throw new TypeError('Failed to fetch');
      return storedAll(batch);
    });
    const { s, clock, now } = sync(queue, c.fetch, { baseDelayMs: 1000, maxDelayMs: 4000 });
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      expect((await s.runOnce()).outcome).toBe('backoff');
      delays.push(s.status().nextAttemptAt! - now());
    }
    // random() is 0, so each delay is half its window: 1 s, 2 s, 4 s, then the 4 s cap.
    expect(delays).toEqual([500, 1000, 2000, 2000]);
    expect(await queue.counts()).toEqual({ open: 0, pending: 3, held: 0 });
    expect(s.status()).toMatchObject({ reachable: false, problem: { code: 'network' } });

    // A new vote waits out the backoff; the network coming back does not.
    s.trigger('vote');
    await new Promise((r) => setTimeout(r, 20));
    expect(c.calls()).toBe(4);
    down = false;
    s.trigger('online');
    await vi.waitFor(async () => expect(await queue.counts()).toMatchObject({ pending: 0 }));

    down = true;
    await queue.record({ terminalId: 'T1', serviceId: 'anagrafe', face: 'positivo', scale: 3 });
    clock.advance(10);
    await s.runOnce();
    expect(s.status().nextAttemptAt! - now()).toBe(500);
  });

  it('waits at least what Retry-After asks on 503', async () => {
    const { queue } = await queueWith(1);
    const c = collector(() => new Response('', { status: 503, headers: { 'retry-after': '30' } }));
    const { s, now } = sync(queue, c.fetch);
    await s.runOnce();
    expect(s.status().nextAttemptAt! - now()).toBe(30_000);
    expect(s.status().problem).toMatchObject({ code: 'server', status: 503 });
  });

  it('on 404 terminal_unknown keeps everything, tells staff and waits long', async () => {
    const { queue } = await queueWith(2);
    const c = collector(() => json({ error: { code: 'terminal_unknown', message: 'Terminale T1 sconosciuto' } }, 404));
    const { s, now } = sync(queue, c.fetch, { longDelayMs: 600_000 });
    expect((await s.runOnce()).outcome).toBe('backoff');
    expect(await queue.counts()).toEqual({ open: 0, pending: 2, held: 0 });
    expect(s.status().problem?.code).toBe('terminal-unknown');
    expect(s.status().nextAttemptAt! - now()).toBe(450_000);
  });

  it('runs one sync at a time: a second call joins the first and nothing is sent twice', async () => {
    const { queue, ids } = await queueWith(2);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const c = collector(async (batch) => {
      await gate;
      return storedAll(batch);
    });
    const { s } = sync(queue, c.fetch);
    const first = s.runOnce();
    const second = s.runOnce();
    expect(second).toBe(first);
    await new Promise((r) => setTimeout(r, 20));
    release();
    await first;
    await vi.waitFor(() => expect(s.status().running).toBe(false));
    expect(c.bodies.flatMap((b) => b.votes.map((v) => v.id))).toEqual(ids);
  });

  it('leaves the sending to another tab that holds the lock', async () => {
    const { queue } = await queueWith(1);
    const c = collector(storedAll);
    const { s } = sync(queue, c.fetch, { lockName: 'test-sync-held' });
    let release!: () => void;
    const held = navigator.locks.request('test-sync-held', () => new Promise<void>((r) => (release = r)));
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    expect((await s.runOnce()).outcome).toBe('busy');
    expect(c.calls()).toBe(0);
    release();
    await held;
    expect((await s.runOnce()).outcome).toBe('drained');
    expect(c.calls()).toBe(1);
  });
});

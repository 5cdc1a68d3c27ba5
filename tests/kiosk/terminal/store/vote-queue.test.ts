import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVoteQueue, newVoteId, toWire } from '../../../../kiosk/terminal/store/vote-queue';
import { VOTE_DB_VERSION } from '../../../../kiosk/terminal/store/vote-db';
import { closeDbs, freshDb } from '../fixtures';

afterEach(closeDbs);

/** A clock that moves one second per reading, so queue order is known. */
function steppingClock(start = Date.parse('2025-03-03T09:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

const draft = (serviceId = 'anagrafe', face: 'positivo' | 'negativo' = 'positivo', terminalId = 'T1') => ({ terminalId, serviceId, face, scale: 3 as const });

describe('vote queue', () => {
  it('creates both stores at the current version', async () => {
    const db = await freshDb();
    expect(db.version).toBe(VOTE_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'votes']);
  });

  it('asks for the commit of each vote it writes at once, not when the page next goes idle ("Grazie!" waits for it)', async () => {
    const q = createVoteQueue(await freshDb(), { now: steppingClock() });
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    try {
      await q.record(draft('a'));
      expect(commit).toHaveBeenCalledTimes(1);
      const open = await q.open(draft('b', 'negativo'));
      expect(commit).toHaveBeenCalledTimes(2);
      expect(await q.finalise(open.id, { reasons: [], followUp: 'skipped' })).toBe(true);
      expect(commit).toHaveBeenCalledTimes(3);
    } finally {
      commit.mockRestore();
    }
    // Committed early, still written.
    expect((await q.takeBatch(10))?.votes.map((v) => v.serviceId)).toEqual(['a', 'b']);
  });

  it('gives out the oldest pending votes first, in their wire form only', async () => {
    const q = createVoteQueue(await freshDb(), { now: steppingClock() });
    const a = await q.record(draft('a'));
    const b = await q.record(draft('b'));
    const c = await q.record(draft('c'));
    const batch = await q.takeBatch(2);
    expect(batch?.terminalId).toBe('T1');
    expect(batch?.votes.map((v) => v.id)).toEqual([a.id, b.id]);
    expect(Object.keys(batch!.votes[0]!).sort()).toEqual(['castAt', 'face', 'followUp', 'id', 'reasons', 'scale', 'serviceId']);
    expect(batch!.votes[0]).toEqual({ id: a.id, serviceId: 'a', face: 'positivo', scale: 3, reasons: [], followUp: 'not-asked', castAt: '2025-03-03T09:00:01.000Z' });
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([a.id, b.id, c.id]);
  });

  it('keeps tap order for votes cast in the same millisecond', async () => {
    const fixed = new Date('2025-03-03T09:00:00Z');
    const q = createVoteQueue(await freshDb(), { now: () => fixed });
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await q.record(draft())).id);
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual(ids);
  });

  it('never batches votes of two terminals together', async () => {
    const q = createVoteQueue(await freshDb(), { now: steppingClock() });
    const old = await q.record(draft('a', 'positivo', 'OLD'));
    const now = await q.record(draft('a', 'positivo', 'NEW'));
    const first = await q.takeBatch(10);
    expect(first).toEqual({ terminalId: 'OLD', votes: [toWire(old)] });
    await q.acknowledge([old.id]);
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([now.id]);
  });

  it('acknowledge deletes only the acknowledged votes', async () => {
    const q = createVoteQueue(await freshDb(), { now: steppingClock() });
    const a = await q.record(draft());
    const b = await q.record(draft());
    const c = await q.record(draft());
    expect(await q.acknowledge([a.id, c.id, 'not-a-vote'])).toBe(2);
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([b.id]);
    expect(await q.counts()).toEqual({ open: 0, pending: 1, held: 0 });
  });

  it('keeps held votes out of batches, with their reason', async () => {
    const q = createVoteQueue(await freshDb(), { now: steppingClock() });
    const a = await q.record(draft());
    const b = await q.record(draft());
    expect(await q.hold(a.id, 'servizio sconosciuto')).toBe(true);
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([b.id]);
    expect(await q.counts()).toEqual({ open: 0, pending: 1, held: 1 });
    expect(await q.held()).toMatchObject([{ id: a.id, reason: 'servizio sconosciuto' }]);
  });

  it('sends held votes again when staff ask, in their old places, but never another terminal\'s as this one', async () => {
    const q = createVoteQueue(await freshDb(), { now: steppingClock() });
    const other = await q.record(draft('x', 'positivo', 'T0'));
    const a = await q.record(draft('a'));
    const b = await q.record(draft('b'));
    expect(await q.holdOtherTerminals('T1', (was) => `raccolto come ${was}`)).toBe(1);
    expect(await q.hold(a.id, 'servizio non di questo sportello', 'vote_invalid')).toBe(true);
    let heard = 0;
    q.onChange(() => heard++);
    expect(await q.retryHeld('T1')).toBe(1);
    expect(heard).toBe(1);
    // First again, as when it was cast; the other terminal's vote is still held.
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([a.id, b.id]);
    expect(await q.held()).toMatchObject([{ id: other.id, reason: 'raccolto come T0' }]);
    expect(await q.retryHeld('T1')).toBe(0);
    expect(heard).toBe(1);
  });

  it('keeps an open vote out of batches until it is finalised with its reasons', async () => {
    const q = createVoteQueue(await freshDb(), { now: steppingClock() });
    const open = await q.open(draft('a', 'negativo'));
    const later = await q.record(draft('b'));
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([later.id]);
    expect(await q.finalise(open.id, { reasons: ['attesa', 'attesa', 'altro'], followUp: 'chosen' })).toBe(true);
    const batch = await q.takeBatch(10);
    // Order is the tap's, not the finalisation's.
    expect(batch?.votes.map((v) => v.id)).toEqual([open.id, later.id]);
    expect(batch?.votes[0]).toMatchObject({ face: 'negativo', reasons: ['attesa', 'altro'], followUp: 'chosen' });
    expect(await q.finalise(open.id, { reasons: [], followUp: 'skipped' })).toBe(false);
  });

  it('changes the face of an open vote in place: still one vote, closed as not-asked when the new face asks nothing', async () => {
    const q = createVoteQueue(await freshDb(), { now: steppingClock() });
    const open = await q.open(draft('a', 'negativo'));
    expect(await q.changeFace(open.id, 'pessimo')).toBe('open');
    expect((await q.counts()).open).toBe(1);
    expect(await q.changeFace(open.id, 'positivo')).toBe('final');
    const batch = await q.takeBatch(10);
    expect(batch?.votes).toEqual([{ id: open.id, serviceId: 'a', face: 'positivo', scale: 3, reasons: [], followUp: 'not-asked', castAt: open.castAt }]);
    expect(await q.counts()).toEqual({ open: 0, pending: 1, held: 0 });
    // Once final it is no longer the reasons screen's to change.
    expect(await q.changeFace(open.id, 'negativo')).toBeNull();
  });

  it('names the oldest vote not yet delivered, open or pending', async () => {
    const q = createVoteQueue(await freshDb(), { now: steppingClock() });
    expect(await q.oldestQueuedAt()).toBeNull();
    const first = await q.open(draft('a', 'negativo'));
    const second = await q.record(draft('b'));
    expect(await q.oldestQueuedAt()).toBe(first.castAt);
    await q.finalise(first.id, { reasons: [], followUp: 'skipped' });
    await q.acknowledge([first.id]);
    expect(await q.oldestQueuedAt()).toBe(second.castAt);
  });

  it('recovers votes left open by a crash as timeout, and only those', async () => {
    const db = await freshDb();
    const before = createVoteQueue(db, { now: steppingClock() });
    const open = await before.open(draft('a', 'negativo'));
    const done = await before.record(draft('b'));
    // A new page over the same database, as after a reload.
    const after = createVoteQueue(db);
    expect(await after.recoverOpen(0)).toBe(1);
    const batch = await after.takeBatch(10);
    expect(batch?.votes.map((v) => v.id)).toEqual([open.id, done.id]);
    expect(batch?.votes[0]).toMatchObject({ followUp: 'timeout', reasons: [] });
    expect(batch?.votes[1]).toMatchObject({ followUp: 'not-asked' });
    expect(await after.counts()).toEqual({ open: 0, pending: 2, held: 0 });
  });

  it('leaves a recent open vote alone when asked for stale ones only', async () => {
    const q = createVoteQueue(await freshDb());
    await q.open(draft('a', 'negativo'));
    expect(await q.recoverOpen(60_000)).toBe(0);
    expect(await q.counts()).toEqual({ open: 1, pending: 0, held: 0 });
  });

  it('tells listeners about every change', async () => {
    const q = createVoteQueue(await freshDb());
    let calls = 0;
    const off = q.onChange(() => calls++);
    const v = await q.record(draft());
    await q.acknowledge([v.id]);
    off();
    await q.record(draft());
    expect(calls).toBe(2);
  });

  it('makes v4 UUIDs', () => {
    expect(newVoteId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

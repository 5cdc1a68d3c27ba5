// The queue as it grows and drains (the short version of `npm run soak`): the IndexedDB requests a vote costs stay the same, and order and counts stay right.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusCorner } from '../../../../kiosk/terminal/status-corner';
import { createVoteQueue, type VoteQueue } from '../../../../kiosk/terminal/store/vote-queue';
import { countIdbRequests, type IdbRequestCounter, type IdbTally } from '../../../soak/page/idb-tally';
import { closeDbs, freshDb } from '../fixtures';

const VOTES = 3_000;
const STEP = 1_000;
const BATCH = 100;

const draft = (terminalId = 'T1') => ({ terminalId, serviceId: 'anagrafe', face: 'positivo' as const, scale: 3 as const });

/** A clock a millisecond further on each reading: queue order is the order of the calls. */
function tickingClock(start = Date.parse('2025-03-03T09:00:00Z')) {
  let t = start;
  return () => new Date((t += 1));
}

let counter: IdbRequestCounter | null = null;
let container: HTMLElement | null = null;
afterEach(async () => {
  counter?.restore();
  counter = null;
  if (container) render(null, container);
  container?.remove();
  container = null;
  vi.useRealTimers();
  await closeDbs();
});

/** The lower bound (queue position) of every read of a state's range through the index: where each read starts. */
function readStarts(): { starts: number[]; restore(): void } {
  const proto = IDBIndex.prototype as unknown as { getAll: (range?: IDBKeyRange, n?: number) => IDBRequest };
  const original = proto.getAll;
  const starts: number[] = [];
  proto.getAll = function (this: IDBIndex, range?: IDBKeyRange, n?: number) {
    if (range instanceof IDBKeyRange && Array.isArray(range.lower)) starts.push(range.lower[1] as number);
    return original.call(this, range, n);
  };
  return { starts, restore: () => void (proto.getAll = original) };
}

async function drain(q: VoteQueue): Promise<{ steps: IdbTally[]; ids: string[] }> {
  const steps: IdbTally[] = [];
  const ids: string[] = [];
  let mark = counter!.snapshot();
  for (;;) {
    const batch = await q.takeBatch(BATCH);
    if (!batch) return { steps, ids };
    ids.push(...batch.votes.map((v) => v.id));
    await q.acknowledge(batch.votes.map((v) => v.id));
    if (ids.length % STEP === 0) {
      const now = counter!.snapshot();
      steps.push(counter!.diff(mark, now));
      mark = now;
    }
  }
}

describe('vote queue as it grows', () => {
  it(`costs the same IndexedDB requests per vote for the ${VOTES.toLocaleString('en-US')}th vote as for the first, cast with the status corner on screen and delivered`, { timeout: 180_000 }, async () => {
    // Fake timers hold the status corner's follow-up counts until the test lets them run.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const q = createVoteQueue(await freshDb(), { now: tickingClock() });
    container = document.createElement('div');
    document.body.append(container);
    counter = countIdbRequests();
    // act: the corner's effect (its first count, its listener) is in place before the first vote.
    act(() => render(<StatusCorner queue={q} connected terminalId="T1" />, container!));

    const cast: IdbTally[] = [];
    const ids: string[] = [];
    let mark = counter.snapshot();
    for (let i = 1; i <= VOTES; i++) {
      ids.push((await q.record(draft())).id);
      if (i % STEP === 0) {
        const now = counter.snapshot();
        cast.push(counter.diff(mark, now));
        mark = now;
      }
    }
    // One write per vote, and the queue counted once for the whole burst (it was counted when the
    // corner appeared, and that count was still running when the burst began): never once per vote.
    for (const step of cast.slice(1)) expect(step).toEqual({ 'store.add': STEP });
    expect(cast[0]!['store.add']).toBe(STEP);
    expect(cast[0]!['index.count'] ?? 0).toBeLessThanOrEqual(6);
    // The follow-up count after the burst (due within the gap, or nine times the last count's length) shows every vote.
    vi.advanceTimersByTime(60_000);
    await vi.waitFor(() => expect(container!.querySelector('[data-testid="status-waiting"]')?.getAttribute('data-count')).toBe(String(VOTES)), { timeout: 10_000 });

    const reads = readStarts();
    try {
      const delivered = await drain(q);
      // Every vote once, in queue order.
      expect(delivered.ids).toEqual(ids);
      // Each batch is one read of at most a batch, and deleting costs one lookup and one delete per vote.
      for (const step of delivered.steps) {
        expect(step['index.getAll']).toBe(STEP / BATCH);
        expect(step['store.getKey']).toBe(STEP);
        expect(step['store.delete']).toBe(STEP);
      }
      // Each read starts at the oldest vote still pending, not at the start of the index, where the
      // deleted votes lie until the browser compacts its storage.
      const starts = reads.starts.slice(0, VOTES / BATCH);
      expect(starts[0]).toBe(-Infinity);
      expect(starts.slice(1).every((s, i) => s > starts[i]!)).toBe(true);
    } finally {
      reads.restore();
    }
    expect(await q.counts()).toEqual({ open: 0, pending: 0, held: 0 });
  });

  it('still delivers, oldest first, a vote made pending below where the queue reads from', async () => {
    const db = await freshDb();
    const clock = tickingClock();
    const q = createVoteQueue(db, { now: clock });
    // A vote of a former enrolment, held, then released when the device is paired as that terminal again.
    const old = await q.record(draft('OLD'));
    expect(await q.holdOtherTerminals('T1', () => 'another terminal')).toBe(1);
    const a = await q.record(draft());
    const b = await q.record(draft());
    const c = await q.record(draft());
    const first = await q.takeBatch(1);
    expect(first?.votes.map((v) => v.id)).toEqual([a.id]);
    await q.acknowledge([a.id]);
    expect(await q.releaseTerminal('OLD')).toBe(1);
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([old.id]);
    await q.acknowledge([old.id]);

    // Another tab (its own queue on the same database) makes an older vote pending: this page does not know.
    const otherTab = createVoteQueue(db, { now: () => new Date(Date.parse('2025-03-03T08:00:00Z')) });
    const early = await otherTab.record(draft());
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([b.id, c.id]);
    await q.acknowledge([b.id, c.id]);
    // Nothing left from where it reads: it looks from the start before calling the queue empty.
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([early.id]);
    await q.acknowledge([early.id]);
    expect(await q.takeBatch(10)).toBeNull();
  });

  it('sends a vote recovered from a crash, or finalised late, before newer ones', async () => {
    const q = createVoteQueue(await freshDb(), { now: tickingClock() });
    const before = await q.record(draft());
    const open = await q.open(draft());
    const after = await q.record(draft());
    expect((await q.takeBatch(1))?.votes.map((v) => v.id)).toEqual([before.id]);
    await q.acknowledge([before.id]);
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([after.id]);
    expect(await q.finalise(open.id, { reasons: [], followUp: 'skipped' })).toBe(true);
    expect((await q.takeBatch(10))?.votes.map((v) => v.id)).toEqual([open.id, after.id]);
  });
});

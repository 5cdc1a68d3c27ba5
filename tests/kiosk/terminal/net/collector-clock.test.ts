// The collector's clock as the terminal reckons it: learnt from answers, kept in the real IndexedDB across reloads.
import { afterEach, describe, expect, it } from 'vitest';
import { createCollectorClock, learningFetch, loadCollectorClock } from '../../../../kiosk/terminal/net/collector-clock';
import { getMeta } from '../../../../kiosk/terminal/store/vote-db';
import { closeDbs, eventually, freshDb, json } from '../fixtures';

afterEach(closeDbs);

const TEN_HOURS_MS = 10 * 3_600_000;

describe('the collector clock', () => {
  it('is the device\'s own until the collector answers, then the collector\'s, read at the middle of the round trip', () => {
    let device = 1_000_000;
    // The device's clock runs on as time does: no jump.
    const clock = createCollectorClock({ deviceNow: () => device, monotonicNow: () => device });
    expect(clock.source()).toBe('terminal');
    expect(clock.now().getTime()).toBe(1_000_000);
    // Sent at 1 000 000, answered at 1 000 400: the collector said 1 000 200 + 10 hours.
    clock.learn(1_000_200 + TEN_HOURS_MS, 1_000_000, 1_000_400);
    expect(clock.source()).toBe('collector');
    expect(clock.offsetMs()).toBe(TEN_HOURS_MS);
    device = 2_000_000;
    expect(clock.now().getTime()).toBe(2_000_000 + TEN_HOURS_MS);
  });

  it('tells its listeners when the offset is learnt or moves, not for a second\'s jitter', () => {
    const clock = createCollectorClock({ deviceNow: () => 0 });
    let told = 0;
    clock.onChange(() => told++);
    clock.learn(TEN_HOURS_MS, 0, 0);
    clock.learn(TEN_HOURS_MS + 900, 0, 0);
    expect(told).toBe(1);
    expect(clock.offsetMs()).toBe(TEN_HOURS_MS);
    // The device's clock put right by staff: the offset falls to nothing.
    clock.learn(5, 0, 0);
    expect(told).toBe(2);
    expect(clock.offsetMs()).toBe(5);
  });

  it('keeps the last offset across a reload, in the terminal\'s IndexedDB', async () => {
    const db = await freshDb();
    expect((await loadCollectorClock(db)).source()).toBe('terminal');
    createCollectorClock({ db, deviceNow: () => 0 }).learn(-TEN_HOURS_MS, 0, 0);
    await eventually(async () => expect((await getMeta(db, 'clock'))?.offsetMs).toBe(-TEN_HOURS_MS));
    const reloaded = await loadCollectorClock(db);
    expect(reloaded.source()).toBe('collector');
    expect(reloaded.offsetMs()).toBe(-TEN_HOURS_MS);
  });

  it('learns from the Date header of any answer its fetch receives, and not from an answer without one', async () => {
    const clock = createCollectorClock();
    const noDate = learningFetch(clock, async () => json({}));
    await noDate('/api/v1/anything');
    expect(clock.source()).toBe('terminal');
    const collectorTime = new Date(Date.now() + TEN_HOURS_MS).toUTCString();
    const dated = learningFetch(clock, async () => json({ error: { code: 'x', message: 'y' } }, 404, { date: collectorTime }));
    expect((await dated('/api/v1/anything')).status).toBe(404);
    // To the second, as a Date header is.
    expect(Math.abs(clock.offsetMs()! - TEN_HOURS_MS)).toBeLessThan(2_000);
  });

  it('learns nothing from an answer that took longer than 4 s: the collector\'s instant could be anywhere in it', () => {
    const clock = createCollectorClock({ deviceNow: () => 0, monotonicNow: () => 0 });
    clock.learn(TEN_HOURS_MS, 0, 4_001);
    expect(clock.source()).toBe('terminal');
    clock.learn(TEN_HOURS_MS, 0, 3_000);
    expect(clock.offsetMs()).toBe(TEN_HOURS_MS - 1_500);
    // A slow sync POST afterwards does not move it by half its 10 s.
    clock.learn(TEN_HOURS_MS + 10_000, 0, 10_000);
    expect(clock.offsetMs()).toBe(TEN_HOURS_MS - 1_500);
  });

  it('drops the offset, here and in IndexedDB, when the device\'s clock jumps, and learns it again from the next answer', async () => {
    const db = await freshDb();
    let device = 1_000_000;
    let monotonic = 5_000;
    const clock = createCollectorClock({ db, deviceNow: () => device, monotonicNow: () => monotonic });
    let told = 0;
    clock.onChange(() => told++);
    clock.learn(device + TEN_HOURS_MS, device, device);
    await eventually(async () => expect((await getMeta(db, 'clock'))?.offsetMs).toBe(TEN_HOURS_MS));
    // A minute goes by, and the device's clock drifts by a second: nothing dropped.
    device += 61_000;
    monotonic += 60_000;
    expect(clock.offsetMs()).toBe(TEN_HOURS_MS);
    // NTP puts the device's clock ten hours forward while the collector cannot be reached: the
    // collector's time is the same, so the offset kept is now ten hours wrong.
    device += TEN_HOURS_MS + 1_000;
    monotonic += 1_000;
    expect(clock.source()).toBe('terminal');
    expect(clock.offsetMs()).toBeNull();
    expect(clock.now().getTime()).toBe(device);
    await eventually(() => expect(told).toBe(2));
    await eventually(async () => expect(await getMeta(db, 'clock')).toBeUndefined());
    // The collector answers again: its offset is learnt anew.
    clock.learn(device, device, device);
    expect(clock.offsetMs()).toBe(0);
    expect(clock.source()).toBe('collector');
  });
});
